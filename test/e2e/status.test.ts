import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openDisplay } from '../helpers/browser';
import { listeningUrl, type ServerProcess, spawnServer } from '../helpers/process';

let browser: Browser;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const server of servers) {
    server.child.kill('SIGCONT');
    server.child.kill('SIGKILL');
  }
  await browser?.close();
});

const health = (page: import('playwright-core').Page, value: string) =>
  page.waitForFunction((v) => window.__corridor.health === v, value, { timeout: 30_000 });

describe('honest status', () => {
  it('says data is delayed while the server is frozen and reconnecting while it is gone; both clear', async () => {
    const first = spawnServer(['--no-build', '--tick-ms', '300'], { PORT: '0' });
    servers.push(first);
    const url = await listeningUrl(first);
    const { page, problems } = await openDisplay(browser, url, { query: '?lang=en' });
    await health(page, 'live');
    expect(await page.isVisible('#status')).toBe(false);

    first.child.kill('SIGSTOP');
    await health(page, 'stale');
    expect(await page.textContent('#status')).toMatch(/^Data delayed since \d\d:\d\d$/);
    expect(await page.isVisible('#mode')).toBe(false);
    first.child.kill('SIGCONT');
    await health(page, 'live');
    expect(await page.isVisible('#status')).toBe(false);
    expect(await page.isVisible('#mode')).toBe(true);

    first.child.kill('SIGKILL');
    await first.exited;
    await health(page, 'reconnecting');
    expect(await page.textContent('#status')).toBe('Reconnecting…');
    const second = spawnServer(['--no-build', '--tick-ms', '300'], { PORT: new URL(url).port });
    servers.push(second);
    await listeningUrl(second);
    await health(page, 'live');
    expect(await page.isVisible('#status')).toBe(false);
    expect(
      problems.filter((p) => !/WebSocket connection to .* failed|ERR_CONNECTION_REFUSED/.test(p)),
    ).toEqual([]);
    await page.context().close();
  });
});
