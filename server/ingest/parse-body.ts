import type { ItemError } from '../../core/ingest/errors';

export type ParsedBody =
  | { ok: true; items: unknown[]; lines?: number[]; describe?: (error: ItemError) => ItemError }
  | { ok: false; reason: string; errors?: ItemError[] };

/** A JSON array of events. */
export function parseJsonBody(text: string): ParsedBody {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON: ${(error as Error).message}` };
  }
  if (!Array.isArray(value)) {
    return {
      ok: false,
      reason:
        'expected a JSON array of events (or one event per line with Content-Type: application/x-ndjson)',
    };
  }
  return { ok: true, items: value };
}

/** One event per line; blank lines are skipped, so each item remembers its line for the errors. */
export function parseNdjsonBody(text: string): ParsedBody {
  const items: unknown[] = [];
  const lines: number[] = [];
  const errors: ItemError[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    try {
      items.push(JSON.parse(line));
    } catch (error) {
      items.push(undefined);
      errors.push({
        index: items.length - 1,
        line: i + 1,
        path: `[${items.length - 1}]`,
        reason: `not valid JSON: ${(error as Error).message}`,
        status: 400,
      });
    }
    lines.push(i + 1);
  });
  if (errors.length)
    return { ok: false, reason: `${errors.length} line(s) are not JSON; nothing was stored`, errors };
  return { ok: true, items, lines };
}
