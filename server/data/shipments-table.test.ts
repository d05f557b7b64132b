import { describe, expect, it } from 'vitest';
import { StatusTimeline } from '../../core/live/status-timeline';
import { bundledPlan } from '../../test/helpers/server';
import { CSV_COLUMNS, csvRows, provenanceText } from './csv-rows';
import { shipmentsDocument } from './shipments-table';

const plan = bundledPlan();
const at = Date.parse('2020-03-16T12:00:00Z');
const doc = shipmentsDocument(plan, new StatusTimeline(plan).statusesAt(at), at);

describe('the shipments behind the screen', () => {
  it('has every shipment with its status at the time, and where each fact comes from', () => {
    expect(doc.at).toBe('2020-03-16T12:00:00.000Z');
    expect(doc.shipments).toHaveLength(plan.shipments.length);
    const delivered = doc.shipments.filter((s) => s.status.code === 'delivered');
    // The HUD test's instant: Italy, Spain and Belgium delivered.
    expect(delivered.map((s) => s.destination.country).sort()).toEqual(['BE', 'ES', 'IT']);
    for (const s of doc.shipments) {
      for (const fact of [s.provenance, s.status.provenance, ...s.contents.map((c) => c.provenance)])
        expect('reported' in fact || 'illustrative' in fact).toBe(true);
    }
  });

  it('writes one CSV row per shipment and item, provenance in words', () => {
    const rows = csvRows(doc);
    expect(rows.length).toBe(plan.shipments.reduce((n, s) => n + s.contents.length, 0));
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const provenance = rows.flatMap((row) =>
      CSV_COLUMNS.flatMap((c, i) => (c.endsWith('_provenance') && c !== 'legs_provenance' ? [row[i]] : [])),
    );
    for (const cell of provenance) expect(cell).toMatch(/^(reported: .+|illustrative: .+)$/);
    // Each leg of the route with its own.
    expect(rows[0]?.[CSV_COLUMNS.indexOf('legs_provenance')]).toMatch(
      /^HGH→LGG reported: .+ \| LGG→\w+ illustrative: /,
    );
  });

  it('names a source by its publisher and date', () => {
    const sources = { v: { title: 'T', publisher: 'VRT', date: '2020-03-14' } };
    expect(provenanceText({ reported: ['v'], note: 'p. 2' }, sources)).toBe('reported: VRT 2020-03-14; p. 2');
    expect(provenanceText({ illustrative: 'typical flight time' }, sources)).toBe(
      'illustrative: typical flight time',
    );
  });
});
