import { describe, expect, it } from 'vitest';
import { sheetItems } from './sheet-items';
import { cellError, letter, readSheet } from './shipment-sheet';

const HEADER = 'Reference,From,To,Mode,Planned departure,Planned arrival,Contents,Via';
const hubs = new Map([['LGG', [5.44, 50.64] as const]]);

function sheet(text: string) {
  const result = readSheet(text);
  if (!result.ok) throw new Error(result.reason);
  return result.sheet;
}

describe('shipment sheets', () => {
  it('reads headers in any case and order, and knows each column letter', () => {
    const s = sheet(
      `${HEADER}\nS1,LGG,AMS,road,2020-03-20T10:00:00Z,2020-03-20T14:00:00Z,masks: 100 000; test_kits,LGG; 5.47 51.44\n`,
    );
    expect(s.letters).toMatchObject({ reference: 'A', planned_arrival: 'F', via: 'H' });
    const items = sheetItems(s, hubs);
    expect(items.ok && items.items[0]).toEqual({
      kind: 'shipment',
      shipment: 'S1',
      title: 'S1',
      contents: [
        { item: 'masks', quantity: 100_000 },
        { item: 'test_kits', quantity: null },
      ],
      legs: [
        {
          vehicle: 'S1',
          mode: 'road',
          from: 'LGG',
          to: 'AMS',
          via: [
            [5.44, 50.64],
            [5.47, 51.44],
          ],
          depart: '2020-03-20T10:00:00Z',
          arrive: '2020-03-20T14:00:00Z',
        },
      ],
    });
  });

  it('refuses unknown and missing columns, and a file the CSV parser cannot read, with where', () => {
    expect(readSheet('reference,frm,to\nS1,LGG,AMS')).toEqual({
      ok: false,
      reason:
        'unknown column "frm" (B): the columns are reference, awb, title, from, via, to, mode, vehicle, planned_departure, planned_arrival, contents, source',
    });
    expect(readSheet('reference,from,to\n')).toEqual({
      ok: false,
      reason: 'missing columns mode, planned_departure, planned_arrival, contents',
    });
    const broken = readSheet(`${HEADER}\nS1,LGG,AMS,road,a,b,c,d\nS2,"LGG,AMS\n`);
    expect(broken.ok || broken.reason).toMatch(/^not a valid CSV file: .*line 3/);
    expect(readSheet('')).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
  });

  it('names the cell of a value it cannot read', () => {
    const s = sheet(`${HEADER}\nS1,LGG,AMS,road,a,b,masks: lots,x y\n`);
    const items = sheetItems(s, hubs);
    expect(items.ok || items.errors).toEqual([
      {
        index: 0,
        line: 2,
        cell: 'G2',
        path: '[0].contents',
        status: 400,
        reason: '"masks: lots": expected item: quantity pairs like "doses: 500000; syringes: 1000"',
      },
      {
        index: 0,
        line: 2,
        cell: 'H2',
        path: '[0].via',
        status: 400,
        reason: '"x y": expected "lon lat" pairs or hub ids, separated by ";"',
      },
    ]);
    expect(cellError(s, 0, 'legs[0].arrive', 'late', 422).cell).toBe('F2');
    expect([letter(0), letter(25), letter(26), letter(27)]).toEqual(['A', 'Z', 'AA', 'AB']);
  });
});
