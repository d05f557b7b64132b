import type { FastifyInstance } from 'fastify';
import { scenarioNow } from '../../core/clock';
import { snapshotAt } from '../export/state-at';
import { type MomentSource, momentOf, type Query } from '../export/state-route';
import { toCsv } from './csv';
import { CSV_COLUMNS, csvRows } from './csv-rows';
import { shipmentsDocument } from './shipments-table';

/**
 * `GET /api/v1/shipments.json` and `.csv`: every shipment the screens show now, or at `?at=`,
 * with each fact's provenance: the figures behind the embed's "Get the data".
 */
export function registerDataRoute(app: FastifyInstance, source: MomentSource): void {
  const document = (query: Query) => {
    const { corridor, feed } = source;
    // Now: exactly what the screens hold; another time: what a screen holds then.
    if (query.at === undefined) {
      const at = scenarioNow(corridor.state.clock, Date.now());
      return shipmentsDocument(corridor.plan, corridor.state.statuses, at);
    }
    const moment = momentOf(source, query);
    if (typeof moment === 'string') return moment;
    const snapshot = snapshotAt(corridor.plan, feed, moment, corridor.tickMs);
    return shipmentsDocument(corridor.plan, snapshot.statuses, moment.at);
  };
  const name = (doc: { operation: { id: string }; at: string }, ext: string) =>
    `${doc.operation.id}-shipments-${doc.at.slice(0, 16).replace(':', '')}.${ext}`;

  app.get('/api/v1/shipments.json', async (request, reply) => {
    const doc = document(request.query as Query);
    if (typeof doc === 'string') return reply.code(400).send({ error: doc });
    return reply.header('content-disposition', `inline; filename="${name(doc, 'json')}"`).send(doc);
  });
  app.get('/api/v1/shipments.csv', async (request, reply) => {
    const doc = document(request.query as Query);
    if (typeof doc === 'string') return reply.code(400).type('text/plain').send(`${doc}\n`);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name(doc, 'csv')}"`)
      .send(toCsv(CSV_COLUMNS, csvRows(doc)));
  });
}
