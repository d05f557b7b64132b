import type { ItemKpis, ItemTotals, Kpis } from '../../core/kpis';

/** One line of the per-destination list: a country, or the countries beyond the leading ones. */
export interface DestinationRow {
  key: string;
  countries: string[];
  /** The row's whole quantity (delivered, in transit and planned): what its bar is scaled by. */
  total: number;
  /** Shipments to it carry the counted item without a reported quantity. */
  unreported: boolean;
}

const sum = (t: ItemTotals) => t.delivered + t.inTransit + t.planned;

/** What one destination adds up to: of the counted item, or shipments where it counts shipments. */
export function totalsOf(kpis: Kpis, country: string, counted: string): ItemKpis {
  if (counted === 'shipments') return { ...(kpis.shipmentsByCountry[country] ?? zero()), unreported: 0 };
  return kpis.byCountry[country]?.[counted] ?? { ...zero(), unreported: 0 };
}

const zero = (): ItemTotals => ({ delivered: 0, inTransit: 0, planned: 0 });

/**
 * The destinations by what they are sent, largest first, at most `max` lines: beyond that the
 * leading `max - 1` and one line for all the others, so that 20 countries fit the panel as 6 do.
 */
export function destinationRows(kpis: Kpis, counted: string, max: number): DestinationRow[] {
  const rows = Object.keys(kpis.shipmentsByCountry).map((country) => {
    const t = totalsOf(kpis, country, counted);
    return { key: country, countries: [country], total: sum(t), unreported: t.unreported > 0 };
  });
  rows.sort((a, b) => b.total - a.total || Number(b.unreported) - Number(a.unreported));
  if (rows.length <= max) return rows;
  const rest = rows.slice(max - 1);
  return [
    ...rows.slice(0, max - 1),
    {
      key: 'others',
      countries: rest.flatMap((row) => row.countries),
      total: rest.reduce((n, row) => n + row.total, 0),
      unreported: rest.some((row) => row.unreported),
    },
  ];
}

/** A row's figures now, summed over its countries. */
export function rowTotals(kpis: Kpis, row: DestinationRow, counted: string): ItemTotals {
  const out = zero();
  for (const country of row.countries) {
    const t = totalsOf(kpis, country, counted);
    out.delivered += t.delivered;
    out.inTransit += t.inTransit;
    out.planned += t.planned;
  }
  return out;
}
