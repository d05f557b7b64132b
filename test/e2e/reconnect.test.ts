import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage } from '../helpers/browser';
import { listeningUrl, type ServerProcess, spawnServer } from '../helpers/process';

let browser: Browser;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const server of servers) server.child.kill('SIGKILL');
  await browser?.close();
});

describe('the display after a server restart', () => {
  it('shows it is reconnecting, then redraws from a fresh snapshot without duplicate handlers or layers', async () => {
    const first = spawnServer(['--no-build', '--tick-ms', '500'], { PORT: '0' });
    servers.push(first);
    const url = await listeningUrl(first);
    const port = new URL(url).port;
    const { page, problems } = await openPage(browser);
    await page.goto(`${url}/`);
    await page.waitForFunction(
      () => window.__corridor?.arcsDrawn && window.__corridor.connection === 'live',
      null,
      {
        timeout: 60_000,
      },
    );
    const before = await page.evaluate(() => ({
      runId: window.__corridor.runId,
      handlers: window.__corridor.handlerCounts(),
      layers: window.__corridor.layerCount,
    }));

    first.child.kill('SIGKILL');
    await first.exited;
    await page.waitForFunction(() => window.__corridor.connection === 'reconnecting', null, {
      timeout: 30_000,
    });
    expect(await page.textContent('#status')).toBe('Reconnecting…');
    expect(await page.isVisible('#mode')).toBe(false);

    const second = spawnServer(['--no-build', '--tick-ms', '500'], { PORT: port });
    servers.push(second);
    await listeningUrl(second);
    await page.waitForFunction(
      (runId) => window.__corridor.connection === 'live' && window.__corridor.runId !== runId,
      before.runId,
      { timeout: 60_000 },
    );
    const framesAfter = await page.evaluate(() => window.__corridor.frames);
    await page.waitForFunction((f) => window.__corridor.frames > f + 2, framesAfter);
    const after = await page.evaluate(() => ({
      handlers: window.__corridor.handlerCounts(),
      layers: window.__corridor.layerCount,
      snapshots: window.__corridor.snapshots,
    }));
    expect(after.handlers).toEqual(before.handlers);
    expect(after.handlers.update).toBe(1);
    expect(after.layers).toBe(before.layers);
    expect(after.snapshots).toBe(2);
    await page.waitForFunction(() => window.__corridor.health === 'live');
    expect(await page.isVisible('#status')).toBe(false);
    expect(await page.isVisible('#mode')).toBe(true);
    // The browser logs the refused websocket while the server is down; nothing else may fail.
    expect(
      problems.filter((p) => !/WebSocket connection to .* failed|ERR_CONNECTION_REFUSED/.test(p)),
    ).toEqual([]);
    await page.context().close();
  });
});
