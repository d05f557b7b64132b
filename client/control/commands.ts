import type { Socket } from 'socket.io-client';
import type { PresenterChange } from '../../core/presenter';
import type {
  AckResult,
  ControlClientToServer,
  ControlCommands,
  DisplayServerToClient,
} from '../../core/protocol';

export type ControlSocket = Socket<DisplayServerToClient, ControlClientToServer>;

/** The presenter's commands, each acknowledged by the server; a refusal is shown, never swallowed. */
export class Commands {
  constructor(
    private readonly socket: ControlSocket,
    private readonly onError: (message: string) => void,
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
    this.timed().emit('presenter:change', change, this.answer('presenter:change'));
  scene = (scene: string) => this.change({ scene });
}

/** The plan's next or previous scene after `current`, wrapping around. */
export function sceneAfter(scenes: readonly string[], current: string | null, offset: 1 | -1) {
  const index = current ? scenes.indexOf(current) : -1;
  return scenes[(index + offset + scenes.length) % scenes.length];
}

export interface KeyState {
  paused: boolean;
  scene: string | null;
  /** Scene commands the server has applied: tells whether this page's last one is in yet. */
  sceneCount: number;
  scenes: readonly string[];
}

/**
 * Space play/pause, ←/→ previous/next event, 1–9 scenes, PageUp/PageDown previous/next scene
 * (what presentation clickers send). Keys typed into a text field are left alone.
 */
export function bindKeys(target: Window, commands: Commands, state: () => KeyState) {
  // A clicker pressed twice before the first command's echo came back steps twice, from the
  // scene this page asked for rather than the one the server last confirmed.
  let asked: { scene: string; count: number } | undefined;
  const go = (scene: string | undefined, count: number) => {
    if (scene === undefined) return;
    asked = { scene, count };
    commands.scene(scene);
  };
  target.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement && event.target.type !== 'range';
    if (typing || event.altKey || event.ctrlKey || event.metaKey) return;
    const { paused, scene, sceneCount, scenes } = state();
    const current = asked && sceneCount <= asked.count ? asked.scene : scene;
    if (event.key === ' ') paused ? commands.play() : commands.pause();
    else if (event.key === 'ArrowRight') commands.step(1);
    else if (event.key === 'ArrowLeft') commands.step(-1);
    else if (event.key === 'PageDown') go(sceneAfter(scenes, current, 1), sceneCount);
    else if (event.key === 'PageUp') go(sceneAfter(scenes, current, -1), sceneCount);
    else if (/^[1-9]$/.test(event.key) && scenes[Number(event.key) - 1]) {
      go(scenes[Number(event.key) - 1], sceneCount);
    } else return;
    event.preventDefault();
  });
}
