import { describe, isRecord, parseJson } from '../json-value';

/**
 * Splits a tracker feed's text into features, each with where it is for error messages:
 * `features[2].geometry` in a collection, `line 3: geometry` in NDJSON.
 */
export type Located = { at: string; field: (path: string) => string; value: unknown };

/**
 * The features of a GeoJSON FeatureCollection (`features[2]`) or of NDJSON, one Feature a line
 * (`line 3`, blank lines allowed). The text is NDJSON when its first non-blank line is JSON on
 * its own; a pretty-printed collection's first line, `{`, never is, so a syntax error in one is
 * reported once for the document rather than once for every line.
 */
export function readFeatures(
  text: string,
): { ok: true; located: Located[] } | { ok: false; errors: string[] } {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1) return { ok: false, errors: ['empty: expected a GeoJSON FeatureCollection or NDJSON'] };
  const parsed = parseJson(text);
  if (!parsed.ok)
    return parseJson(lines[first] as string).ok ? ndjson(lines) : { ok: false, errors: [parsed.error] };
  const whole = parsed.value;
  if (isRecord(whole) && whole.type === 'FeatureCollection') {
    if (!Array.isArray(whole.features))
      return { ok: false, errors: [`features: expected an array, got ${describe(whole.features)}`] };
    return {
      ok: true,
      located: whole.features.map((value: unknown, i) => ({
        at: `features[${i}]`,
        field: (path) => `features[${i}].${path}`,
        value,
      })),
    };
  }
  // One Feature alone, on one line or pretty-printed, is NDJSON of one feature.
  const at = `line ${first + 1}`;
  return { ok: true, located: [{ at, field: (path) => `${at}: ${path}`, value: whole }] };
}

function ndjson(lines: string[]): { ok: true; located: Located[] } | { ok: false; errors: string[] } {
  const located: Located[] = [];
  const errors: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const at = `line ${i + 1}`;
    const one = parseJson(line);
    if (one.ok) located.push({ at, field: (path) => `${at}: ${path}`, value: one.value });
    else errors.push(`${at}: ${one.error}`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, located };
}
