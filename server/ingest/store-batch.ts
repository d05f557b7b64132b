import type { FastifyReply } from 'fastify';
import type { ItemError } from '../../core/ingest/errors';
import type { Metrics } from '../metrics';
import type { Ingest, IngestResult } from './ingest-service';

export function refuse(
  reply: FastifyReply,
  code: number,
  error: string,
  reason: string,
  errors?: ItemError[],
) {
  return reply.code(code).send(errors ? { error, reason, errors } : { error, reason });
}

/** Feed events by outcome: accepted, duplicate, or the reason refused. */
function count(metrics: Metrics, result: IngestResult) {
  if (result.ok) {
    metrics.ingested.inc({ outcome: 'accepted' }, result.accepted);
    metrics.ingested.inc({ outcome: 'duplicate' }, result.duplicates);
  } else if ('unavailable' in result) metrics.ingested.inc({ outcome: 'unavailable' });
  else for (const error of result.errors) metrics.ingested.inc({ outcome: `refused_${error.status}` });
}

export interface Batch {
  items: unknown[];
  lines?: number[];
  /** Says a refused item where the body has it (a CSV cell). */
  describe?: (error: ItemError) => ItemError;
}

/** Stores a batch through the ingest checks and answers with its receipt (`extra` added), or why not. */
export type StoreBatch = (reply: FastifyReply, batch: Batch, extra?: object) => Promise<FastifyReply>;

/** A batch checked, stored and shown, or refused whole; timed and counted in /metrics. */
export async function storeBatch(
  reply: FastifyReply,
  service: Ingest,
  metrics: Metrics,
  batch: Batch,
  extra: object = {},
): Promise<FastifyReply> {
  const stop = metrics.appendSeconds.startTimer();
  const result = await service.ingest(batch.items, batch.lines);
  stop();
  count(metrics, result);
  if (!result.ok && 'unavailable' in result) {
    reply.header('retry-after', '5');
    return refuse(reply, 503, 'unavailable', `${result.unavailable}; nothing was stored: send it again`);
  }
  if (!result.ok) {
    const reason = `${result.errors.length} of ${batch.items.length} events refused; nothing was stored`;
    return refuse(reply, 400, 'invalid_batch', reason, result.errors.map(batch.describe ?? ((e) => e)));
  }
  const { ok: _, ...receipt } = result;
  return reply
    .code(200)
    .send(
      receipt.accepted
        ? { ...receipt, ...extra }
        : { ...receipt, ...extra, reason: 'nothing new: every event was already stored' },
    );
}
