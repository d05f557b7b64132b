import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorridorServer } from '../../server/app';
import { parseFeedOption } from '../../server/feeds/feed-config';
import { emptyPlan } from '../../server/live-plan';
import { launchChromium, openDisplay } from '../helpers/browser';
import { ok, TOKEN, tempDataDir } from '../helpers/ingest';
import { aircraftAt, type FakeReceiver, startReceiver, trackedFlight } from '../helpers/receiver';
import { bundledPlan, startTestServer } from '../helpers/server';

describe('a screen whose positions come from a live feed', () => {
  let receiver: FakeReceiver;
  let server: CorridorServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    receiver = await startReceiver();
    const now = Date.now();
    const items = bundledPlan().items.filter((item) => item.id === 'test_kits');
    server = await startTestServer({
      ingestToken: TOKEN,
      dataDir: tempDataDir(),
      live: true,
      plan: emptyPlan(now, { items }),
      tickMs: 500,
      feeds: [parseFeedOption(`adsb=${receiver.url}#every=1`, {})],
    });
    await ok(server.url, [trackedFlight(now)]);
    receiver.aircraft = [aircraftAt(0.5)];
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await receiver?.close();
  });

  it('names the feed in the legend, says when it goes silent while the rest stays live, and clears', async () => {
    const { page } = await openDisplay(browser, server.url);
    await page.waitForFunction(
      () => document.querySelector('#legend .feeds')?.textContent?.includes('adsb'),
      null,
      {
        timeout: 10_000,
      },
    );
    expect(await page.textContent('#legend .feeds')).toBe('Positions reported live by: adsb');
    expect(await page.isVisible('#status')).toBe(false);

    receiver.answering = false;
    await page.waitForFunction(
      () => /delayed/.test(document.querySelector('#status')?.textContent ?? ''),
      null,
      {
        timeout: 10_000,
      },
    );
    expect(await page.textContent('#status')).toMatch(/^adsb delayed since \d\d:\d\d(:\d\d)?: 1 vehicle$/);
    // The mode badge stays: everything else on the screen is live.
    expect(await page.textContent('#mode')).toBe('LIVE');

    receiver.answering = true;
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#status')?.hidden, null, {
      timeout: 10_000,
    });
    await page.context().close();
  });
});
