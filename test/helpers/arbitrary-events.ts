import fc from 'fast-check';
import { CARGO_STATUSES } from '../../core/cargo/status-codes';
import { pointAlong } from '../../core/geo/polyline';
import { legPath } from '../../core/ingest/context';
import type { Plan } from '../../core/scenario';

const MINUTE = 60_000;

/** Times around the plan, now and then malformed or far ahead of `now`. */
function time(plan: Plan, now: number): fc.Arbitrary<unknown> {
  const within = fc
    .integer({ min: Math.floor((plan.start - 86_400_000) / MINUTE), max: Math.floor(plan.end / MINUTE) })
    .map((m) => new Date(m * MINUTE).toISOString());
  return fc.oneof(
    { weight: 8, arbitrary: within },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        new Date(now + 86_400_000).toISOString(),
        '2020-02-30T10:00:00Z',
        'yesterday',
        1584100000000,
      ),
    },
  );
}

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });
/** Mostly the good values, now and then one of the bad ones. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: bad });
/** Now and then: undefined four times in five. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
const id = sometimes(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'fsu-1'));

/** Where to look: a few vehicles and shipments, so that a run sends several events about each. */
export interface Focus {
  vehicles?: string[];
  shipments?: string[];
}

/** A fix near where the schedule has the vehicle, in time order or not, now and then far off. */
function fix(plan: Plan, now: number, focus: Focus) {
  const legs = focus.vehicles ?? plan.legs.map((leg) => leg.id);
  return fc
    .record({
      vehicle: mostly(fc.constantFrom(...legs), fc.constantFrom('NOPE', 'NV1')),
      permille: fc.integer({ min: -100, max: 1100 }),
      drift: mostly(
        fc.double({ min: -0.02, max: 0.02, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
      ),
      offKm: mostly(
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 800, noNaN: true }),
      ),
      late: fc.oneof(
        { weight: 15, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
      altitude: maybe(mostly(fc.integer({ min: 0, max: 12_000 }), fc.constantFrom(Number.NaN, -600, 26_000))),
      heading: maybe(mostly(fc.double({ min: 0, max: 360, noNaN: true }), fc.constantFrom(-1, 400))),
      id,
    })
    .map(({ vehicle, permille, drift, offKm, late, altitude, heading, id }) => {
      const at = permille / 1000;
      const leg = plan.legs.find((l) => l.id === vehicle) ?? plan.legs[0];
      if (!leg) return { kind: 'fix', vehicle };
      const minute = Math.round((leg.depart + at * (leg.arrive - leg.depart)) / MINUTE);
      const point = pointAlong(legPath(leg), Math.min(1, Math.max(0, at + drift)));
      const lat = Math.max(-90, Math.min(90, point.lat + offKm / 111));
      const lon = point.lon > 180 ? point.lon - 360 : point.lon < -180 ? point.lon + 360 : point.lon;
      const time = late ? new Date(now + 86_400_000).toISOString() : new Date(minute * MINUTE).toISOString();
      return { kind: 'fix', vehicle, time, lon, lat, altitude, heading, id };
    });
}

/** A status of a shipment at a hub of its route, around the time of one of its planned steps. */
function status(plan: Plan, now: number, focus: Focus) {
  const shipments = plan.shipments.filter((s) => !focus.shipments || focus.shipments.includes(s.id));
  const whose = mostly<object>(
    fc.oneof(
      {
        weight: 5,
        arbitrary: fc.constantFrom(...shipments.map((s) => s.id)).map((shipment) => ({ shipment })),
      },
      { weight: 1, arbitrary: fc.constant({ awb: '176-12345675' }) },
    ),
    fc.constantFrom(
      {},
      { shipment: 'S99' },
      { awb: '176-12345670' },
      { shipment: shipments[0]?.id, awb: '176-12345675' },
    ),
  );
  return fc
    .record(
      {
        whose,
        code: mostly(
          fc.constantFrom(...CARGO_STATUSES.map((s) => s.code), 'rcf'),
          fc.constantFrom('XYZ', ''),
        ),
        step: fc.nat(),
        hours: fc.integer({ min: -6, max: 6 }),
        hub: fc.option(mostly<true | string>(fc.constant(true), fc.constant('ZZZ')), {
          nil: undefined,
          freq: 6,
        }),
        time: fc.option(time(plan, now), { nil: undefined, freq: 4 }),
        id,
      },
      { requiredKeys: ['whose', 'code', 'step', 'hours'] },
    )
    .map(({ whose, step, hours, hub, time, ...rest }) => {
      const named =
        plan.shipments.find((s) => s.id === (whose as { shipment?: string }).shipment) ?? shipments[0];
      const milestone = named?.milestones[step % (named?.milestones.length || 1)];
      const at = time ?? new Date((milestone?.time ?? plan.start) + hours * 3_600_000).toISOString();
      const where = hub === true ? milestone?.hub : hub;
      return { kind: 'status', ...whose, ...rest, ...(where === undefined ? {} : { hub: where }), time: at };
    });
}

function shipment(plan: Plan) {
  const hubs = plan.hubs.map((h) => h.id);
  const minute = fc.integer({ min: Math.floor(plan.start / MINUTE), max: Math.floor(plan.end / MINUTE) });
  const leg = fc
    .record({
      vehicle: fc.constantFrom('NV1', 'NV2', 'NV3', plan.legs[0]?.id ?? 'NV4'),
      mode: mostly(fc.constantFrom('air', 'rail', 'road'), fc.constant('boat')),
      to: mostly(fc.constantFrom(...hubs), fc.constant('ZZZ')),
      depart: minute,
      hours: mostly(fc.integer({ min: 1, max: 20 }), fc.integer({ min: -5, max: 0 })),
    })
    .map(({ depart, hours, ...rest }) => ({
      ...rest,
      depart: new Date(depart * MINUTE).toISOString(),
      arrive: new Date((depart + hours * 60) * MINUTE).toISOString(),
    }));
  return fc
    .record(
      {
        shipment: fc.constantFrom('N1', 'N2', plan.shipments[0]?.id ?? 'N3'),
        awb: maybe(mostly(fc.constant('176-12345675'), fc.constant('020-00000000'))),
        title: mostly(fc.constant('Masks'), fc.constant('')),
        contents: mostly<object[]>(
          fc.constant([{ item: 'masks', quantity: 1000 }]),
          fc.constant([{ item: 'gold' }]),
        ),
        from: fc.constantFrom(...hubs),
        legs: fc.array(leg, { minLength: 1, maxLength: 2 }),
        id,
      },
      { requiredKeys: ['shipment', 'title', 'contents', 'from', 'legs'] },
    )
    .map(({ from, legs, ...rest }) => {
      // Chain the legs, as a forwarder would, so that some of them connect.
      let at = from;
      const chained = legs.map((l) => {
        const hop = { ...l, from: at };
        at = l.to;
        return hop;
      });
      return { kind: 'shipment', ...rest, legs: chained };
    });
}

/** One event a feed might send: mostly plausible, some broken on purpose, some anything at all. */
export function arbitraryItem(plan: Plan, now: number, focus: Focus = {}): fc.Arbitrary<unknown> {
  const plausible = fc.oneof(
    { weight: 5, arbitrary: fix(plan, now, focus) },
    { weight: 3, arbitrary: status(plan, now, focus) },
    { weight: 1, arbitrary: shipment(plan) },
  );
  const broken = fc
    .tuple(
      plausible,
      fc.constantFrom('kind', 'time', 'lon', 'shipment', 'legs', 'code', 'extra'),
      fc.jsonValue(),
    )
    .map(([item, key, value]) => ({ ...(item as object), [key]: value }));
  return fc.oneof(
    { weight: 16, arbitrary: plausible },
    { weight: 2, arbitrary: broken },
    { weight: 1, arbitrary: fc.jsonValue() },
  );
}

export function arbitraryBatch(
  plan: Plan,
  now: number,
  focus: Focus = {},
  maxLength = 5,
): fc.Arbitrary<unknown[]> {
  return fc.array(arbitraryItem(plan, now, focus), { minLength: 1, maxLength });
}
