import { z } from 'zod';
import { awbSchema } from '../cargo/awb';
import { ITEMS, LANGUAGES } from './vocabulary';

export { ITEMS, type Item, LANGUAGES, type Language } from './vocabulary';

const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'expected an id of letters, digits, "_", "." or "-"');

const utcTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/,
    'expected a UTC time like "2020-03-13T20:00:00Z"',
  )
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date');

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'unknown IANA time zone');

const lon = z.number().min(-180, 'longitude must be ≥ -180').max(180, 'longitude must be ≤ 180');
const lat = z.number().min(-90, 'latitude must be ≥ -90').max(90, 'latitude must be ≤ 90');

export const provenanceSchema = z.union(
  [
    z.strictObject({ reported: z.array(id).min(1, 'name at least one source'), note: z.string().optional() }),
    z.strictObject({ illustrative: z.string().min(1, 'say why it is illustrative') }),
  ],
  { error: 'expected {"reported": [source ids]} or {"illustrative": "reason"}' },
);

const stamp = z.strictObject({ time: utcTime, provenance: provenanceSchema });

const localized = z.strictObject({
  en: z.string().min(1),
  fr: z.string().optional(),
  nl: z.string().optional(),
  de: z.string().optional(),
});

export const hubSchema = z.strictObject({
  id,
  name: z.string().min(1),
  names: localized.partial().optional(),
  kind: z.enum(['airport', 'rail-terminal', 'warehouse', 'city']),
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 country code like "BE"'),
  lon,
  lat,
  timeZone,
  /** "approximate" where the coordinates are not checked to within 1 km. */
  precision: z.enum(['exact', 'approximate']).default('exact'),
  provenance: provenanceSchema,
});

export const legSchema = z.strictObject({
  vehicle: id,
  label: z.string().min(1).optional(),
  mode: z.enum(['air', 'rail', 'road']),
  from: id,
  to: id,
  /** Intermediate points [lon, lat] the vehicle passes through; air legs without them fly the great circle. */
  via: z.array(z.tuple([lon, lat])).optional(),
  depart: stamp,
  arrive: stamp,
  provenance: provenanceSchema,
});

export const shipmentSchema = z.strictObject({
  id,
  awb: awbSchema.optional(),
  title: z.string().min(1),
  contents: z
    .array(
      z.strictObject({
        item: z.enum(ITEMS),
        /** null where the quantity is not known. */
        quantity: z.number().int('expected a whole number').nonnegative().nullable(),
        provenance: provenanceSchema,
      }),
    )
    .min(1, 'a shipment carries at least one item'),
  booked: stamp,
  legs: z.array(legSchema).min(1, 'a shipment needs at least one leg'),
  milestones: z
    .array(
      z.strictObject({
        status: z.enum(['customs_cleared', 'delivered']),
        hub: id,
        time: utcTime,
        provenance: provenanceSchema,
      }),
    )
    .default([]),
  provenance: provenanceSchema,
});

export const scenarioSchema = z.strictObject({
  format: z.literal('corridor-scenario/1', { error: 'expected "corridor-scenario/1"' }),
  id,
  title: localized,
  language: z.enum(LANGUAGES).default('en'),
  start: utcTime,
  end: utcTime,
  sources: z.record(
    id,
    z.strictObject({
      title: z.string().min(1),
      publisher: z.string().min(1),
      date: z.string(),
      url: z.string().optional(),
    }),
  ),
  hubs: z.array(hubSchema).min(2, 'a scenario needs at least two hubs'),
  shipments: z.array(shipmentSchema).min(1, 'a scenario needs at least one shipment'),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type HubSpec = z.infer<typeof hubSchema>;
export type LegSpec = z.infer<typeof legSchema>;
export type ShipmentSpec = z.infer<typeof shipmentSchema>;
