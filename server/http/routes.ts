import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { scenarioNow } from '../../core/clock';
import { DISPLAY_NAMESPACE } from '../../core/protocol';
import type { CorridorIo } from '../app';
import type { Corridor } from '../corridor';
import { registerPlanRoute } from './plan-route';
import type { ServedBuild } from './served-build';

export async function registerRoutes(
  app: FastifyInstance,
  corridor: Corridor,
  io: CorridorIo,
  clientDir: string,
  build: ServedBuild,
  /** What a cluster node adds: its name, whether Redis answers, how far it has folded, all screens. */
  more: () => Promise<Record<string, unknown>> = async () => ({}),
) {
  const startedAt = Date.now();
  app.get('/healthz', async () => ({
    status: 'ok',
    runId: corridor.runId,
    scenario: corridor.plan.id,
    seq: corridor.state.seq,
    scenarioTime: new Date(scenarioNow(corridor.state.clock, Date.now())).toISOString(),
    build: build.current(),
    displays: io.of(DISPLAY_NAMESPACE).sockets.size,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    ...(await more()),
  }));

  app.get('/api/v1/snapshot', async () => corridor.snapshot(true));
  registerPlanRoute(app, corridor);

  if (existsSync(join(clientDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: clientDir,
      wildcard: false,
      preCompressed: true,
      cacheControl: false,
      // Hashed bundles never change; the page itself must, after every deploy.
      setHeaders: (reply, path) =>
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    });
    // The presenter's page; the token is typed into it, never carried in its URL.
    app.get('/control', async (_request, reply) => reply.type('text/html').sendFile('control.html'));
  } else {
    app.get('/', async (_request, reply) =>
      reply
        .code(503)
        .type('text/plain')
        .send(`The display is not built (${clientDir} is missing): run npm run build.\n`),
    );
  }
}
