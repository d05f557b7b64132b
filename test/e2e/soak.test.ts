import { describe, expect, it } from 'vitest';
import { openDisplay } from '../helpers/browser';
import { withServerAndBrowser } from '../helpers/suite';

/** Bound on JS heap growth between warm-up and the end, after a forced garbage collection. */
const HEAP_GROWTH_BOUND = 2 * 1024 * 1024;
const SOAK_MS = Number(process.env.SOAK_MS ?? 40_000);

const env = withServerAndBrowser({ tickMs: 250, loopSeconds: 12 });

describe('a screen left on', () => {
  it('keeps its heap, DOM and listeners flat over weeks of scenario time', async () => {
    const { page, problems } = await openDisplay(env.browser, env.server.url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const sample = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
      return {
        heap: heap.usedSize,
        nodes: metric('Nodes'),
        listeners: metric('JSEventListeners'),
        scenarioTime: await page.evaluate(() => window.__corridor.scenarioTime),
        loops: 0,
      };
    };
    // Warm up: one whole loop, so every code path, layer and glyph has been used once.
    await page.waitForTimeout(14_000);
    const start = await sample();
    let scenarioHours = 0;
    let previous = start.scenarioTime;
    const until = Date.now() + SOAK_MS;
    while (Date.now() < until) {
      await page.waitForTimeout(1000);
      const t = await page.evaluate(() => window.__corridor.scenarioTime);
      if (t > previous) scenarioHours += (t - previous) / 3_600_000;
      previous = t;
      if (process.env.SOAK_TRACE) console.log(JSON.stringify(await sample()));
    }
    const end = await sample();
    const growth = end.heap - start.heap;
    console.log(
      `soak: ${scenarioHours.toFixed(0)} scenario hours in ${SOAK_MS / 1000} s; heap ${(start.heap / 1e6).toFixed(1)} → ${(end.heap / 1e6).toFixed(1)} MB (${(growth / 1e3).toFixed(0)} KB); DOM nodes ${start.nodes} → ${end.nodes}; listeners ${start.listeners} → ${end.listeners}`,
    );
    expect(scenarioHours).toBeGreaterThan(24);
    expect(growth).toBeLessThan(HEAP_GROWTH_BOUND);
    // Ticker tags and transient image loads come and go: a few, never a trend.
    expect(end.nodes).toBeLessThanOrEqual(start.nodes + 40);
    expect(end.listeners).toBeLessThanOrEqual(start.listeners + 5);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
