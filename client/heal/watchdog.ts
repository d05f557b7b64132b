export interface WatchdogOptions {
  /** How often the watchdog looks, in ms. */
  everyMs: number;
  /** Looks in a row with no frame drawn, the page visible, before it says so. */
  silentLooks: number;
  /** After saying so, how long frames may still come back before the page reloads. */
  graceMs: number;
  onStall: (stalled: boolean) => void;
  reload: () => void;
  visible?: () => boolean;
}

/**
 * Reloads a page whose frames stopped while its timers still run: a render loop that died (an
 * exception in the map's frame, a lost requestAnimationFrame chain). A main thread busy with one
 * long frame runs no timer either, so it is never mistaken for a stop: only looks that ran, with
 * no frame between them, count. A hidden page draws no frames by design and is left alone.
 */
export class Watchdog {
  private beats = 0;
  private seen = 0;
  private silent = 0;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly options: WatchdogOptions) {
    this.timer = setInterval(() => this.look(), options.everyMs);
  }

  /** A frame was drawn. */
  beat(): void {
    this.beats++;
  }

  stop(): void {
    clearInterval(this.timer);
    clearTimeout(this.reloadTimer);
  }

  private look(): void {
    const visible = this.options.visible ?? (() => document.visibilityState === 'visible');
    if (this.beats !== this.seen || !visible()) {
      this.seen = this.beats;
      this.silent = 0;
      if (this.reloadTimer !== undefined) {
        clearTimeout(this.reloadTimer);
        this.reloadTimer = undefined;
        this.options.onStall(false);
      }
      return;
    }
    if (++this.silent !== this.options.silentLooks) return;
    this.options.onStall(true);
    this.reloadTimer = setTimeout(() => this.options.reload(), this.options.graceMs);
  }
}
