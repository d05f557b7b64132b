import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { SignInGuard } from '../auth/sign-in-guard';
import { checkBearer } from '../auth/token';
import type { Metrics } from '../metrics';
import type { Ingest } from './ingest-service';
import { type ParsedBody, parseJsonBody, parseNdjsonBody } from './parse-body';
import { refuse, type StoreBatch, storeBatch } from './store-batch';

export interface IngestRouteOptions {
  token: string;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Most events in one batch. */
  maxEvents: number;
  /** A shipment sheet (CSV) as events; absent where CSV is not accepted. */
  parseCsv?: (text: string) => ParsedBody;
  /** Wrong tokens per address before it is locked out for a while. */
  guard: SignInGuard;
  /** Requests per address and minute (@fastify/rate-limit), right token or not. */
  perMinute: number;
  metrics: Metrics;
  /** More routes behind the same token, rate and body limits: the feeds' formats. */
  more?: (scope: FastifyInstance, store: StoreBatch) => void;
}

const TYPES =
  'application/json (an array of events), application/x-ndjson (one event per line) or text/csv (a shipment sheet)';

/**
 * `POST /api/v1/events`: the token is checked before the body is read, the size while it is
 * read, then the whole batch is checked, stored and shown, or refused whole.
 */
export async function registerIngestRoute(
  app: FastifyInstance,
  service: Ingest,
  options: IngestRouteOptions,
) {
  const { guard, metrics } = options;
  await app.register(async (scope) => {
    // Answers 429 with Retry-After past the rate; before the token is even looked at.
    await scope.register(rateLimit, {
      max: options.perMinute,
      timeWindow: 60_000,
      onExceeded: () => metrics.refusals.inc({ reason: 'ingest_rate' }),
    });
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      [
        'application/json',
        'application/x-ndjson',
        'text/csv',
        // The feeds' own formats (server/feeds/feed-routes.ts).
        'text/plain',
        'application/xml',
        'text/xml',
        'application/geo+json',
      ],
      { parseAs: 'string', bodyLimit: options.maxBytes },
      (_request, body, done) => done(null, body),
    );
    scope.addHook('onRequest', async (request, reply) => {
      const wait = await guard.lockedFor(request.ip);
      if (wait) {
        metrics.refusals.inc({ reason: 'sign_in_locked' });
        reply.header('retry-after', String(wait));
        return refuse(
          reply,
          429,
          'too_many_wrong_tokens',
          `too many wrong tokens from ${request.ip}: try again in ${wait} s`,
        );
      }
      const check = checkBearer(request.headers.authorization, options.token);
      if (!check.ok) {
        await guard.failed(request.ip);
        metrics.refusals.inc({ reason: 'ingest_token' });
        reply.header('www-authenticate', 'Bearer realm="corridor ingest"');
        return refuse(reply, 401, 'unauthorized', check.reason);
      }
    });
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return refuse(
          reply,
          413,
          'payload_too_large',
          `the body is over ${options.maxBytes} bytes: send smaller batches`,
        );
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        const type = request.headers['content-type'];
        return refuse(
          reply,
          415,
          'unsupported_media_type',
          `${type ? `Content-Type "${type}"` : 'a body without a Content-Type'} is not accepted: send ${TYPES}`,
        );
      }
      if ((error.statusCode ?? 500) < 500)
        return refuse(reply, error.statusCode as number, 'bad_request', error.message);
      request.log.error({ err: error }, 'ingest failed');
      return refuse(
        reply,
        500,
        'storage_failed',
        'the batch could not be stored; nothing of it was kept or shown: retry it',
      );
    });

    options.more?.(scope, (reply, batch, extra) => storeBatch(reply, service, metrics, batch, extra));
    scope.post('/api/v1/events', { bodyLimit: options.maxBytes }, async (request, reply) => {
      const text = typeof request.body === 'string' ? request.body : '';
      const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      // The feeds' formats are read on their own paths only.
      if (!['application/json', 'application/x-ndjson', 'text/csv'].includes(type ?? ''))
        return refuse(
          reply,
          415,
          'unsupported_media_type',
          `Content-Type "${type}" is not accepted: send ${TYPES}`,
        );
      const parsed =
        type === 'application/x-ndjson'
          ? parseNdjsonBody(text)
          : type === 'text/csv' && options.parseCsv
            ? options.parseCsv(text)
            : type === 'text/csv'
              ? null
              : parseJsonBody(text);
      if (!parsed)
        return refuse(reply, 415, 'unsupported_media_type', `text/csv is not accepted here: send ${TYPES}`);
      if (!parsed.ok) return refuse(reply, 400, 'invalid_body', parsed.reason, parsed.errors);
      if (!parsed.items.length) return refuse(reply, 400, 'empty_batch', 'no events in the body');
      if (parsed.items.length > options.maxEvents) {
        return refuse(
          reply,
          413,
          'too_many_events',
          `${parsed.items.length} events in one batch; at most ${options.maxEvents}: split it`,
        );
      }
      return storeBatch(reply, service, metrics, parsed);
    });
  });
}
