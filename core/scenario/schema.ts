import { z } from 'zod';
import { awbSchema } from '../cargo/awb';
import { id, lat, localized, lon, placeNames, provenanceSchema, stamp, timeZone, utcTime } from './fields';
import { itemSchema, storyShape } from './story-schema';
import { LANGUAGES, SCENARIO_FORMAT } from './vocabulary';

export { provenanceSchema } from './fields';
export { LANGUAGES, type Language, SCENARIO_FORMAT, UNITS, type Unit } from './vocabulary';

export const hubSchema = z.strictObject({
  id,
  name: z.string().min(1),
  names: placeNames.optional(),
  kind: z.enum(['airport', 'rail-terminal', 'warehouse', 'city']),
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 country code like "BE"'),
  lon,
  lat,
  timeZone,
  /** "approximate" where the coordinates are not checked to within 1 km. */
  precision: z.enum(['exact', 'approximate']).default('exact'),
  provenance: provenanceSchema,
});

/**
 * How live feeds recognise the vehicle of a leg: an aircraft by the callsign it transmits and/or
 * its ICAO 24-bit address (ADS-B), a truck or train by its tracker's id (GPS feeds).
 */
export const trackingSchema = z
  .strictObject({
    callsign: z
      .string()
      .transform((text) => text.replace(/\s+/g, '').toUpperCase())
      .pipe(
        z
          .string()
          .regex(
            /^[A-Z0-9]{2,8}$/,
            'expected the 2–8 letters and digits an aircraft transmits, like "CLU371"',
          ),
      )
      .optional(),
    icao24: z
      .string()
      .transform((text) => text.trim().toLowerCase())
      .pipe(
        z
          .string()
          .regex(/^[0-9a-f]{6}$/, 'expected the aircraft\'s ICAO 24-bit address, 6 hex digits like "4ca7b3"'),
      )
      .optional(),
    tracker: z.string().min(1).max(100).optional(),
  })
  .refine((t) => t.callsign || t.icao24 || t.tracker, 'give a callsign, an icao24 or a tracker');

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
  tracking: trackingSchema.optional(),
});

export const shipmentSchema = z.strictObject({
  id,
  awb: awbSchema.optional(),
  title: z.string().min(1),
  contents: z
    .array(
      z.strictObject({
        /** One of the scenario's `items`. */
        item: id,
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

export const sourceSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z.string(),
  url: z.string().optional(),
});

export const scenarioSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT, { error: `expected "${SCENARIO_FORMAT}"` }),
  id,
  title: localized,
  language: z.enum(LANGUAGES).default('en'),
  start: utcTime,
  end: utcTime,
  sources: z.record(id, sourceSchema).default({}),
  items: z.array(itemSchema).min(1, 'declare at least one item: what the operation ships'),
  ...storyShape,
  hubs: z.array(hubSchema).min(2, 'a scenario needs at least two hubs'),
  shipments: z.array(shipmentSchema).min(1, 'a scenario needs at least one shipment'),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type HubSpec = z.infer<typeof hubSchema>;
export type LegSpec = z.infer<typeof legSchema>;
export type ShipmentSpec = z.infer<typeof shipmentSchema>;
export type ItemSpec = z.infer<typeof itemSchema>;

/**
 * What an operation says about itself without hubs or shipments (live mode with `--operation`):
 * its items, and optionally its name, language, sources and story.
 */
export const operationSchema = z.strictObject({
  format: scenarioSchema.shape.format,
  id: id.optional(),
  title: localized.optional(),
  language: z.enum(LANGUAGES).optional(),
  sources: z.record(id, sourceSchema).optional(),
  items: scenarioSchema.shape.items,
  ...storyShape,
});

export type OperationFile = z.infer<typeof operationSchema>;
