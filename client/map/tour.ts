import { SCENE_IDS, type SceneId } from './scenes';

/**
 * The kiosk tour: scenes in turn on a timer; a landing at the hub cuts to it for a while, then
 * the tour goes on. One timer at a time, so a screen left on for weeks holds nothing that grows.
 */
export class Tour {
  private index = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly show: (scene: SceneId) => void,
    private readonly sceneMs: number,
    private readonly cutMs: number,
  ) {}

  start(): void {
    this.show(SCENE_IDS[this.index] as SceneId);
    this.schedule(this.sceneMs);
  }

  /** Cut to a scene now (e.g. Liège when a flight lands) and come back to the tour after. */
  cutTo(scene: SceneId): void {
    this.show(scene);
    this.schedule(this.cutMs);
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.index = (this.index + 1) % SCENE_IDS.length;
      this.start();
    }, ms);
  }
}
