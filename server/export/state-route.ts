import type { FastifyInstance } from 'fastify';
import { scenarioNow } from '../../core/clock';
import type { Corridor } from '../corridor';
import type { LiveFeed } from '../sources/live-feed';
import { type Moment, momentProblem, parseTime, snapshotAt } from './state-at';

export interface MomentSource {
  corridor: Corridor;
  feed: LiveFeed;
  live: boolean;
}

export type Query = Record<string, string | undefined>;

/**
 * The moment a request asks for: `at` (default: the screens' time now), `rate` (default: the
 * clock's), `presenter=live` for the presenter's choices now. A string where it cannot be taken.
 */
export function momentOf(source: MomentSource, query: Query, now = Date.now()): Moment | string {
  const { clock, presenter } = source.corridor.state;
  const at = query.at === undefined ? scenarioNow(clock, now) : parseTime(query.at);
  const problem = momentProblem(source.corridor.plan, at, source.live, now);
  if (problem) return problem;
  const rate = query.rate === undefined ? clock.rate : Number(query.rate);
  if (!Number.isFinite(rate) || rate <= 0) return `rate: expected a positive number, got "${query.rate}"`;
  return {
    at,
    rate,
    paused: query.rate === undefined && clock.paused,
    ...(query.presenter === 'live' ? { presenter } : {}),
  };
}

/**
 * `GET /api/v1/state?at=T`: the snapshot a screen would hold at scenario time T, for pages that
 * draw a given time instead of following the clock (exports). `plan=VERSION` leaves out a plan
 * the page already has, as the socket's handshake does.
 */
export function registerStateRoute(app: FastifyInstance, source: MomentSource): void {
  app.get('/api/v1/state', async (request, reply) => {
    const query = request.query as Query;
    const moment = momentOf(source, query);
    if (typeof moment === 'string') return reply.code(400).send({ error: moment });
    const { corridor, feed } = source;
    const snapshot = snapshotAt(corridor.plan, feed, moment, corridor.tickMs);
    return {
      ...snapshot,
      plan: query.plan === corridor.planVersion ? null : snapshot.plan,
      planVersion: corridor.planVersion,
    };
  });
}
