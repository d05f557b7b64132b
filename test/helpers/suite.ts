import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { CorridorServer, CorridorServerOptions } from '../../server/app';
import { launchChromium } from './browser';
import { startTestServer } from './server';

/** A real server on port 0 and Debian's Chromium for the tests of one file, closed after them. */
export function withServerAndBrowser(options: Partial<CorridorServerOptions> = {}) {
  const env = {} as { server: CorridorServer; browser: Browser };
  beforeAll(async () => {
    env.server = await startTestServer(options);
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
