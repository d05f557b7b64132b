import { type ClockState, scenarioNow } from '../../core/clock';
import type { DelayedFeed } from '../../core/protocol';
import type { Formats } from '../i18n/locale';
import type { Messages } from '../i18n/messages';

/** `restoring`: the GPU context was lost and the map is drawn again; `restarting`: frames stopped, a reload comes. */
export type Health = 'connecting' | 'live' | 'stale' | 'reconnecting' | 'restoring' | 'restarting';

/** Live when the scenario clock is the wall clock: rate 1 and within a minute of now. */
export function isLiveClock(clock: ClockState, serverNow: number): boolean {
  return clock.rate === 1 && !clock.paused && Math.abs(scenarioNow(clock, serverNow) - serverNow) < 60_000;
}

/**
 * The mode badge (LIVE, or REPLAY ×rate with the scenario date) and the honest-status badge.
 * A screen that has lost its data never shows a mode: it says it is reconnecting or delayed.
 */
export class Badges {
  private shown = '';

  constructor(
    private readonly mode: HTMLElement,
    private readonly status: HTMLElement,
    private readonly localZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
  ) {}

  update(
    health: Health,
    clock: ClockState | undefined,
    serverNow: number,
    lastDataAt: number,
    mainZone: string,
    m: Messages,
    f: Formats,
    delayed: readonly DelayedFeed[] = [],
  ): void {
    let mode = '';
    let status = '';
    if (health === 'connecting') status = m.connecting;
    else if (health === 'reconnecting') status = m.reconnecting;
    else if (health === 'stale') status = m.delayedSince(f.time(lastDataAt, this.localZone));
    else if (health === 'restoring') status = m.mapRestoring;
    else if (health === 'restarting') status = m.restarting;
    if (health === 'live' && clock) {
      const date = f.date(scenarioNow(clock, serverNow), mainZone);
      if (isLiveClock(clock, serverNow)) mode = m.live;
      else mode = clock.paused ? m.paused(date) : m.replay(f.number(clock.rate), date);
      // The feeds that went silent, beside a mode that stays true for everything else.
      status = delayed
        .map((d) =>
          m.feedDelayed(d.feed, d.since === null ? null : f.time(d.since, this.localZone), d.vehicles.length),
        )
        .join(' · ');
    }
    const key = `${health}|${mode}|${status}`;
    if (key === this.shown) return;
    this.shown = key;
    this.mode.textContent = mode;
    this.mode.hidden = !mode;
    this.mode.dataset.live = String(mode === m.live);
    this.status.textContent = status;
    this.status.hidden = !status;
    this.status.dataset.health = health;
  }
}
