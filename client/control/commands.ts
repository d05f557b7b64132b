import type { Socket } from 'socket.io-client';
import type { PresenterChange } from '../../core/presenter';
import type { AckResult, ControlClientToServer, DisplayServerToClient } from '../../core/protocol';

export type ControlSocket = Socket<DisplayServerToClient, ControlClientToServer>;

/** The presenter's commands, each acknowledged by the server; a refusal is shown, never swallowed. */
export class Commands {
  constructor(
    private readonly socket: ControlSocket,
    private readonly onError: (message: string) => void,
  ) {}

  private send(event: string, ...args: unknown[]): void {
    (this.socket as unknown as Socket)
      .timeout(5000)
      .emit(event, ...args, (error: Error | null, result: AckResult | undefined) => {
        if (error) this.onError(`${event}: no answer from the server`);
        else if (result && !result.ok) this.onError(result.error);
      });
  }

  play = () => this.send('clock:play');
  pause = () => this.send('clock:pause');
  rate = (rate: number) => this.send('clock:rate', rate);
  seek = (time: number) => this.send('clock:seek', time);
  step = (direction: 1 | -1) => this.send('clock:step', direction);
  live = () => this.send('clock:live');
  change = (change: PresenterChange) => this.send('presenter:change', change);
  scene = (scene: string) => this.change({ scene });

  /** PageDown / PageUp from a clicker: the plan's next or previous scene, wrapping around. */
  sceneBy(scenes: readonly string[], current: string | null, offset: 1 | -1): void {
    if (!scenes.length) return;
    const index = current ? scenes.indexOf(current) : -1;
    const next = (index + offset + scenes.length) % scenes.length;
    this.scene(scenes[next] as string);
  }
}

/**
 * Space play/pause, ←/→ previous/next event, 1–9 scenes, PageUp/PageDown previous/next scene
 * (what presentation clickers send). Keys typed into a text field are left alone.
 */
export function bindKeys(
  target: Window,
  commands: Commands,
  state: () => { paused: boolean; scene: string | null; scenes: readonly string[] },
) {
  target.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement && event.target.type !== 'range';
    if (typing || event.altKey || event.ctrlKey || event.metaKey) return;
    const { paused, scene, scenes } = state();
    if (event.key === ' ') paused ? commands.play() : commands.pause();
    else if (event.key === 'ArrowRight') commands.step(1);
    else if (event.key === 'ArrowLeft') commands.step(-1);
    else if (event.key === 'PageDown') commands.sceneBy(scenes, scene, 1);
    else if (event.key === 'PageUp') commands.sceneBy(scenes, scene, -1);
    else if (/^[1-9]$/.test(event.key) && scenes[Number(event.key) - 1]) {
      commands.scene(scenes[Number(event.key) - 1] as string);
    } else return;
    event.preventDefault();
  });
}
