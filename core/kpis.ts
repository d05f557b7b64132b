import { destinationCountry, type Plan } from './scenario/plan';
import { ITEMS, type Item } from './scenario/vocabulary';
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
  /** Shipments counted per destination country: what a country's bar shows when no quantity is known. */
  shipmentsByCountry: Record<string, ItemTotals>;
}

const zero = (): ItemTotals => ({ delivered: 0, inTransit: 0, planned: 0 });
const perItem = () => Object.fromEntries(ITEMS.map((item) => [item, zero()])) as Record<Item, ItemTotals>;

function bucket(status: ShipmentStatus | undefined): keyof ItemTotals {
  if (status?.code === 'delivered') return 'delivered';
  return status && isInTransit(status.code) ? 'inTransit' : 'planned';
}

/** Quantities delivered, in transit and planned, overall and per destination country. Unknown quantities count as 0. */
export function computeKpis(plan: Plan, statuses: Record<string, ShipmentStatus>): Kpis {
  const countryOf = destinationCountry(plan);
  const kpis: Kpis = { total: perItem(), byCountry: {}, shipments: zero(), shipmentsByCountry: {} };
  for (const shipment of plan.shipments) {
    const where = bucket(statuses[shipment.id]);
    kpis.shipments[where]++;
    const country = countryOf(shipment);
    kpis.byCountry[country] ??= perItem();
    kpis.shipmentsByCountry[country] ??= zero();
    kpis.shipmentsByCountry[country][where]++;
    for (const { item, quantity } of shipment.contents) {
      kpis.total[item][where] += quantity ?? 0;
      kpis.byCountry[country][item][where] += quantity ?? 0;
    }
  }
  return kpis;
}
