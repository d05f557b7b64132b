import { createHash } from 'node:crypto';
import type { IngestContext } from '../../core/ingest/context';
import type { ItemError } from '../../core/ingest/errors';
import type { LiveEvent } from '../../core/ingest/live-event';
import { validateBatch } from '../../core/ingest/validate-batch';
import type { Corridor } from '../corridor';
import type { ScenarioPlayer } from '../sources/scenario-player';
import type { SqliteEventStore } from '../store/sqlite-event-store';

export interface EventReceipt {
  index: number;
  id: string;
  /** Where it is in the log; null for a repeat of an earlier item of the same batch. */
  seq: number | null;
  duplicate?: true;
  note?: string;
}

export type IngestResult =
  | { ok: true; batch: number | null; accepted: number; duplicates: number; events: EventReceipt[] }
  | { ok: false; errors: ItemError[] }
  /** The log could not take the batch now (a cluster whose Redis is down): nothing was stored. */
  | { ok: false; unavailable: string };

/** Takes a feed's batch: checked, stored, then shown; or refused whole. */
export interface Ingest {
  ingest(items: readonly unknown[], lines?: readonly number[]): IngestResult | Promise<IngestResult>;
}

type Checked = Extract<ReturnType<typeof validateBatch>, { ok: true }>['items'];

/** A batch checked against the plan and the log, each item's id and seq, or why it was refused. */
export function checkBatch(
  items: readonly unknown[],
  lines: readonly number[] | undefined,
  ctx: IngestContext,
): { ok: true; items: Checked } | { ok: false; errors: ItemError[] } {
  const result = validateBatch(items, ctx);
  if (result.ok) return result;
  const errors = lines ? result.errors.map((e) => ({ ...e, line: lines[e.index] as number })) : result.errors;
  return { ok: false, errors };
}

/** What a feed is told about each item of its batch: where it is in the log, and whether it was new. */
export function receipts(
  items: Checked,
  seqs: ReadonlyMap<number, number>,
  batch: number | null,
): IngestResult {
  const events: EventReceipt[] = items.map((item) => {
    const seq = item.duplicate ? item.seq : (seqs.get(item.index) as number);
    const receipt: EventReceipt = { index: item.index, id: item.id, seq: seq || null };
    if (item.duplicate || !seq) receipt.duplicate = true;
    if (item.note) receipt.note = item.note;
    return receipt;
  });
  const duplicates = events.filter((e) => e.duplicate).length;
  const accepted = events.length - duplicates;
  return { ok: true, batch: accepted ? batch : null, accepted, duplicates, events };
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/**
 * One batch from a live feed: checked whole against the plan and the log, committed to the log
 * in one transaction, and only then shown. Nothing of a refused batch is stored or shown.
 */
export class IngestService implements Ingest {
  constructor(
    private readonly corridor: Corridor,
    private readonly store: SqliteEventStore,
    private readonly player: ScenarioPlayer,
    private readonly now: () => number = Date.now,
  ) {}

  ingest(items: readonly unknown[], lines?: readonly number[]): IngestResult {
    const ctx: IngestContext = {
      plan: this.corridor.plan,
      now: this.now(),
      fixesAround: (vehicle, time) => this.store.fixNeighbours(vehicle, time),
      seqOf: (id) => this.store.seqOf(id),
      digest,
    };
    const result = checkBatch(items, lines, ctx);
    if (!result.ok) return result;
    const fresh = result.items.flatMap((item) => (item.duplicate ? [] : [item]));
    const committed = fresh.length
      ? this.store.commit(
          fresh.map((item) => item.event),
          ctx.now,
        )
      : null;
    const seqs = new Map(fresh.map((item, i) => [item.index, committed?.seqs[i] ?? 0]));
    const applied: LiveEvent[] = fresh.flatMap((item) => (seqs.get(item.index) ? [item.event] : []));
    try {
      this.player.applyLive(applied);
    } catch (error) {
      // The batch is durable: a restart folds it in. Say so rather than refuse what is stored.
      console.error(`batch ${committed?.batch} is stored but could not be shown:`, error);
    }
    return receipts(result.items, seqs, committed?.batch ?? null);
  }
}
