import type { ClockState } from '../../core/clock';
import { initialPresenter, type PresenterState } from '../../core/presenter';
import type { Snapshot } from '../../core/protocol';
import type { Plan } from '../../core/scenario';
import { Corridor } from '../corridor';
import type { LiveFeed } from '../sources/live-feed';
import { Playhead } from '../sources/playhead';
import { MemoryEventStore } from '../store/event-store';

export interface Moment {
  /** Scenario time, ms. */
  at: number;
  /** The clock's rate and pause as the badge should tell them ("REPLAY ×600"). */
  rate: number;
  paused: boolean;
  /** The presenter's choices to show; absent, none (every layer, no banner, no focus). */
  presenter?: PresenterState;
}

/**
 * What a screen shows at scenario time `at`, whatever the server's clock says now: a corridor of
 * its own on the same plan and feed, its playhead jumped to `at` exactly as a seek does. The
 * clock is anchored at `at` on both sides, so a screen handed `at` as the server's time shows `at`.
 */
export function snapshotAt(plan: Plan, feed: LiveFeed, moment: Moment, tickMs: number): Snapshot {
  const clock: ClockState = {
    anchorScenario: moment.at,
    anchorWall: moment.at,
    rate: moment.rate,
    paused: moment.paused,
  };
  const corridor = new Corridor(plan, new MemoryEventStore(), clock, tickMs, () => moment.at);
  const playhead = new Playhead(corridor, feed);
  playhead.jumpTo(moment.at);
  playhead.moveTo(moment.at);
  corridor.state.presenter = moment.presenter ?? initialPresenter();
  return corridor.snapshot(true);
}

/** The scenario times a moment may be taken at: the operation's span, or up to now in live mode. */
export function momentProblem(plan: Plan, at: number, live: boolean, now: number): string | null {
  const iso = (t: number) => new Date(t).toISOString();
  if (!Number.isFinite(at)) return 'at: expected a time (ISO 8601, e.g. 2020-03-13T21:00:00+01:00)';
  if (live) return at > now ? `at: ${iso(at)} is in the future (now is ${iso(now)})` : null;
  if (at < plan.start || at > plan.end)
    return `at: ${iso(at)} is outside the operation (${iso(plan.start)} to ${iso(plan.end)})`;
  return null;
}

/** A time as a person types it (ISO 8601 with a zone) or as ms since the epoch. */
export function parseTime(text: string): number {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Date.parse(text);
}
