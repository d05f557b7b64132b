import { describe, expect, it } from 'vitest';
import { validateOperation } from '../scenario';
import { operationSheet } from './operation-sheet';

const HEADER = 'field,id,value,fr,nl,de';
const ITEM = [
  'item,doses,Vaccine,Vaccin,,',
  'item unit,doses,Doses,,,',
  'item other,doses,doses of vaccine,doses de vaccin,,',
];
const sheet = (...rows: string[]) => operationSheet('op.csv', [HEADER, ...rows].join('\n'));

/** The sheet converted and checked by the operation validator, its errors said as cells. */
function checked(...rows: string[]) {
  const converted = sheet(...rows);
  if (!converted.ok) return converted.errors;
  const result = validateOperation(converted.operation);
  return result.ok ? result.operation : result.errors.map(converted.locate);
}

describe('operation sheets', () => {
  it('convert, one row per thing, to the JSON of an operation file', () => {
    const converted = sheet(
      'Title,,Vaccines,Vaccins,Vaccins,Impfstoffe',
      ...ITEM,
      'item one,doses,dose of vaccine,dose de vaccin,,',
      'source,unicef,Supply report,,,',
      'source publisher,unicef,UNICEF,,,',
      'scene,accra,Accra,,,',
      'scene_area,accra,"-3 4 2,5 8",,,',
      'scene-seconds,accra,30,,,',
      'cut,accra,customs cleared at ACC for 20 seconds,,,',
      'cut,accra,delivered,,,',
      'clocks,,BRU; ACC,,,',
      'lead,,doses,,,',
    );
    expect(converted.ok && converted.operation).toEqual({
      format: 'corridor-scenario/2',
      title: { en: 'Vaccines', fr: 'Vaccins', nl: 'Vaccins', de: 'Impfstoffe' },
      items: [
        {
          id: 'doses',
          name: { en: 'Vaccine', fr: 'Vaccin' },
          unit: 'doses',
          count: {
            en: { other: 'doses of vaccine', one: 'dose of vaccine' },
            fr: { other: 'doses de vaccin', one: 'dose de vaccin' },
          },
        },
      ],
      sources: { unicef: { title: 'Supply report', publisher: 'UNICEF', date: '' } },
      scenes: [
        {
          id: 'accra',
          name: { en: 'Accra' },
          area: [
            [-3, 4],
            [2.5, 8],
          ],
          seconds: 30,
        },
      ],
      kiosk: {
        cuts: [
          { status: 'customs_cleared', hub: 'ACC', seconds: 20, scene: 'accra' },
          { status: 'delivered', scene: 'accra' },
        ],
      },
      clocks: ['BRU', 'ACC'],
      kpis: { lead: ['doses'] },
    });
  });

  it('refuses an unknown field, naming the cell and the fields there are', () => {
    expect(sheet(...ITEM, 'titel,,Vaccines,,,')).toEqual({
      ok: false,
      errors: [
        'op.csv: A5 (row 4, field): unknown field "titel": the fields are id, title, language, item, item unit, item one, item other, item zero, item two, item few, item many, item unknown, source, source publisher, source date, source url, panel title, lead, breakdown, clocks, emphasis, scene, scene area, scene seconds, tour, cut, footnote, credits',
      ],
    });
  });

  it('names the cell of a row that cannot say what its field needs', () => {
    const result = sheet(
      'title,x,Vaccines,,,',
      'language,,en,fr,,',
      'item unit,doses,doses,,,',
      'item,syringes,Syringes,,,',
      'scene,accra,Accra,,,',
      'scene area,accra,west of here,,,',
      'cut,,arrived,,,',
      'footnote,,,Illustratif,,',
      'language,,fr,,,',
      'language,,de,,,',
    );
    expect(result.ok || result.errors).toEqual([
      'op.csv: B2 (row 1, title, id): a "title" row has no id: leave the cell empty',
      'op.csv: D3 (row 2, language, fr): a "language" row has no translations: leave the cell empty',
      'op.csv: C7 (row 6, scene area): expected "west south east north" in degrees like "-20 2 10 54", got "west of here"',
      'op.csv: B8 (row 7, cut, id): empty: a "cut" row names its scene in the id column',
      'op.csv: C9 (row 8, footnote): empty: the English text goes here',
      'op.csv: A11 (row 10, language): repeats row 9',
      'op.csv: B4 (row 3, item unit, id): no "item" row declares item "doses"',
      'op.csv: C5 (row 4, item): item "syringes" needs its "item other" row too',
      'op.csv: C6 (row 5, scene): scene "accra" needs its "scene area" row too',
    ]);
  });

  it('refuses a translated form without the "other" form of its language', () => {
    const result = sheet(...ITEM, 'item one,doses,dose,dose,dosis,');
    expect(result.ok || result.errors).toEqual([
      'op.csv: E5 (row 4, item one, nl): no "item other" in nl: a language that gives a form gives "other" too',
    ]);
  });

  it("says each of the validator's errors as the cell it came from", () => {
    expect(checked('item,doses,Vaccine,,,', 'item unit,doses,vials,,,', 'item other,doses,doses,,,')).toEqual(
      [
        'op.csv: C3 (row 2, item unit): expected one of pieces, doses, pallets, parcels, boxes, containers, tonnes, kilograms, litres',
      ],
    );
    expect(checked(...ITEM, 'lead,,doses; vials,,,', 'language,,es,,,', 'tour,,overview,,,')).toEqual([
      'op.csv: C6 (row 5, language): Invalid option: expected one of "en"|"fr"|"nl"|"de"',
    ]);
    expect(checked(...ITEM, 'lead,,doses; vials,,,', 'tour,,overview,,,', 'breakdown,,masks,,,')).toEqual([
      'op.csv: C6 (row 5, tour): unknown scene "overview" (scenes: none: declare "scenes" to name them)',
      'op.csv: C5 (row 4, lead): unknown item "vials" (declared items: doses)',
      'op.csv: C7 (row 6, breakdown): unknown item "masks" (declared items: doses, or "shipments")',
    ]);
    expect(checked('title,,Vaccines,,,')).toEqual([
      'op.csv: no "item" row: declare at least one item: what the operation ships',
    ]);
  });
});
