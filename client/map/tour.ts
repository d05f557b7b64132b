import type { Story } from '../../core/scenario';

export type TourStop = Story['tour'][number];

/**
 * The kiosk tour: the plan's scenes in turn, each for its own time or the screen's default; a
 * cut (a landing at a hub, say) shows a scene for a while, then the tour goes on. One timer at a
 * time, so a screen left on for weeks holds nothing that grows.
 */
export class Tour {
  private index = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stops: readonly TourStop[] = [];

  constructor(
    private readonly show: (scene: string) => void,
    /** Seconds per scene where the plan gives none; `override` wins over the plan's own times. */
    private readonly sceneMs: number,
    private readonly override = false,
  ) {}

  /** Starts (again) from the first stop of a new plan's tour. */
  start(stops: readonly TourStop[]): void {
    this.stops = stops;
    this.index = 0;
    this.showCurrent();
  }

  /** A plan that grew (live feeds): its tour from the next scene on, without starting over. */
  follow(stops: readonly TourStop[]): void {
    this.stops = stops;
  }

  cutTo(scene: string, ms: number): void {
    this.show(scene);
    this.schedule(ms);
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private showCurrent(): void {
    const stop = this.stops[this.index];
    if (!stop) return;
    this.show(stop.scene);
    this.schedule(!this.override && stop.seconds ? stop.seconds * 1000 : this.sceneMs);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.index = (this.index + 1) % Math.max(1, this.stops.length);
      this.showCurrent();
    }, ms);
  }
}
