import type { Item, Plan } from './scenario';
import { ITEMS } from './scenario/schema';
import { isInTransit, type ShipmentStatus } from './status';

export interface ItemTotals {
  delivered: number;
  inTransit: number;
  planned: number;
}

export interface Kpis {
  total: Record<Item, ItemTotals>;
  byCountry: Record<string, Record<Item, ItemTotals>>;
  shipments: ItemTotals;
}

const zero = (): ItemTotals => ({ delivered: 0, inTransit: 0, planned: 0 });
const perItem = () => Object.fromEntries(ITEMS.map((item) => [item, zero()])) as Record<Item, ItemTotals>;

function bucket(status: ShipmentStatus | undefined): keyof ItemTotals {
  if (status?.code === 'delivered') return 'delivered';
  return status && isInTransit(status.code) ? 'inTransit' : 'planned';
}

/** Quantities delivered, in transit and planned, overall and per destination country. Unknown quantities count as 0. */
export function computeKpis(plan: Plan, statuses: Record<string, ShipmentStatus>): Kpis {
  const countryOf = new Map(plan.hubs.map((hub) => [hub.id, hub.country]));
  const kpis: Kpis = { total: perItem(), byCountry: {}, shipments: zero() };
  for (const shipment of plan.shipments) {
    const where = bucket(statuses[shipment.id]);
    kpis.shipments[where]++;
    const country = countryOf.get(shipment.destination) ?? '??';
    kpis.byCountry[country] ??= perItem();
    for (const { item, quantity } of shipment.contents) {
      kpis.total[item][where] += quantity ?? 0;
      kpis.byCountry[country][item][where] += quantity ?? 0;
    }
  }
  return kpis;
}
