/**
 * Splits a tracker feed's text into features, each with where it is for error messages:
 * `features[2].geometry` in a collection, `line 3: geometry` in NDJSON.
 */
export type Located = { at: string; field: (path: string) => string; value: unknown };

export function describe(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) return 'nothing';
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const notJson = (error: unknown) => `not JSON (${(error as Error).message})`;

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
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch (error) {
    try {
      JSON.parse(lines[first] as string);
    } catch {
      return { ok: false, errors: [notJson(error)] };
    }
    return ndjson(lines);
  }
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
    try {
      located.push({ at, field: (path) => `${at}: ${path}`, value: JSON.parse(line) });
    } catch (error) {
      errors.push(`${at}: ${notJson(error)}`);
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, located };
}
