import type { FixesEvent } from '../../core/events';
import type { LiveEvent, LiveFix } from '../../core/ingest/live-event';
import { StatusTimeline, type TimelineEntry } from '../../core/live/status-timeline';
import { type ShipmentStatus, transition } from '../../core/status';
import type { Corridor } from '../corridor';
import { type LiveFeed, tracksAt } from './live-feed';
import { PendingStatuses } from './pending-statuses';
import { acceptedFixes, sameTrack } from './track-check';

const same = (a: ShipmentStatus, b: ShipmentStatus) =>
  a.code === b.code && a.hub === b.hub && a.time === b.time && a.leg === b.leg;

/**
 * How far along the plan and the live log the screens are: everything up to `covered` is shown,
 * so what they show at scenario time t is the fold of both up to t. It only appends events.
 */
export class Playhead {
  private readonly timeline: StatusTimeline;
  private readonly pending: PendingStatuses;
  /** Vehicles moved by live fixes only: the plan stops inventing their positions. */
  private readonly liveVehicles: Set<string>;
  /** Scenario time up to which statuses and live fixes are on screen. */
  private covered = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly corridor: Corridor,
    private readonly feed: LiveFeed,
  ) {
    this.timeline = new StatusTimeline(corridor.plan);
    for (const status of feed.statuses()) this.timeline.addLive(status);
    this.pending = new PendingStatuses(this.timeline);
    this.liveVehicles = new Set(feed.fixVehicles());
  }

  /** Shows everything at time t at once: a rebase with each status and each live track, folded from the log. */
  jumpTo(t: number): void {
    const vehicles = this.corridor.plan.legs.flatMap((leg) =>
      this.liveVehicles.has(leg.id) ? [leg.id] : [],
    );
    const tracks = tracksAt(this.feed, vehicles, t);
    this.corridor.append({ type: 'rebase', time: t, statuses: this.timeline.statusesAt(t), tracks });
    this.covered = t;
    this.pending.reset(t);
  }

  /** Plays what happened up to `until`, then the plan's fixes at `until` for vehicles not reported live. */
  moveTo(until: number): void {
    if (until > this.covered) {
      for (const entry of this.pending.due(until)) this.appendStatus(entry);
      this.appendFixes(this.feed.fixesBetween(this.covered, until));
      this.covered = until;
    }
    const fixes: FixesEvent['fixes'] = [];
    for (const leg of this.corridor.plan.legs) {
      if (until < leg.depart || until > leg.arrive || this.liveVehicles.has(leg.id)) continue;
      fixes.push({
        vehicle: leg.id,
        time: until,
        progress: (until - leg.depart) / (leg.arrive - leg.depart),
      });
    }
    if (fixes.length) this.corridor.append({ type: 'fixes', time: until, fixes });
  }

  /**
   * After a batch from a live feed is durable: shows what it changes at the covered time with
   * ordinary status and fix events where it can, with a rebase where the past changed (a planned
   * status replaced, a vehicle the plan was moving now reported live, a late fix that changes a track).
   * What lies ahead of the covered time waits for the clock.
   */
  take(events: readonly LiveEvent[]): void {
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
    if (rebase) this.jumpTo(this.covered);
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
}
