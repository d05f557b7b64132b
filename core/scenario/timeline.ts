import type { ShipmentStatus } from '../status';
import type { Milestone, Plan, Shipment } from './plan';

export function initialStatus(shipment: Shipment): ShipmentStatus {
  const origin = shipment.milestones[0]?.hub ?? shipment.destination;
  return { code: 'planned', hub: origin, time: Number.NEGATIVE_INFINITY, leg: -1 };
}

function toStatus(m: Milestone): ShipmentStatus {
  return { code: m.status, hub: m.hub, time: m.time, leg: m.leg };
}

/** Each shipment's status at scenario time t, as the plan has it. */
export function statusesAt(plan: Plan, t: number): Record<string, ShipmentStatus> {
  const statuses: Record<string, ShipmentStatus> = {};
  for (const shipment of plan.shipments) {
    const last = shipment.milestones.findLast((m) => m.time <= t);
    statuses[shipment.id] = last ? toStatus(last) : initialStatus(shipment);
  }
  return statuses;
}

export interface TimedStatus {
  shipment: string;
  milestone: Milestone;
}

/** Every milestone of the plan in time order. */
export function timeline(plan: Plan): TimedStatus[] {
  return plan.shipments
    .flatMap((shipment) => shipment.milestones.map((milestone) => ({ shipment: shipment.id, milestone })))
    .sort((a, b) => a.milestone.time - b.milestone.time);
}
