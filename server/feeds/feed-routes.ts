import type { FastifyInstance } from 'fastify';
import type { Plan } from '../../core/scenario/plan';
import type { Ingest } from '../ingest/ingest-service';
import type { StoreBatch } from '../ingest/store-batch';
import {
  POSITION_FORMATS,
  type PositionFormat,
  readPositions,
  readStatuses,
  STATUS_FORMATS,
  type StatusFormat,
} from './formats';
import { submitFixes } from './submit-fixes';

const FORMATS = [...POSITION_FORMATS, ...STATUS_FORMATS];
const isPosition = (format: string): format is PositionFormat =>
  (POSITION_FORMATS as readonly string[]).includes(format);
const isStatus = (format: string): format is StatusFormat =>
  (STATUS_FORMATS as readonly string[]).includes(format);

/**
 * `POST /api/v1/feeds/FORMAT`: a feed's message as it comes (an aircraft.json, OpenSky states,
 * GeoJSON points, a Cargo-IMP FSU, an XFSU), behind the ingest token. Positions: the fixes of the
 * operation's vehicles, bad ones dropped and said. Statuses: all stored or, where one is wrong,
 * none, like any batch.
 */
export function feedRoutes(ingest: Ingest, plan: () => Plan) {
  return (scope: FastifyInstance, store: StoreBatch) => {
    scope.post<{ Params: { format: string }; Querystring: Record<string, string | undefined> }>(
      '/api/v1/feeds/:format',
      async (request, reply) => {
        const { format } = request.params;
        const text = typeof request.body === 'string' ? request.body : '';
        const q = request.query;
        const feed = q.feed && /^[a-z0-9][a-z0-9_.-]{0,31}$/i.test(q.feed) ? q.feed : format;
        const now = Date.now();
        if (isStatus(format)) {
          const read = readStatuses(format, text, { feed, plan: plan(), now });
          if (!read.ok)
            return reply
              .code(400)
              .send({ error: 'invalid_message', reason: read.errors.join('; '), errors: read.errors });
          if (!read.items.length)
            return reply.code(400).send({ error: 'empty_message', reason: 'no status line in the message' });
          return store(reply, { items: read.items }, { skipped: read.skipped });
        }
        if (!isPosition(format))
          return reply.code(404).send({
            error: 'unknown_format',
            reason: `no feed format "${format}" (formats: ${FORMATS.join(', ')})`,
          });
        const mapping =
          q.vehicle && q.time
            ? {
                vehicle: q.vehicle,
                time: q.time,
                ...(q.speed && { speed: q.speed }),
                ...(q.heading && { heading: q.heading }),
              }
            : undefined;
        const maxAge = Number(q['max-age'] ?? 60);
        const read = readPositions(format, text, {
          feed,
          plan: plan(),
          now,
          maxAgeSeconds: Number.isFinite(maxAge) ? maxAge : 60,
          ...(mapping && { mapping }),
        });
        if (!read.ok)
          return reply
            .code(400)
            .send({ error: 'invalid_message', reason: read.errors.join('; '), errors: read.errors });
        try {
          const submitted = await submitFixes(ingest, read.fixes);
          return {
            accepted: submitted.accepted,
            duplicates: submitted.duplicates,
            dropped: submitted.dropped,
            unmatched: read.unmatched,
            skipped: read.skipped,
          };
        } catch (error) {
          reply.header('retry-after', '5');
          return reply
            .code(503)
            .send({ error: 'unavailable', reason: `${(error as Error).message}; send it again` });
        }
      },
    );
  };
}
