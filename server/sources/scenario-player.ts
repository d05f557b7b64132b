import { type ClockState, pause, play, scenarioNow, seek, setRate } from '../../core/clock';
import type { ClockEvent, FixesEvent } from '../../core/events';
import type { LiveEvent, LiveFix } from '../../core/ingest/live-event';
import { StatusTimeline, type TimelineEntry } from '../../core/live/status-timeline';
import type { Plan } from '../../core/scenario';
import { type ShipmentStatus, transition } from '../../core/status';
import type { Corridor } from '../corridor';
import { type LiveFeed, NO_FEED, tracksAt } from './live-feed';
import { PendingStatuses } from './pending-statuses';
import { acceptedFixes, sameTrack } from './track-check';

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

const same = (a: ShipmentStatus, b: ShipmentStatus) =>
  a.code === b.code && a.hub === b.hub && a.time === b.time && a.leg === b.leg;

/**
 * Plays the plan and the live log together as a feed would report them: status events when their
 * time comes and, each tick, one batch of fixes. What screens show at scenario time t is always
 * the fold of both up to t. It only appends events.
 */
export class ScenarioPlayer {
  private readonly timeline: StatusTimeline;
  private readonly pending: PendingStatuses;
  private readonly feed: LiveFeed;
  /** Vehicles moved by live fixes only: the plan stops inventing their positions. */
  private readonly liveVehicles: Set<string>;
  /** Scenario time up to which statuses and live fixes are on screen. */
  private covered = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => number;

  constructor(
    private readonly corridor: Corridor,
    private readonly options: PlayerOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.feed = options.feed ?? NO_FEED;
    this.timeline = new StatusTimeline(corridor.plan);
    for (const status of this.feed.statuses()) this.timeline.addLive(status);
    this.pending = new PendingStatuses(this.timeline);
    this.liveVehicles = new Set(this.feed.fixVehicles());
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

  /** Shows the state at a time: within the scenario, or in live mode any time up to now. */
  seek(time: number): void {
    const target = this.live
      ? Math.min(time, this.now())
      : Math.min(this.plan.end, Math.max(this.plan.start, time));
    this.setClock(seek(this.clock, target, this.now()), 'seek');
    this.rebase(target);
  }

  /** Live mode: back to the wall clock at normal speed after looking into the past. */
  backToLive(): void {
    if (!this.live) throw new Error('backToLive: the server is not in live mode (--live)');
    const now = this.now();
    this.setClock({ anchorScenario: now, anchorWall: now, rate: 1, paused: false }, 'seek');
    this.rebase(now);
  }

  tick(): void {
    const t = scenarioNow(this.clock, this.now());
    if (!this.live && t >= this.plan.end) {
      if (this.options.loop) {
        this.setClock(seek(this.clock, this.plan.start, this.now()), 'loop');
        this.rebase(this.plan.start);
        return;
      }
      if (!this.clock.paused)
        this.setClock(pause(seek(this.clock, this.plan.end, this.now()), this.now()), 'pause');
    }
    const until = this.live ? t : Math.min(t, this.plan.end);
    if (until > this.covered) {
      for (const entry of this.pending.due(until)) this.appendStatus(entry);
      this.appendFixes(this.feed.fixesBetween(this.covered, until));
      this.covered = until;
    }
    const fixes = this.plannedFixesAt(until);
    if (fixes.fixes.length) this.corridor.append(fixes);
  }

  /**
   * After a batch from a live feed is durable: shows what it changes at the screens' current
   * time with ordinary status and fix events where it can, with a rebase where the past changed
   * (a planned status replaced, or a vehicle that the plan was moving now reported live).
   */
  applyLive(events: readonly LiveEvent[]): void {
    let rebase = false;
    const touched = new Set<string>();
    const fixes: LiveFix[] = [];
    for (const event of events) {
      if (event.kind === 'shipment') {
        this.corridor.append(event.event);
        this.timeline.setShipment(event.event.shipment);
        touched.add(event.event.shipment.id);
      } else if (event.kind === 'status') {
        if (this.timeline.addLive(event)) touched.add(event.shipment);
      } else if (!this.liveVehicles.has(event.vehicle)) {
        this.liveVehicles.add(event.vehicle);
        rebase = true;
      } else if (event.time <= this.covered) fixes.push(event);
    }
    for (const id of touched) this.pending.refresh(id, this.covered);
    if (!rebase) rebase = [...touched].some((id) => !this.catchUp(id));
    if (!rebase) rebase = !this.appendFixes(fixes, true);
    if (rebase) this.rebase(this.covered);
  }

  /** Brings a shipment's status on screen to its timeline with status events; false where only a rebase can. */
  private catchUp(id: string): boolean {
    const current = this.corridor.state.statuses[id];
    if (!current) return false;
    const history = this.timeline.history(id, this.covered);
    const k = history.findLastIndex((entry) => same(entry.status, current));
    if (k < 0 && current.code !== 'planned') return false;
    for (const entry of history.slice(k + 1)) this.appendStatus(entry);
    return true;
  }

  private appendStatus({ shipment, status, code }: TimelineEntry): void {
    const current = this.corridor.state.statuses[shipment];
    if (!current || !transition(current, status).ok) return;
    const { hub, time, leg } = status;
    this.corridor.append({
      type: 'status',
      shipment,
      status: status.code,
      hub,
      time,
      leg,
      ...(code ? { code } : {}),
    });
  }

  /**
   * Live fixes in the order they came, leaving out those a track refuses. A track is the fold of
   * its vehicle's fixes in time order; where a late fix makes that differ from adding it now,
   * this appends nothing and says false: only a rebase can show it.
   */
  private appendFixes(fixes: readonly LiveFix[], checkLate = false): boolean {
    const accepted = acceptedFixes(this.corridor.state.tracks, fixes);
    if (checkLate && accepted.late.size) {
      const folded = tracksAt(this.feed, accepted.late, this.covered);
      for (const vehicle of accepted.late) {
        if (!sameTrack(accepted.tracks.get(vehicle) ?? [], folded[vehicle] ?? [])) return false;
      }
    }
    for (const event of accepted.events) this.corridor.append(event);
    return true;
  }

  private plannedFixesAt(t: number): FixesEvent {
    const fixes: FixesEvent['fixes'] = [];
    for (const leg of this.plan.legs) {
      if (t < leg.depart || t > leg.arrive || this.liveVehicles.has(leg.id)) continue;
      fixes.push({ vehicle: leg.id, time: t, progress: (t - leg.depart) / (leg.arrive - leg.depart) });
    }
    return { type: 'fixes', time: t, fixes };
  }

  private setClock(clock: ClockState, reason: ClockEvent['reason']): void {
    this.corridor.append({ type: 'clock', clock, reason });
  }

  private rebase(t: number): void {
    const onPlan = this.plan.legs.flatMap((leg) => (this.liveVehicles.has(leg.id) ? [leg.id] : []));
    const tracks = tracksAt(this.feed, onPlan, t);
    this.corridor.append({ type: 'rebase', time: t, statuses: this.timeline.statusesAt(t), tracks });
    this.covered = t;
    this.pending.reset(t);
  }
}
