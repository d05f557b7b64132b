import { describe, expect, it } from 'vitest';
import { bundledPlan, testContext } from '../../test/helpers/ingest-context';
import { pointAlong } from '../geo/polyline';
import { legPath, planIndex } from './context';
import { validateBatch } from './validate-batch';

const plan = bundledPlan();
const flight = planIndex(plan).legs.get('CN-HGH-LGG-0313');
if (!flight) throw new Error('the bundled plan changed');
const along = (f: number) => pointAlong(legPath(flight), f);
const fix = (f: number, time: string, extra: object = {}) => ({
  kind: 'fix',
  vehicle: flight.id,
  time,
  lon: along(f).lon,
  lat: along(f).lat,
  ...extra,
});

const errorsOf = (items: unknown[], ctx = testContext().ctx) => {
  const result = validateBatch(items, ctx);
  return result.ok ? [] : result.errors;
};

describe('ingest batch validation', () => {
  it('places a fix along its leg and derives a stable id', () => {
    const { ctx } = testContext();
    const result = validateBatch([fix(0.4, '2020-03-13T12:00:00Z', { altitude: 10_600 })], ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [item] = result.items;
    expect(item).toMatchObject({ index: 0, duplicate: false, event: { kind: 'fix', altitude: 10_600 } });
    if (item?.duplicate !== false || item.event.kind !== 'fix') throw new Error('not a fix');
    expect(item.event.progress).toBeCloseTo(0.4, 3);
    expect(item.id).toMatch(/^h-[\w-]{22}$/);
    const again = validateBatch([fix(0.4, '2020-03-13T13:00:00+01:00', { altitude: 10_600 })], ctx);
    expect(again.ok && again.items[0]?.id).toBe(item.id);
  });

  it('names the path and reason of every malformed item, one entry per item', () => {
    expect(
      errorsOf([
        fix(0.1, '2020-03-13T10:00:00Z'),
        { ...fix(0.1, '2020-03-13T10:00:00Z'), lat: 91, lon: 'east' },
        { kind: 'position' },
        [1, 2],
        { ...fix(0.1, '2020-02-30T10:00:00Z'), latitude: 3 },
      ]),
    ).toEqual([
      {
        index: 1,
        path: '[1].lon',
        reason: 'Invalid input: expected number, received string',
        status: 400,
        more: [{ path: '[1].lat', reason: 'latitude must be ≤ 90' }],
      },
      {
        index: 2,
        path: '[2].kind',
        reason: 'expected "fix", "status" or "shipment", got "position"',
        status: 400,
      },
      { index: 3, path: '[3]', reason: 'expected an object', status: 400 },
      {
        index: 4,
        path: '[4].time',
        reason: '"2020-02-30T10:00:00Z" is not a real time',
        status: 400,
        more: [{ path: '[4]', reason: 'Unrecognized key: "latitude"' }],
      },
    ]);
  });

  it('refuses unknown vehicles, fixes far from the leg, in the future or impossibly fast', () => {
    const { ctx, store } = testContext();
    store(flight.id, { time: Date.parse('2020-03-13T10:00:00Z'), progress: 0.2 });
    const errors = errorsOf(
      [
        { ...fix(0.3, '2020-03-13T12:00:00Z'), vehicle: 'NOPE' },
        { ...fix(0.3, '2020-03-13T12:00:00Z'), lon: 80, lat: -10 },
        fix(0.3, '2020-03-20T01:00:00Z'),
        fix(0.9, '2020-03-13T10:30:00Z'),
      ],
      ctx,
    );
    expect(errors.map((e) => [e.path, e.status])).toEqual([
      ['[0].vehicle', 404],
      ['[1]', 422],
      ['[2].time', 422],
      ['[3].time', 422],
    ]);
    expect(errors[1]?.reason).toMatch(
      /^80, -10 is [\d,]+ km from the path of CN-HGH-LGG-0313 \(HGH → LGG; at most 300 km for air\)$/,
    );
    expect(errors[2]?.reason).toBe(
      '2020-03-20T01:00:00Z is 60 minutes ahead of the server clock (at most 10 minutes)',
    );
    expect(errors[3]?.reason).toMatch(
      /^[\d,]+ km\/h from the fix at 2020-03-13T10:00:00Z: impossible for air \(at most 1300 km\/h\)$/,
    );
  });

  it('checks fixes against earlier ones in the same batch, and keeps late ones with a note', () => {
    const { ctx, store } = testContext();
    expect(errorsOf([fix(0.2, '2020-03-13T10:00:00Z'), fix(0.9, '2020-03-13T10:30:00Z')], ctx)).toHaveLength(
      1,
    );
    store(flight.id, { time: Date.parse('2020-03-13T12:00:00Z'), progress: 0.4 });
    const result = validateBatch([fix(0.35, '2020-03-13T11:30:00Z')], ctx);
    expect(result.ok && result.items[0]?.note).toBe(
      'older than the fix at 2020-03-13T12:00:00Z: kept in the log, never moves the vehicle back',
    );
  });

  it('resolves statuses by shipment id or air waybill and maps their codes', () => {
    const { ctx } = testContext();
    const upsert = {
      kind: 'shipment',
      shipment: 'S9',
      awb: '176-12345675',
      title: 'Gloves',
      contents: [{ item: 'protective_equipment', quantity: 1000 }],
      legs: [
        {
          vehicle: 'LGG-CDG-0319',
          mode: 'road',
          from: 'LGG',
          to: 'CDG',
          depart: '2020-03-19T06:00:00Z',
          arrive: '2020-03-19T11:00:00Z',
        },
      ],
    };
    const result = validateBatch(
      [
        upsert,
        {
          kind: 'status',
          awb: '17612345675',
          code: 'departed_terminal',
          hub: 'LGG',
          time: '2020-03-19T06:10:00Z',
        },
        { kind: 'status', shipment: 'S1-IT', code: 'rcf', hub: 'LGG', time: '2020-03-13T21:00:00Z' },
        { kind: 'status', shipment: 'S1-IT', code: 'DIS', time: '2020-03-13T21:30:00Z' },
      ],
      ctx,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.items.map((i) => !i.duplicate && i.event)).toMatchObject([
      { kind: 'shipment', event: { shipment: { id: 'S9', awb: '176-12345675' } } },
      { kind: 'status', shipment: 'S9', code: 'departed_terminal', status: 'departed', hub: 'LGG', leg: 0 },
      { kind: 'status', shipment: 'S1-IT', code: 'RCF', status: 'arrived', leg: 0 },
      { kind: 'status', code: 'DIS', status: null, hub: null, leg: -1 },
    ]);
    expect(result.items[3]?.note).toBe(
      'DIS (Discrepancy (missing, damaged or extra pieces)) is kept in the log; it does not change the status shown',
    );
  });

  it('refuses unknown shipments, codes and hubs off the route', () => {
    const errors = errorsOf([
      { kind: 'status', shipment: 'S99', code: 'DEP', hub: 'HGH', time: '2020-03-13T07:00:00Z' },
      { kind: 'status', awb: '176-12345675', code: 'DEP', hub: 'HGH', time: '2020-03-13T07:00:00Z' },
      { kind: 'status', shipment: 'S1-IT', code: 'LOST', hub: 'HGH', time: '2020-03-13T07:00:00Z' },
      { kind: 'status', shipment: 'S1-IT', code: 'DEP', hub: 'CDG', time: '2020-03-13T07:00:00Z' },
      {
        kind: 'status',
        shipment: 'S1-IT',
        awb: '176-12345675',
        code: 'DEP',
        hub: 'HGH',
        time: '2020-03-13T07:00:00Z',
      },
    ]);
    expect(errors.map((e) => `${e.path} ${e.status} ${e.reason}`)).toEqual([
      '[0].shipment 404 no shipment "S99"',
      '[1].awb 404 no shipment with air waybill 176-12345675',
      expect.stringMatching(
        /^\[2\]\.code 400 unknown status code "LOST": use BKD, RCS, .*, DLV, DDL, DIS, or departed_terminal, border_crossing, gauge_change, arrived_terminal$/,
      ),
      '[3].hub 422 "CDG" is not on the route of S1-IT (HGH → LGG → MXP)',
      '[4].awb 400 give the shipment id or its awb, not both',
    ]);
  });

  it('checks a shipment like a scenario one and refuses a vehicle with two schedules', () => {
    const leg = {
      vehicle: 'X1',
      mode: 'air',
      from: 'LGG',
      to: 'MXP',
      depart: '2020-03-19T06:00:00Z',
      arrive: '2020-03-19T05:00:00Z',
    };
    const base = { kind: 'shipment', shipment: 'S9', title: 'T', contents: [{ item: 'masks' }] };
    const errors = errorsOf([
      {
        ...base,
        legs: [
          leg,
          { ...leg, from: 'MAD', to: 'QQQ', depart: '2020-03-19T08:00:00Z', arrive: '2020-03-19T09:00:00Z' },
        ],
      },
      { ...base, legs: [{ ...leg, vehicle: 'CN-HGH-LGG-0313', arrive: '2020-03-19T09:00:00Z' }] },
    ]);
    expect(
      errors.map((e) => [e.path, e.reason, ...(e.more ?? []).map((m) => `${m.path}: ${m.reason}`)]),
    ).toEqual([
      [
        '[0].legs[0].arrive.time',
        'not after departure (2020-03-19T06:00:00Z)',
        '[0].legs[1].to: unknown hub "QQQ"',
        '[0].legs[1].from: "MAD" but the previous leg ends at "MXP"',
        '[0].legs[1].vehicle: "X1" runs air MAD→QQQ 2020-03-19T08:00:00Z–2020-03-19T09:00:00Z here but air LGG→MXP 2020-03-19T06:00:00Z–2020-03-19T05:00:00Z in legs[0]',
      ],
      [
        '[1].legs[0].vehicle',
        expect.stringMatching(
          /^"CN-HGH-LGG-0313" runs air HGH→LGG .* for S1-IT: one vehicle, one route and schedule$/,
        ),
      ],
    ]);
  });

  it('recognizes ids already stored and repeated in the batch', () => {
    const { ctx, ids } = testContext();
    ids.set('seen', 7);
    const a = fix(0.2, '2020-03-13T10:00:00Z', { id: 'seen' });
    const b = fix(0.3, '2020-03-13T11:00:00Z', { id: 'b' });
    const result = validateBatch([a, b, b], ctx);
    expect(result.ok && result.items.map((i) => [i.id, i.duplicate, i.duplicate && i.seq])).toEqual([
      ['seen', true, 7],
      ['b', false, false],
      ['b', true, null],
    ]);
    expect(errorsOf([b, { ...b, lon: b.lon + 0.01 }], ctx)).toMatchObject([
      { index: 1, path: '[1].id', status: 409, reason: '"b" is also the id of item 0, with other content' },
    ]);
  });
});
