/** A number that rolls to its new value instead of jumping, unless the viewer asked for less motion. */
export class RollingNumber {
  private from = 0;
  private to = 0;
  private startedAt = 0;
  private shown = Number.NaN;

  constructor(
    private readonly element: HTMLElement,
    private readonly format: (n: number) => string,
    private readonly durationMs: number,
  ) {}

  set(value: number, now: number): void {
    if (value === this.to) return;
    this.from = Number.isNaN(this.shown) || this.durationMs === 0 ? value : this.current(now);
    this.to = value;
    this.startedAt = now;
    this.element.dataset.value = String(value);
  }

  private current(now: number): number {
    const f = Math.min(1, (now - this.startedAt) / this.durationMs);
    return this.from + (this.to - this.from) * (1 - (1 - f) ** 3);
  }

  tick(now: number): void {
    const value = Math.round(this.durationMs === 0 ? this.to : this.current(now));
    if (value === this.shown) return;
    this.shown = value;
    this.element.textContent = this.format(value);
  }
}
