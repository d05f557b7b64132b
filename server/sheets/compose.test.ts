import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../core/scenario';
import { composeScenario, type SheetsResult } from './compose';
import { loadHubs } from './hubs';
import { loadOperation } from './operation';

const loaded = <P extends { ok: boolean }>(part: P): Extract<P, { ok: true }> => {
  if (!part.ok) throw new Error((part as unknown as { errors: string[] }).errors.join('\n'));
  return part as Extract<P, { ok: true }>;
};
const bundled = loaded(loadHubs('data/scenarios/airlift-2020.json'));
const example = readFileSync('data/sheets/example-shipments.csv', 'utf8');
const plan = (result: SheetsResult) => compilePlan(loaded(result).scenario);

describe('a shipment sheet as a scenario', () => {
  it('plays the example sheet on the bundled hubs, its facts illustrative without a source', () => {
    const { id, shipments, legs, items } = plan(composeScenario('example.csv', example, bundled, null));
    expect(id).toBe('example');
    expect(shipments.map((s) => [s.id, s.awb, s.destination])).toEqual([
      ['X1-BE', '176-12345675', 'BRU-CITY'],
      ['X2-NL', '176-23456786', 'AMS'],
      ['X3-CH', undefined, 'ZRH'],
    ]);
    expect(legs.find((l) => l.id === 'X3-CH')?.depart).toBe(Date.parse('2020-03-21T06:00:00Z'));
    expect(shipments[0]?.provenance).toEqual({ illustrative: 'the sheet gives no source' });
    expect(items.map((item) => item.id)).toEqual(['masks', 'test_kits', 'protective_equipment']);
  });

  it('names the cell of each mistake: row, column and why', () => {
    const rows = example.split('\n');
    const broken = [
      rows[0],
      rows[1]?.replace('BRU-CITY', 'BRU-CTY'),
      rows[2]?.replace('2020-03-20T14:00:00Z', '2020-03-20T09:00:00Z'),
      rows[3]?.replace('2020-03-21T07:00:00+01:00', 'tomorrow').replace(',air,', ',boat,'),
    ].join('\n');
    const result = composeScenario('s.csv', broken, bundled, null);
    expect(result.ok || result.errors).toEqual([
      's.csv: G4 (row 3, mode): Invalid option: expected one of "air"|"rail"|"road"',
      's.csv: H4 (row 3, planned_departure): expected an ISO 8601 time with a zone like "2020-03-13T20:00:00Z", got "tomorrow"',
    ]);
    const second = composeScenario(
      's.csv',
      broken.replace('tomorrow', '2020-03-21T07:00:00Z').replace(',boat,', ',air,'),
      bundled,
      null,
    );
    expect(second.ok || second.errors).toEqual([
      's.csv: F2 (row 1, to): unknown hub "BRU-CTY"',
      's.csv: I3 (row 2, planned_arrival): not after departure (2020-03-20T10:00:00Z)',
    ]);
  });
});

describe('three sheets as one operation', () => {
  const hubs = loaded(loadHubs('data/sheets/vaccines-hubs.csv'));
  const operation = loaded(loadOperation('data/sheets/vaccines-operation.csv'));
  const shipments = readFileSync('data/sheets/vaccines-shipments.csv', 'utf8');

  it('takes the name, items and story from the operation, the hubs from the hub sheet', () => {
    const result = plan(composeScenario('vaccines-shipments.csv', shipments, hubs, operation));
    expect(result.id).toBe('vaccines-example');
    expect(result.title.fr).toBe('Doses de vaccin depuis la Belgique : un exemple illustratif');
    expect(result.items.map((item) => [item.id, item.unit])).toEqual([
      ['doses', 'doses'],
      ['syringes', 'pieces'],
    ]);
    expect(result.hubs.map((hub) => hub.id)).toEqual(['PUURS', 'BRU', 'LUX', 'ACC', 'ABJ', 'DSS']);
    expect(result.hubs[0]?.provenance).toEqual({ illustrative: 'the sheet gives no source' });
    expect(result.story.clocks).toEqual(['BRU', 'ACC']);
    expect(result.story.cuts).toEqual([{ status: 'arrived', hub: 'ACC', scene: 'west-africa', seconds: 15 }]);
  });

  it('says each mistake in the sheet and cell it came from, a row naming an undeclared source too', () => {
    const sourced = shipments.replace('doses: 15000,', 'doses: 15000,unicef');
    const result = composeScenario('s.csv', sourced.replace(',ABJ,air,', ',ABX,air,'), hubs, operation);
    expect(result.ok || result.errors).toEqual([
      's.csv: K3 (row 2, source): unknown source "unicef"',
      's.csv: E4 (row 3, to): unknown hub "ABX"',
    ]);
    const noItems = composeScenario('s.csv', shipments, hubs, null);
    expect(noItems.ok || noItems.errors).toEqual([
      's.csv: a hub sheet declares no items: give the operation that says what the rows carry (--operation FILE)',
    ]);
  });

  it('takes a JSON operation, or the hubs of a JSON scenario, saying errors there by path', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'corridor-')), 'op.json');
    const doses = operation.operation.items.filter((item) => item.id === 'doses');
    writeFileSync(file, JSON.stringify({ format: 'corridor-scenario/2', items: doses, clocks: ['QQQ'] }));
    const json = composeScenario('s.csv', shipments, hubs, loaded(loadOperation(file)));
    expect(json.ok || json.errors).toEqual([
      's.csv: J2 (row 1, contents): unknown item "syringes" (declared items: doses)',
      's.csv: J4 (row 3, contents): unknown item "syringes" (declared items: doses)',
      `${file}: clocks[0]: unknown hub "QQQ"`,
    ]);
    const airlift = composeScenario('s.csv', example, bundled, operation);
    expect(airlift.ok || airlift.errors).toContain(
      'data/sheets/vaccines-operation.csv: C16 (row 15, clocks): unknown hub "BRU"',
    );
  });
});
