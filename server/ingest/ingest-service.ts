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
  | { ok: false; errors: ItemError[] };

const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/**
 * One batch from a live feed: checked whole against the plan and the log, committed to the log
 * in one transaction, and only then shown. Nothing of a refused batch is stored or shown.
 */
export class IngestService {
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
    const result = validateBatch(items, ctx);
    if (!result.ok) {
      const errors = lines
        ? result.errors.map((e) => ({ ...e, line: lines[e.index] as number }))
        : result.errors;
      return { ok: false, errors };
    }
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
    const events: EventReceipt[] = result.items.map((item) => {
      const seq = item.duplicate ? item.seq : (seqs.get(item.index) as number);
      const receipt: EventReceipt = { index: item.index, id: item.id, seq: seq || null };
      if (item.duplicate || !seq) receipt.duplicate = true;
      if (item.note) receipt.note = item.note;
      return receipt;
    });
    const duplicates = events.filter((e) => e.duplicate).length;
    return {
      ok: true,
      batch: applied.length ? (committed?.batch ?? null) : null,
      accepted: applied.length,
      duplicates,
      events,
    };
  }
}
