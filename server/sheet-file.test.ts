import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPlan } from '../test/helpers/ingest-context';
import { sheetScenario } from './sheet-file';

const base = bundledPlan();
const example = readFileSync('data/sheets/example-shipments.csv', 'utf8');

describe('a shipment sheet as a scenario', () => {
  it('plays the example sheet on the bundled hubs, its facts illustrative without a source', () => {
    const result = sheetScenario('example.csv', example, base);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { plan } = result;
    expect(plan.id).toBe('example');
    expect(plan.shipments.map((s) => [s.id, s.awb, s.destination])).toEqual([
      ['X1-BE', '176-12345675', 'BRU-CITY'],
      ['X2-NL', '176-23456786', 'AMS'],
      ['X3-CH', undefined, 'ZRH'],
    ]);
    expect(plan.legs.find((l) => l.id === 'X3-CH')?.depart).toBe(Date.parse('2020-03-21T06:00:00Z'));
    expect(plan.shipments[0]?.provenance).toEqual({ illustrative: 'the sheet gives no source' });
  });

  it('names the cell of each mistake: row, column and why', () => {
    const rows = example.split('\n');
    const broken = [
      rows[0],
      rows[1]?.replace('BRU-CITY', 'BRU-CTY'),
      rows[2]?.replace('2020-03-20T14:00:00Z', '2020-03-20T09:00:00Z'),
      rows[3]?.replace('2020-03-21T07:00:00+01:00', 'tomorrow').replace(',air,', ',boat,'),
    ].join('\n');
    const result = sheetScenario('s.csv', broken, base);
    expect(result.ok || result.errors).toEqual([
      's.csv: G4 (row 3, mode): Invalid option: expected one of "air"|"rail"|"road"',
      's.csv: H4 (row 3, planned_departure): expected an ISO 8601 time with a zone like "2020-03-13T20:00:00Z", got "tomorrow"',
    ]);
    const second = sheetScenario(
      's.csv',
      broken.replace('tomorrow', '2020-03-21T07:00:00Z').replace(',boat,', ',air,'),
      base,
    );
    expect(second.ok || second.errors).toEqual([
      's.csv: F2 (row 1, to): unknown hub "BRU-CTY"',
      's.csv: I3 (row 2, planned_arrival): not after departure (2020-03-20T10:00:00Z)',
    ]);
  });
});
