import type { Socket } from 'socket.io-client';
import type { PresenterChange } from '../../core/presenter';
import type {
  AckResult,
  ControlClientToServer,
  ControlCommands,
  DisplayServerToClient,
} from '../../core/protocol';

export type ControlSocket = Socket<DisplayServerToClient, ControlClientToServer>;

/** The scene every screen shows, and how many scene commands the server has applied. */
export type SceneState = () => { scene: string | null; sceneCount: number };

/** The presenter's commands, each acknowledged by the server; a refusal is shown, never swallowed. */
export class Commands {
  /** The scene this page asked for last, and the server's count of scene commands then. */
  private asked: { scene: string; count: number } | undefined;

  constructor(
    private readonly socket: ControlSocket,
    private readonly onError: (message: string) => void,
    private readonly shown: SceneState,
  ) {}

  private readonly timed = () => this.socket.timeout(5000);
  private readonly answer = (event: keyof ControlCommands) => (error: Error | null, result: AckResult) => {
    if (error) this.onError(`${event}: no answer from the server`);
    else if (!result.ok) this.onError(result.error);
  };

  play = () => this.timed().emit('clock:play', this.answer('clock:play'));
  pause = () => this.timed().emit('clock:pause', this.answer('clock:pause'));
  rate = (rate: number) => this.timed().emit('clock:rate', rate, this.answer('clock:rate'));
  seek = (time: number) => this.timed().emit('clock:seek', time, this.answer('clock:seek'));
  step = (direction: 1 | -1) => this.timed().emit('clock:step', direction, this.answer('clock:step'));
  live = () => this.timed().emit('clock:live', this.answer('clock:live'));
  change = (change: PresenterChange) =>
    this.timed().emit('presenter:change', change, (error, result) => {
      if (error || !result.ok) this.asked = undefined;
      this.answer('presenter:change')(error, result);
    });

  scene = (scene: string) => {
    this.asked = { scene, count: this.shown().sceneCount };
    this.change({ scene });
  };

  /**
   * The scene to step from: the one this page asked for until the server's echo of it arrives,
   * so that a clicker pressed twice, or right after a scene button, steps from where it asked.
   */
  currentScene(): string | null {
    const { scene, sceneCount } = this.shown();
    return this.asked && sceneCount <= this.asked.count ? this.asked.scene : scene;
  }
}

/** The plan's next or previous scene after `current`, wrapping around. */
export function sceneAfter(scenes: readonly string[], current: string | null, offset: 1 | -1) {
  const index = current ? scenes.indexOf(current) : -1;
  return scenes[(index + offset + scenes.length) % scenes.length];
}

export interface KeyState {
  paused: boolean;
  scenes: readonly string[];
}

/**
 * Space play/pause, ←/→ previous/next event, 1–9 scenes, PageUp/PageDown previous/next scene
 * (what presentation clickers send). Keys typed into a text field are left alone.
 */
export function bindKeys(target: Window, commands: Commands, state: () => KeyState) {
  const go = (scene: string | undefined) => {
    if (scene !== undefined) commands.scene(scene);
  };
  target.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement && event.target.type !== 'range';
    if (typing || event.altKey || event.ctrlKey || event.metaKey) return;
    const { paused, scenes } = state();
    const current = commands.currentScene();
    if (event.key === ' ') paused ? commands.play() : commands.pause();
    else if (event.key === 'ArrowRight') commands.step(1);
    else if (event.key === 'ArrowLeft') commands.step(-1);
    else if (event.key === 'PageDown') go(sceneAfter(scenes, current, 1));
    else if (event.key === 'PageUp') go(sceneAfter(scenes, current, -1));
    else if (/^[1-9]$/.test(event.key) && scenes[Number(event.key) - 1]) {
      go(scenes[Number(event.key) - 1]);
    } else return;
    event.preventDefault();
  });
}
