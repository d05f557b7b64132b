import type { FeedFix } from '../../core/feeds/feed-fixes';
import type { Ingest } from '../ingest/ingest-service';

export interface Submitted {
  accepted: number;
  duplicates: number;
  /** Fixes the ingest checks refused (too far from the leg, impossible speed, …), with why. */
  dropped: { id: string; vehicle: string; reason: string }[];
}

/**
 * A feed's fixes go through the same checks as any batch; where some are refused (a position
 * 500 km off its leg, an impossible jump), those are dropped and the rest stored, since one bad
 * aircraft must not cost the others their positions. Throws where the log cannot take them now.
 */
export async function submitFixes(ingest: Ingest, fixes: readonly FeedFix[]): Promise<Submitted> {
  const out: Submitted = { accepted: 0, duplicates: 0, dropped: [] };
  let batch = [...fixes];
  // Twice at most: a fix checked against a dropped neighbour can fail only on the first pass.
  for (let pass = 0; pass < 2 && batch.length; pass++) {
    const result = await ingest.ingest(batch);
    if (result.ok) {
      out.accepted += result.accepted;
      out.duplicates += result.duplicates;
      return out;
    }
    if ('unavailable' in result) throw new Error(result.unavailable);
    const refused = new Map(result.errors.map((error) => [error.index, error]));
    for (const [index, error] of refused) {
      const fix = batch[index] as FeedFix;
      const field = error.path.replace(/^\[\d+\]\.?/, '');
      out.dropped.push({
        id: fix.id,
        vehicle: fix.vehicle,
        reason: field ? `${field}: ${error.reason}` : error.reason,
      });
    }
    batch = batch.filter((_fix, index) => !refused.has(index));
  }
  for (const fix of batch) out.dropped.push({ id: fix.id, vehicle: fix.vehicle, reason: 'refused twice' });
  return out;
}

/** A dropped fix's reason as a counter's label. */
export function dropReason(reason: string): string {
  if (/ km from the path of /.test(reason)) return 'off_leg';
  if (/impossible for/.test(reason)) return 'impossible_speed';
  if (/ahead of|in the future/.test(reason)) return 'ahead_of_now';
  return 'refused';
}
