import { type ClockState, pause, play, scenarioNow, seek, setRate } from '../../core/clock';
import type { ClockEvent } from '../../core/events';
import type { LiveEvent } from '../../core/ingest/live-event';
import { type Plan, timeline } from '../../core/scenario';
import type { Corridor } from '../corridor';
import { type LiveFeed, NO_FEED } from './live-feed';
import { Playhead } from './playhead';

export interface PlayerOptions {
  tickMs: number;
  /** Start again from the beginning at the end of the scenario; otherwise pause there. */
  loop: boolean;
  /** Live mode: the clock follows the wall clock and the plan never ends or loops. */
  live?: boolean;
  now?: () => number;
  /** Live statuses and fixes from the durable log, played as the clock passes their time. */
  feed?: LiveFeed;
}

/**
 * Plays a scenario, and the live log with it, as a live feed would report them: status events when
 * their time comes and, each tick, one batch of position fixes. It owns the clock; the playhead
 * decides what is on screen. It only appends events.
 */
export class ScenarioPlayer {
  private readonly playhead: Playhead;
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => number;

  constructor(
    private readonly corridor: Corridor,
    private readonly options: PlayerOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.playhead = new Playhead(corridor, options.feed ?? NO_FEED);
  }

  private get plan(): Plan {
    return this.corridor.plan;
  }

  private get clock(): ClockState {
    return this.corridor.state.clock;
  }

  get live(): boolean {
    return this.options.live ?? false;
  }

  start(): void {
    this.setClock(this.clock, 'start');
    this.playhead.jumpTo(scenarioNow(this.clock, this.now()));
    this.timer = setInterval(() => this.tick(), this.options.tickMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  play(): void {
    this.setClock(play(this.clock, this.now()), 'play');
  }

  pause(): void {
    this.setClock(pause(this.clock, this.now()), 'pause');
  }

  setRate(rate: number): void {
    this.setClock(setRate(this.clock, rate, this.now()), 'rate');
  }

  /** Shows the state at a time: within the scenario, or in live mode any time up to now. */
  seek(time: number): void {
    const target = this.live
      ? Math.min(time, this.now())
      : Math.min(this.plan.end, Math.max(this.plan.start, time));
    this.setClock(seek(this.clock, target, this.now()), 'seek');
    this.playhead.jumpTo(target);
  }

  /** Live mode: back to the wall clock at normal speed after looking into the past. */
  backToLive(): void {
    if (!this.live) throw new Error('backToLive: the server is not in live mode (--live)');
    const now = this.now();
    this.setClock({ anchorScenario: now, anchorWall: now, rate: 1, paused: false }, 'seek');
    this.playhead.jumpTo(now);
  }

  /** To the next status event after now, or back to the last one more than a minute before now. */
  step(direction: 1 | -1): void {
    const now = scenarioNow(this.clock, this.now());
    const times = timeline(this.plan).map((m) => m.milestone.time);
    const target =
      direction > 0 ? times.find((t) => t > now + 1000) : times.findLast((t) => t < now - 60_000);
    this.seek(target ?? (direction > 0 ? this.plan.end : this.plan.start));
  }

  tick(): void {
    const t = scenarioNow(this.clock, this.now());
    if (!this.live && t >= this.plan.end) {
      if (this.options.loop) {
        this.setClock(seek(this.clock, this.plan.start, this.now()), 'loop');
        this.playhead.jumpTo(this.plan.start);
        return;
      }
      if (!this.clock.paused)
        this.setClock(pause(seek(this.clock, this.plan.end, this.now()), this.now()), 'pause');
    }
    this.playhead.moveTo(this.live ? t : Math.min(t, this.plan.end));
  }

  /** A batch from a live feed, durable now: shown as far as the clock has got. */
  applyLive(events: readonly LiveEvent[]): void {
    this.playhead.take(events);
  }

  private setClock(clock: ClockState, reason: ClockEvent['reason']): void {
    this.corridor.append({ type: 'clock', clock, reason });
  }
}
