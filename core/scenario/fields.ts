import { z } from 'zod';
import { LANGUAGES } from './vocabulary';

export const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'expected an id of letters, digits, "_", "." or "-"');

export const utcTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/,
    'expected a UTC time like "2020-03-13T20:00:00Z"',
  )
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date');

export const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'unknown IANA time zone');

export const lon = z.number().min(-180, 'longitude must be ≥ -180').max(180, 'longitude must be ≤ 180');
export const lat = z.number().min(-90, 'latitude must be ≥ -90').max(90, 'latitude must be ≤ 90');

export const provenanceSchema = z.union(
  [
    z.strictObject({ reported: z.array(id).min(1, 'name at least one source'), note: z.string().optional() }),
    z.strictObject({ illustrative: z.string().min(1, 'say why it is illustrative') }),
  ],
  { error: 'expected {"reported": [source ids]} or {"illustrative": "reason"}' },
);

export const stamp = z.strictObject({ time: utcTime, provenance: provenanceSchema });

const text = z.string().min(1, 'an empty text');

/** A text per language; English is required, the others fall back to it. */
export const localized = z.strictObject({
  en: text,
  fr: text.optional(),
  nl: text.optional(),
  de: text.optional(),
});

/** The CLDR plural categories a language may use; `other` is the one every language has. */
const pluralForms = z.strictObject({
  zero: text.optional(),
  one: text.optional(),
  two: text.optional(),
  few: text.optional(),
  many: text.optional(),
  other: text,
});

export const localizedPlural = z.strictObject({
  en: pluralForms,
  fr: pluralForms.optional(),
  nl: pluralForms.optional(),
  de: pluralForms.optional(),
});

/**
 * A place's name in one language, or the name with the phrases the sentences put it in where
 * the defaults do not fit: `{"name": "Aéroport de Genève", "from": "de l’aéroport de Genève",
 * "at": "à l’aéroport de Genève"}`.
 */
export const placeName = z.union([
  text,
  z.strictObject({ name: text, from: text.optional(), at: text.optional() }),
]);

export const placeNames = z.partialRecord(z.enum(LANGUAGES), placeName);
