import type { Skipped } from './parse-result';

/** A JSON value as it appeared, cut short: an error line should not carry a whole aircraft. */
export function describe(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) return 'nothing';
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

export function expected(at: string, what: string, value: unknown): string {
  return value === undefined
    ? `${at}: missing (expected ${what})`
    : `${at}: expected ${what}, got ${describe(value)}`;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `not JSON (${(error as Error).message})` };
  }
}

/**
 * Reads every entry of a feed's list (`aircraft[3]`, `states[0]`): a position, a reason to pass it
 * over, or null where `read` pushed its errors.
 */
export function readEach<T extends object>(
  entries: readonly unknown[],
  list: string,
  read: (entry: unknown, at: string) => T | { reason: string } | null,
): { items: T[]; skipped: Skipped[] } {
  const items: T[] = [];
  const skipped: Skipped[] = [];
  entries.forEach((entry, index) => {
    const at = `${list}[${index}]`;
    const result = read(entry, at);
    if (result === null) return;
    if ('reason' in result) skipped.push({ at, reason: result.reason });
    else items.push(result);
  });
  return { items, skipped };
}
