import { createReadStream } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { scenarioNow } from '../../core/clock';
import { sameToken } from '../auth/token';
import type { Corridor } from '../corridor';
import { exportCommand, exportPlan, requestSchema } from './job-request';
import { ExportJobs } from './jobs';

/** Where this server's own Chromium finds the display: a wildcard address is reached on loopback. */
function ownUrl(app: FastifyInstance): string {
  const { address, family, port } = app.server.address() as AddressInfo;
  const wildcard = address === '0.0.0.0' || address === '::';
  const host = wildcard ? '127.0.0.1' : family === 'IPv6' ? `[${address}]` : address;
  return `http://${host}:${port}`;
}

/**
 * `POST /api/v1/exports` (the control token as bearer): renders a still of what the screens show
 * now, or a clip of the last `minutes` of scenario time; `GET /api/v1/exports/:id` tells its
 * progress, `GET /api/v1/exports/:id/file` sends it. Where this machine cannot render, the answer
 * (503) gives the command that does it elsewhere.
 */
export function registerExportJobs(app: FastifyInstance, corridor: Corridor, token: string): void {
  const jobs = new ExportJobs();
  app.addHook('onClose', async () => jobs.close());
  const signedIn = (request: FastifyRequest, reply: FastifyReply) => {
    const match = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? '');
    if (match?.[1] && sameToken(match[1], token)) return true;
    reply.code(401).send({ error: 'expected Authorization: Bearer <control token>' });
    return false;
  };

  app.post('/api/v1/exports', async (request, reply) => {
    if (!signedIn(request, reply)) return reply;
    const parsed = requestSchema.safeParse(request.body);
    if (!parsed.success)
      return reply
        .code(400)
        .send({ error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    const { args, file } = exportPlan(
      parsed.data,
      corridor.plan,
      scenarioNow(corridor.state.clock, Date.now()),
    );
    const missing = ExportJobs.missing(args.kind);
    if (missing) return reply.code(503).send({ error: missing, command: exportCommand(args, file) });
    if (jobs.busy)
      return reply.code(409).send({ error: 'an export is rendering: ask again once it is done' });
    return reply.code(202).send(jobs.start(ownUrl(app), corridor.plan, args, file));
  });

  app.get('/api/v1/exports/:id', async (request, reply) => {
    if (!signedIn(request, reply)) return reply;
    const job = jobs.get((request.params as { id: string }).id);
    return job
      ? jobs.view(job)
      : reply.code(404).send({ error: 'no such export (finished ones are kept a while)' });
  });

  app.get('/api/v1/exports/:id/file', async (request, reply) => {
    if (!signedIn(request, reply)) return reply;
    const job = jobs.get((request.params as { id: string }).id);
    if (job?.state !== 'done') return reply.code(404).send({ error: 'no finished export of that id' });
    return reply
      .type(job.kind === 'still' ? 'image/png' : 'video/mp4')
      .header('content-disposition', `attachment; filename="${job.file}"`)
      .send(createReadStream(job.path));
  });
}
