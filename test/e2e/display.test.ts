import { describe, expect, it } from 'vitest';
import { interpolateGreatCircle } from '../../core/geo/great-circle';
import { openPage, webglRenderer } from '../helpers/browser';
import { distance, Pixels, type Rgb } from '../helpers/pixels';
import { bundledPlan } from '../helpers/server';
import { withServerAndBrowser } from '../helpers/suite';

const AIR: Rgb = [76, 201, 240];
const LAND: Rgb = [27, 42, 58];
const SEA: Rgb = [11, 22, 34];

const env = withServerAndBrowser({ tickMs: 500 });

describe('the display page', () => {
  it('draws the arcs between Hangzhou and Liège over the land, offline and without errors', async () => {
    const { page, problems } = await openPage(env.browser);
    expect(await webglRenderer(page)).toMatch(/llvmpipe|SwiftShader/);
    const started = Date.now();
    await page.goto(`${env.server.url}/`);
    await page.waitForFunction(() => window.__corridor?.arcsDrawn && window.__corridor.basemapLoaded, null, {
      timeout: 60_000,
    });
    const firstArcs = Date.now() - started;
    // Let MapLibre finish its tiles and deck.gl draw the frame after.
    await page.waitForFunction(
      (frames) => window.__corridor.frames > frames + 2,
      await page.evaluate(() => window.__corridor.frames),
    );
    const pixels = new Pixels(await page.screenshot());

    const plan = bundledPlan();
    const hub = (id: string) => plan.hubs.find((h) => h.id === id) as { lon: number; lat: number };
    const hgh = [hub('HGH').lon, hub('HGH').lat] as const;
    const lgg = [hub('LGG').lon, hub('LGG').lat] as const;
    const project = (lon: number, lat: number) =>
      page.evaluate(([x, y]) => window.__corridor.project(x as number, y as number), [lon, lat]);
    for (const f of [0.15, 0.3, 0.5, 0.7, 0.85]) {
      const [lon, lat] = interpolateGreatCircle(hgh, lgg, f);
      const [x, y] = await project(lon, lat);
      expect(
        pixels.near(x, y, 3, (rgb) => distance(rgb, AIR) < 60),
        `air arc at ${f} of HGH→LGG (${x}, ${y})`,
      ).toBe(true);
    }
    // Land in Kazakhstan's steppe, sea in the Bay of Biscay: the basemap is drawn.
    const [landX, landY] = await project(62, 44);
    expect(distance(pixels.at(landX, landY), LAND)).toBeLessThan(20);
    const [seaX, seaY] = await project(-6, 45.5);
    expect(distance(pixels.at(seaX, seaY), SEA)).toBeLessThan(20);

    expect(await page.textContent('#title')).toContain('Liège');
    expect(await page.isVisible('#status')).toBe(false);
    expect(await page.textContent('#mode')).toMatch(/^REPLAY ×/);
    expect(problems).toEqual([]);
    console.log(`first arcs ${firstArcs} ms after navigation`);
    await page.context().close();
  });

  it('glides vehicles along their legs at the frame rate, without a jump at each position frame', async () => {
    // At 600× the flight stays in the air for 48 s of wall time, however slow the CPU renderer is.
    env.server.player.seek(Date.parse('2020-03-13T12:00:00Z'));
    env.server.player.setRate(600);
    const { page, problems } = await openPage(env.browser);
    await page.goto(`${env.server.url}/`);
    await page.waitForFunction(
      () => window.__corridor?.arcsDrawn && window.__corridor.movingVehicles > 0,
      null,
      {
        timeout: 60_000,
      },
    );
    // One sample per drawn frame of the first flight, across several 500 ms position frames.
    const samples = await page.evaluate(
      () =>
        new Promise<{ t: number; progress: number }[]>((resolve) => {
          const out: { t: number; progress: number }[] = [];
          const step = () => {
            const flight = window.__corridor.vehicles().find((v) => v.id === 'CN-HGH-LGG-0313');
            if (flight && !flight.estimated)
              out.push({ t: window.__corridor.scenarioTime, progress: flight.progress });
            if (out.length >= 60) resolve(out);
            else requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }),
    );
    const flight = bundledPlan().legs.find((leg) => leg.id === 'CN-HGH-LGG-0313') as {
      depart: number;
      arrive: number;
    };
    const onTime = 1 / (flight.arrive - flight.depart);
    // Compare frames at least 20 scenario-seconds apart: a 16-bit fix is then within 2 % of the move.
    let compared = 0;
    for (let i = 0, j = 1; j < samples.length; j++) {
      const a = samples[i] as { t: number; progress: number };
      const b = samples[j] as { t: number; progress: number };
      expect(b.progress).toBeGreaterThanOrEqual((samples[j - 1] as { progress: number }).progress);
      if (b.t - a.t < 20_000) continue;
      compared++;
      // The move matches the time that passed: no standing still, no snap when a new fix lands.
      expect((b.progress - a.progress) / (b.t - a.t) / onTime).toBeCloseTo(1, 1);
      i = j;
    }
    expect(compared).toBeGreaterThan(15);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
