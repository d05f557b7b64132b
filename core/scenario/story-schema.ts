import { z } from 'zod';
import { id, lat, localized, localizedPlural, lon } from './fields';
import { UNITS } from './vocabulary';

/** What an operation ships: named per language, counted in a unit, phrased after a number. */
export const itemSchema = z.strictObject({
  id,
  /** The panel's row: "Vaccine", "Flour". */
  name: localized,
  unit: z.enum(UNITS, { error: `expected one of ${UNITS.join(', ')}` }).default('pieces'),
  /** What follows a number in a sentence, per plural form: "500,000 doses of vaccine", "12 tonnes of flour". */
  count: localizedPlural,
  /** What a sentence says where the quantity is not reported: "other medical equipment". */
  unknown: localized.optional(),
});

const corner = z.tuple([lon, lat]);

export const PROJECTIONS = ['mercator', 'globe'] as const;

/** A named camera view: the area it must show, so that every layout frames it itself. */
export const sceneSchema = z.strictObject({
  id,
  name: localized,
  /** [[west, south], [east, north]] in degrees. */
  area: z.tuple([corner, corner]),
  /** Seconds this scene stays up in the kiosk tour. */
  seconds: z.number().min(2, 'at least 2 seconds').max(3600, 'at most 3600 seconds').optional(),
  /** "globe" draws the scene on a globe (an intercontinental route); absent, a flat map. */
  projection: z.enum(PROJECTIONS, { error: `expected one of ${PROJECTIONS.join(', ')}` }).optional(),
});

export const CUT_STATUSES = ['departed', 'arrived', 'customs_cleared', 'delivered'] as const;

/** What a kiosk cuts to when something happens: a landing at a hub, a delivery anywhere. */
export const cutSchema = z.strictObject({
  status: z.enum(CUT_STATUSES),
  /** Where it must happen; absent, anywhere. */
  hub: id.optional(),
  scene: id,
  seconds: z.number().min(2, 'at least 2 seconds').max(600, 'at most 600 seconds').default(12),
});

export const kioskSchema = z.strictObject({
  /** Scene ids in the order the tour shows them; absent, every scene in the file's order. */
  tour: z.array(id).min(1, 'name at least one scene').optional(),
  cuts: z.array(cutSchema).optional(),
});

export const kpisSchema = z.strictObject({
  title: localized.optional(),
  /** The items the panel leads with, in order. */
  lead: z.array(id).min(1, 'name at least one item').max(3, 'at most 3 items').optional(),
  /** What the per-destination bars count: an item id, or "shipments". */
  breakdown: id.optional(),
});

/** How the screen tells the operation: all optional, derived from the geography where absent. */
export const storyShape = {
  scenes: z.array(sceneSchema).min(1, 'name at least one scene, or leave "scenes" out').optional(),
  kiosk: kioskSchema.optional(),
  /** Hubs that matter most: labelled first, drawn larger. */
  emphasis: z.array(id).optional(),
  /** Hubs whose local time the header shows. */
  clocks: z.array(id).min(1, 'name at least one hub').max(4, 'at most 4 clocks').optional(),
  kpis: kpisSchema.optional(),
  footnote: localized.optional(),
  credits: localized.optional(),
};
