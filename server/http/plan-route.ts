import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import type { Corridor } from '../corridor';

interface Encoded {
  version: string;
  json: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

/**
 * `GET /api/v1/plan/:version`: the plan, once per version, cacheable by anything in front (a
 * version never changes, hence `immutable`), compressed once per version, not once per screen.
 * At `--synthetic 10000` the plan is ~17 MB of JSON: a screen that has its version fetches nothing.
 */
export function registerPlanRoute(app: FastifyInstance, corridor: Corridor): void {
  let encoded: Encoded | undefined;
  app.get<{ Params: { version: string } }>('/api/v1/plan/:version', async (request, reply) => {
    const { version } = request.params;
    const current = corridor.planVersion;
    if (version !== current)
      return reply.code(404).send({
        error: 'not_current',
        reason: `plan ${version} is not the plan now (${current}): fetch that one`,
        current,
      });
    if (encoded?.version !== current)
      encoded = { version: current, json: Buffer.from(JSON.stringify(corridor.plan)) };
    const etag = `"${current}"`;
    reply
      .header('etag', etag)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('vary', 'accept-encoding')
      .type('application/json');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    const accepted = request.headers['accept-encoding'] ?? '';
    if (/\bbr\b/.test(accepted)) {
      encoded.br ??= brotliCompressSync(encoded.json, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
      return reply.header('content-encoding', 'br').send(encoded.br);
    }
    if (/\bgzip\b/.test(accepted)) {
      encoded.gzip ??= gzipSync(encoded.json, { level: 6 });
      return reply.header('content-encoding', 'gzip').send(encoded.gzip);
    }
    return reply.send(encoded.json);
  });
}
