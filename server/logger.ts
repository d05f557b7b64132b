import type { FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';

/** Fastify's view of a pino logger: what routes, sockets and the cluster write to. */
export type Logger = FastifyBaseLogger;

/**
 * The server's log: JSON lines through pino (what Fastify logs with), one per event, with a level
 * and, for requests, Fastify's request id. Headers that carry a token are never written.
 * LOG_LEVEL sets the level (default info; "silent" for none).
 */
export function createLogger(level = process.env.LOG_LEVEL || 'info'): Logger {
  return pino({
    level,
    redact: {
      paths: ['req.headers.authorization', 'headers.authorization', 'auth.token', 'token'],
      remove: true,
    },
  });
}
