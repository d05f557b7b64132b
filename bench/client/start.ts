import { launchChromium, openPage } from '../../test/helpers/browser';
import { buildPages, startServer } from './pages';

export interface StartResult {
  /** Median over the loads of ms from navigation to the first frame with the routes drawn. */
  medianMs: number;
  samples: number[];
}

/**
 * Start-up of the display at the bundled scenario: `window.__corridor.firstArcsMs` is
 * performance.now() at the first deck.gl frame with legs, and performance.now() counts from
 * navigation. Each load in a fresh context, so nothing comes from the previous one's cache.
 */
export async function startBench(options: { loads: number; timeoutSeconds?: number }): Promise<StartResult> {
  await buildPages();
  const server = await startServer();
  const browser = await launchChromium();
  const samples: number[] = [];
  try {
    for (let i = 0; i < options.loads; i++) {
      const { page } = await openPage(browser, 640, 360);
      try {
        await page.goto(`${server.url}/`);
        const handle = await page.waitForFunction(() => window.__corridor?.firstArcsMs, null, {
          timeout: (options.timeoutSeconds ?? 60) * 1000,
        });
        samples.push(Number(await handle.jsonValue()));
      } finally {
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, samples };
}
