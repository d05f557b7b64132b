import { createHash } from 'node:crypto';
import type { IngestContext } from '../../core/ingest/context';
import type { Corridor } from '../corridor';
import { checkBatch, type Ingest, type IngestResult, receipts } from '../ingest/ingest-service';
import type { SqliteEventStore } from '../store/sqlite-event-store';
import type { ClusterNode } from './cluster-node';
import type { SharedLog } from './shared-log';

const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/**
 * A feed's batch on any node of a cluster: checked against the state this node folded, stored in
 * the shared log (acknowledged once Redis has it, on disk with `appendfsync always`), shown by
 * the node that plays. This node answers once it has folded the batch itself, so that the feed's
 * next batch is checked against it.
 */
export class ClusterIngest implements Ingest {
  constructor(
    private readonly corridor: Corridor,
    private readonly index: SqliteEventStore,
    private readonly log: SharedLog,
    private readonly node: ClusterNode,
    private readonly now: () => number = Date.now,
  ) {}

  async ingest(items: readonly unknown[], lines?: readonly number[]): Promise<IngestResult> {
    if (!this.node.current) return { ok: false, unavailable: 'the shared log (Redis) is not reachable' };
    const ctx: IngestContext = {
      plan: this.corridor.plan,
      now: this.now(),
      fixesAround: (vehicle, time) => this.index.fixNeighbours(vehicle, time),
      seqOf: (id) => this.index.seqOf(id),
      digest,
    };
    const result = checkBatch(items, lines, ctx);
    if (!result.ok) return result;
    const fresh = result.items.flatMap((item) => (item.duplicate ? [] : [item]));
    if (!fresh.length) return receipts(result.items, new Map(), null);
    let receipt: Awaited<ReturnType<SharedLog['appendLive']>>;
    try {
      receipt = await this.log.appendLive(
        fresh.map((item) => item.event),
        ctx.now,
      );
    } catch (error) {
      return {
        ok: false,
        unavailable: `the shared log (Redis) refused the batch: ${(error as Error).message}`,
      };
    }
    await this.node.folded(receipt.id, 5000);
    const seqs = new Map(
      fresh.map((item, i) => [item.index, receipt.duplicates[i] ? 0 : (receipt.seqs[i] ?? 0)]),
    );
    const first = receipt.seqs.find((_, i) => !receipt.duplicates[i]) ?? null;
    return receipts(result.items, seqs, first);
  }
}
