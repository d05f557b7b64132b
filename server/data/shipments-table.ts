import type { Provenance } from '../../core/provenance';
import type { Plan, Shipment } from '../../core/scenario';
import type { ShipmentStatus } from '../../core/status';

const iso = (t: number) => new Date(t).toISOString();
/** A planned shipment's status has no time: nothing has happened to it yet. */
const isoOrNull = (t: number) => (Number.isFinite(t) ? iso(t) : null);
/** What the screen could not have from the plan came from a live feed. */
const LIVE: Provenance = { reported: [], note: 'live feed' };

/** Every shipment the screen shows at a time, each fact with its provenance as the file gives it. */
export interface ShipmentsDocument {
  operation: { id: string; title: Plan['title'] };
  at: string;
  sources: Plan['sources'];
  shipments: ReturnType<typeof shipmentRow>[];
}

function statusProvenance(shipment: Shipment, status: ShipmentStatus): Provenance {
  const milestone = shipment.milestones.find(
    (m) => m.status === status.code && m.hub === status.hub && m.time === status.time && m.leg === status.leg,
  );
  if (milestone) return milestone.provenance;
  return status.code === 'planned' ? shipment.provenance : LIVE;
}

function shipmentRow(plan: Plan, shipment: Shipment, status: ShipmentStatus) {
  const hub = plan.hubs.find((h) => h.id === shipment.destination);
  const legs = shipment.legs.flatMap((id) => plan.legs.filter((leg) => leg.id === id));
  return {
    id: shipment.id,
    title: shipment.title,
    ...(shipment.awb ? { awb: shipment.awb } : {}),
    destination: {
      hub: shipment.destination,
      name: hub?.name ?? shipment.destination,
      country: hub?.country,
    },
    status: {
      code: status.code,
      hub: status.hub,
      time: isoOrNull(status.time),
      provenance: statusProvenance(shipment, status),
    },
    contents: shipment.contents.map((c) => {
      const item = plan.items.find((i) => i.id === c.item);
      return {
        item: c.item,
        name: item?.name.en ?? c.item,
        unit: item?.unit,
        quantity: c.quantity,
        provenance: c.provenance,
      };
    }),
    legs: legs.map((leg) => ({
      vehicle: leg.id,
      label: leg.label,
      mode: leg.mode,
      from: leg.from,
      to: leg.to,
      depart: { time: iso(leg.depart), provenance: leg.departProvenance },
      arrive: { time: iso(leg.arrive), provenance: leg.arriveProvenance },
      provenance: leg.provenance,
    })),
    provenance: shipment.provenance,
  };
}

export function shipmentsDocument(
  plan: Plan,
  statuses: Record<string, ShipmentStatus>,
  at: number,
): ShipmentsDocument {
  return {
    operation: { id: plan.id, title: plan.title },
    at: iso(at),
    sources: plan.sources,
    shipments: plan.shipments.flatMap((s) => {
      const status = statuses[s.id];
      return status ? [shipmentRow(plan, s, status)] : [];
    }),
  };
}
