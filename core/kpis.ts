import { destinationCountry, type Plan } from './scenario/plan';
import { isInTransit, type ShipmentStatus } from './status';

export interface ItemTotals {
  delivered: number;
  inTransit: number;
  planned: number;
}

/** Quantities of one item, and how many shipments carry it without a reported quantity. */
export interface ItemKpis extends ItemTotals {
  unreported: number;
}

export interface Kpis {
  /** Per item id of the plan. */
  total: Record<string, ItemKpis>;
  byCountry: Record<string, Record<string, ItemKpis>>;
  shipments: ItemTotals;
  /** Shipments counted per destination country: what a bar shows when the panel counts shipments. */
  shipmentsByCountry: Record<string, ItemTotals>;
}

const zero = (): ItemTotals => ({ delivered: 0, inTransit: 0, planned: 0 });
const perItem = (plan: Plan) =>
  Object.fromEntries(plan.items.map((item) => [item.id, { ...zero(), unreported: 0 }]));

function bucket(status: ShipmentStatus | undefined): keyof ItemTotals {
  if (status?.code === 'delivered') return 'delivered';
  return status && isInTransit(status.code) ? 'inTransit' : 'planned';
}

/**
 * Quantities delivered, in transit and planned, overall and per destination country, for each
 * item the plan declares. An unknown quantity adds nothing and is counted as unreported.
 */
export function computeKpis(plan: Plan, statuses: Record<string, ShipmentStatus>): Kpis {
  const countryOf = destinationCountry(plan);
  const kpis: Kpis = { total: perItem(plan), byCountry: {}, shipments: zero(), shipmentsByCountry: {} };
  for (const shipment of plan.shipments) {
    const where = bucket(statuses[shipment.id]);
    kpis.shipments[where]++;
    const country = countryOf(shipment);
    kpis.byCountry[country] ??= perItem(plan);
    kpis.shipmentsByCountry[country] ??= zero();
    kpis.shipmentsByCountry[country][where]++;
    const byItem = kpis.byCountry[country];
    for (const { item, quantity } of shipment.contents) {
      for (const totals of [kpis.total[item], byItem[item]]) {
        if (!totals) continue;
        if (quantity === null) totals.unreported++;
        else totals[where] += quantity;
      }
    }
  }
  return kpis;
}
