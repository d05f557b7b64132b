import type { LiveStatus } from '../ingest/live-event';
import type { Plan, Shipment } from '../scenario/plan';
import { initialStatus } from '../scenario/timeline';
import { type ShipmentStatus, STATUS_CODES, transition } from '../status';

export interface TimelineEntry {
  shipment: string;
  status: ShipmentStatus;
  /** The cargo code of a live status; absent for the plan's milestones. */
  code?: string;
  live: boolean;
}

const rank = (e: TimelineEntry) => STATUS_CODES.indexOf(e.status.code);
const byTime = (a: TimelineEntry, b: TimelineEntry) =>
  a.status.time - b.status.time || a.status.leg - b.status.leg || rank(a) - rank(b);
const sameStep = (a: TimelineEntry, b: TimelineEntry) =>
  a.status.code === b.status.code && a.status.leg === b.status.leg;

/**
 * Each shipment's statuses over time: the plan's milestones, where no live status reports the
 * same step (same status on the same leg), and every live status. What a screen shows at t is
 * the fold of these up to t through the status model, so a late-breaking real status replaces
 * the planned one and a status the model refuses changes nothing.
 */
export class StatusTimeline {
  private readonly planned = new Map<string, TimelineEntry[]>();
  private readonly live = new Map<string, TimelineEntry[]>();
  private readonly initial = new Map<string, ShipmentStatus>();
  private readonly cache = new Map<string, TimelineEntry[]>();

  constructor(plan: Plan) {
    for (const shipment of plan.shipments) this.setShipment(shipment);
  }

  setShipment(shipment: Shipment): void {
    const entries = shipment.milestones.map((m) => ({
      shipment: shipment.id,
      status: { code: m.status, hub: m.hub, time: m.time, leg: m.leg },
      live: false,
    }));
    this.planned.set(shipment.id, entries.sort(byTime));
    this.initial.set(shipment.id, initialStatus(shipment));
    this.cache.delete(shipment.id);
  }

  /** Adds a live status of a known shipment; false where the shipment is not in the plan. */
  addLive(event: LiveStatus): boolean {
    if (!this.initial.has(event.shipment) || event.status === null) return false;
    const entry: TimelineEntry = {
      shipment: event.shipment,
      status: { code: event.status, hub: event.hub ?? '', time: event.time, leg: event.leg },
      code: event.code,
      live: true,
    };
    const list = this.live.get(event.shipment) ?? [];
    list.push(entry);
    this.live.set(event.shipment, list);
    this.cache.delete(event.shipment);
    return true;
  }

  shipments(): Iterable<string> {
    return this.initial.keys();
  }

  /** Every step of a shipment in time order, planned or live; ties keep the order they came in. */
  entries(shipment: string): readonly TimelineEntry[] {
    let merged = this.cache.get(shipment);
    if (!merged) {
      const live = this.live.get(shipment) ?? [];
      const planned = (this.planned.get(shipment) ?? []).filter((p) => !live.some((l) => sameStep(p, l)));
      merged = [...planned, ...live].sort(byTime);
      this.cache.set(shipment, merged);
    }
    return merged;
  }

  /** The steps the status model accepts, in order, up to and including time t. */
  history(shipment: string, t: number): TimelineEntry[] {
    let current = this.initial.get(shipment);
    if (!current) return [];
    const accepted: TimelineEntry[] = [];
    for (const entry of this.entries(shipment)) {
      if (entry.status.time > t) break;
      if (!transition(current, entry.status).ok) continue;
      current = entry.status;
      accepted.push(entry);
    }
    return accepted;
  }

  statusAt(shipment: string, t: number): ShipmentStatus | undefined {
    return this.history(shipment, t).at(-1)?.status ?? this.initial.get(shipment);
  }

  statusesAt(t: number): Record<string, ShipmentStatus> {
    const statuses: Record<string, ShipmentStatus> = {};
    for (const id of this.initial.keys()) statuses[id] = this.statusAt(id, t) as ShipmentStatus;
    return statuses;
  }
}
