import { type ClockState, pause, play, scenarioNow, seek, setRate } from '../../core/clock';
import type { ClockEvent, FixesEvent } from '../../core/events';
import { type Plan, statusesAt, timeline } from '../../core/scenario';
import type { TimedStatus } from '../../core/scenario/timeline';
import type { Corridor } from '../corridor';

export interface PlayerOptions {
  tickMs: number;
  /** Start again from the beginning at the end of the scenario; otherwise pause there. */
  loop: boolean;
  now?: () => number;
}

/**
 * Plays a scenario as a live feed would report it: status events when their time comes and,
 * each tick, one batch of position fixes for every moving vehicle. It only appends events.
 */
export class ScenarioPlayer {
  private readonly milestones: TimedStatus[];
  private next = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => number;

  constructor(
    private readonly corridor: Corridor,
    private readonly options: PlayerOptions,
  ) {
    this.milestones = timeline(corridor.plan);
    this.now = options.now ?? Date.now;
  }

  private get plan(): Plan {
    return this.corridor.plan;
  }

  private get clock(): ClockState {
    return this.corridor.state.clock;
  }

  start(): void {
    this.setClock(this.clock, 'start');
    this.rebase(scenarioNow(this.clock, this.now()));
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

  seek(time: number): void {
    const target = Math.min(this.plan.end, Math.max(this.plan.start, time));
    this.setClock(seek(this.clock, target, this.now()), 'seek');
    this.rebase(target);
  }

  /** To the next status event after now, or back to the last one more than a minute before now. */
  step(direction: 1 | -1): void {
    const now = scenarioNow(this.clock, this.now());
    const times = this.milestones.map((m) => m.milestone.time);
    const target =
      direction > 0 ? times.find((t) => t > now + 1000) : times.findLast((t) => t < now - 60_000);
    this.seek(target ?? (direction > 0 ? this.plan.end : this.plan.start));
  }

  tick(): void {
    const t = scenarioNow(this.clock, this.now());
    if (t >= this.plan.end) {
      if (this.options.loop) {
        this.setClock(seek(this.clock, this.plan.start, this.now()), 'loop');
        this.rebase(this.plan.start);
        return;
      }
      if (!this.clock.paused)
        this.setClock(pause(seek(this.clock, this.plan.end, this.now()), this.now()), 'pause');
    }
    const until = Math.min(t, this.plan.end);
    while (
      this.next < this.milestones.length &&
      (this.milestones[this.next] as TimedStatus).milestone.time <= until
    ) {
      const { shipment, milestone } = this.milestones[this.next++] as TimedStatus;
      this.corridor.append({
        type: 'status',
        shipment,
        status: milestone.status,
        hub: milestone.hub,
        time: milestone.time,
        leg: milestone.leg,
      });
    }
    const fixes = this.fixesAt(until);
    if (fixes.fixes.length) this.corridor.append(fixes);
  }

  private fixesAt(t: number): FixesEvent {
    const fixes: FixesEvent['fixes'] = [];
    for (const leg of this.plan.legs) {
      if (t < leg.depart || t > leg.arrive) continue;
      fixes.push({ vehicle: leg.id, time: t, progress: (t - leg.depart) / (leg.arrive - leg.depart) });
    }
    return { type: 'fixes', time: t, fixes };
  }

  private setClock(clock: ClockState, reason: ClockEvent['reason']): void {
    this.corridor.append({ type: 'clock', clock, reason });
  }

  private rebase(t: number): void {
    this.corridor.append({ type: 'rebase', time: t, statuses: statusesAt(this.plan, t) });
    this.next = this.milestones.findIndex((m) => m.milestone.time > t);
    if (this.next < 0) this.next = this.milestones.length;
  }
}
