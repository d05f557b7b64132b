import { describe, expect, it } from 'vitest';
import type { ItemKpis, Kpis } from '../../core/kpis';
import { destinationRows, rowTotals } from './destination-rows';

const of = (planned: number, unreported = 0): ItemKpis => ({
  delivered: 0,
  inTransit: 0,
  planned,
  unreported,
});

/** Figures as computeKpis gives them: `doses` per country, and the shipments counted. */
function kpis(countries: Record<string, ItemKpis>): Kpis {
  return {
    total: {},
    byCountry: Object.fromEntries(Object.entries(countries).map(([c, doses]) => [c, { doses }])),
    shipments: { delivered: 0, inTransit: 0, planned: 0 },
    shipmentsByCountry: Object.fromEntries(
      Object.keys(countries).map((c) => [c, { delivered: 0, inTransit: 0, planned: 1 }]),
    ),
  };
}

describe('per-destination rows', () => {
  it('lists every destination, largest first, where they fit', () => {
    const rows = destinationRows(kpis({ GH: of(600), NG: of(3940), KE: of(0, 1), CI: of(504) }), 'doses', 7);
    expect(rows.map((r) => [r.key, r.total, r.unreported])).toEqual([
      ['NG', 3940, false],
      ['GH', 600, false],
      ['CI', 504, false],
      ['KE', 0, true],
    ]);
  });

  it('shows the leading destinations and one line for the rest beyond the limit', () => {
    const many = Object.fromEntries(Array.from({ length: 22 }, (_, i) => [`C${i}`, of(1000 - i)]));
    const rows = destinationRows(kpis(many), 'doses', 7);
    expect(rows).toHaveLength(7);
    expect(rows.slice(0, 6).map((r) => r.key)).toEqual(['C0', 'C1', 'C2', 'C3', 'C4', 'C5']);
    const rest = rows[6];
    expect(rest?.key).toBe('others');
    expect(rest?.countries).toHaveLength(16);
    expect(rest?.total).toBe(Array.from({ length: 16 }, (_, i) => 1000 - 6 - i).reduce((a, b) => a + b));
    expect(rowTotals(kpis(many), rest as NonNullable<typeof rest>, 'doses').planned).toBe(rest?.total);
  });

  it('counts shipments where the panel counts shipments', () => {
    const rows = destinationRows(kpis({ GH: of(0, 1), CI: of(0, 1) }), 'shipments', 7);
    expect(rows.map((r) => [r.key, r.total, r.unreported])).toEqual([
      ['GH', 1, false],
      ['CI', 1, false],
    ]);
  });
});
