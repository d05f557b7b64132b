import type { FastifyInstance } from 'fastify';

/** Pages that other sites may put in an iframe: the display, which `?embed=1` makes an article's map. */
const EMBEDDABLE = new Set(['/', '/index.html']);

/**
 * Who may frame the display: CORRIDOR_FRAME_ANCESTORS, a space-separated CSP source list
 * ("https://news.example https://*.paper.example"), default any site ("*"). `'none'` forbids it.
 */
export function frameAncestorsFrom(env: NodeJS.ProcessEnv = process.env): string {
  const value = (env.CORRIDOR_FRAME_ANCESTORS ?? '*').trim() || '*';
  // A ";" or "," would end the directive and start another: a policy nobody meant.
  if (/[;,\r\n]/.test(value))
    throw new Error(`CORRIDOR_FRAME_ANCESTORS: expected CSP sources separated by spaces, got "${value}"`);
  return value;
}

/**
 * The display may be framed by the configured sites; the presenter's page and everything else by
 * none, so that no other site can put the control page under a visitor's clicks. Only the
 * `frame-ancestors` directive: a site-wide policy (@fastify/helmet) can take this list as its
 * `frameAncestors` and replace the hook; where a policy is already set, the hook leaves it.
 */
export function registerFrameAncestors(app: FastifyInstance, allowed: string): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.hasHeader('content-security-policy')) return payload;
    const path = request.url.split('?')[0] as string;
    if (EMBEDDABLE.has(path)) reply.header('content-security-policy', `frame-ancestors ${allowed}`);
    else {
      reply.header('content-security-policy', "frame-ancestors 'none'");
      reply.header('x-frame-options', 'DENY');
    }
    return payload;
  });
}
