import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every response (@fastify/helmet): a CSP with no inline script and only this
 * origin (blob: workers and data: images as MapLibre and deck.gl make them), no MIME sniffing, no
 * referrer. The display may be framed by `frameAncestors` (default any: it is made to be
 * embedded); the presenter's page by nobody.
 */
export async function registerSecurityHeaders(app: FastifyInstance, frameAncestors: readonly string[]) {
  const directives = {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // MapLibre, deck.gl and the HUD set style attributes at run time.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    // deck.gl fetches its icon atlas from a data: URL.
    connectSrc: ["'self'", 'data:', 'blob:'],
    workerSrc: ["'self'", 'blob:'],
    childSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: [...frameAncestors],
  };
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives },
    // Framing is said by frame-ancestors, per page; X-Frame-Options would forbid the embed.
    frameguard: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  // The presenter's page is never framed: a site could otherwise trick a presenter into clicks.
  app.addHook('onSend', async (request, reply) => {
    if (!request.url.startsWith('/control')) return;
    const csp = String(reply.getHeader('content-security-policy') ?? '');
    reply.header('content-security-policy', csp.replace(/frame-ancestors [^;]*/, "frame-ancestors 'none'"));
    reply.header('x-frame-options', 'DENY');
  });
}
