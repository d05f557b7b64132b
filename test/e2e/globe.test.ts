import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { interpolateGreatCircle, type LngLat } from '../../core/geo/great-circle';
import { loadScenarioFile } from '../../server/scenario-file';
import { openDisplay } from '../helpers/browser';
import { distance, Pixels, type Rgb } from '../helpers/pixels';
import { scenarioFixture } from '../helpers/scenario-fixture';
import { withServerAndBrowser } from '../helpers/suite';

const AIR: Rgb = [76, 201, 240];
const LAND: Rgb = [27, 42, 58];
const NRT: LngLat = [140.386, 35.765];
const ANC: LngLat = [-149.996, 61.174];
const LAX: LngLat = [-118.408, 33.942];

/** Across the Pacific and the antimeridian: Tokyo to Anchorage to Los Angeles, a globe scene and a flat one. */
function pacific() {
  const scenario = scenarioFixture();
  const hub = (id: string, [lon, lat]: LngLat, timeZone: string, country: string) => ({
    ...(scenario.hubs[0] as (typeof scenario.hubs)[number]),
    id,
    name: id,
    lon,
    lat,
    timeZone,
    country,
  });
  scenario.hubs = [
    hub('NRT', NRT, 'Asia/Tokyo', 'JP'),
    hub('ANC', ANC, 'America/Anchorage', 'US'),
    hub('LAX', LAX, 'America/Los_Angeles', 'US'),
  ];
  for (const shipment of scenario.shipments) {
    Object.assign(shipment.legs[0] as object, { from: 'NRT', to: 'ANC' });
    Object.assign(shipment.legs[1] as object, { from: 'ANC', to: 'LAX' });
  }
  const file = join(mkdtempSync(join(tmpdir(), 'corridor-globe-')), 'pacific.json');
  const scenes = [
    {
      id: 'pacific',
      name: { en: 'The Pacific' },
      area: [
        [130, 20],
        [180, 66],
      ],
      projection: 'globe',
    },
    {
      id: 'alaska',
      name: { en: 'Alaska' },
      area: [
        [-165, 55],
        [-140, 65],
      ],
    },
  ];
  writeFileSync(file, JSON.stringify({ ...scenario, scenes }));
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.plan;
}

const env = withServerAndBrowser({ tickMs: 500, plan: pacific() });

/** Bright where travelled; where not yet, the route's own dimmer cyan over the dark map. */
const bright = (rgb: Rgb) => distance(rgb, AIR) < 60;
const route = ([r, g, b]: Rgb) => g - r > 40 && b - r > 60;

async function arcsDrawn(page: Page, points: LngLat[], drawn = bright) {
  const pixels = new Pixels(await page.screenshot());
  const misses = [];
  for (const [lon, lat] of points) {
    const [x, y] = await page.evaluate(
      ([a, b]) => window.__corridor.project(a as number, b as number),
      [lon, lat],
    );
    if (!pixels.near(x, y, 3, drawn)) misses.push(`${lon.toFixed(1)}, ${lat.toFixed(1)} at ${x}, ${y}`);
  }
  return { pixels, misses };
}

describe('a globe scene', () => {
  it('draws the arcs across the antimeridian and the land on a globe, then flies back to a flat scene and out again', async () => {
    // The Tokyo flight five sixths of the way to Anchorage: its travelled part is drawn bright.
    env.server.player.pause();
    env.server.player.seek(Date.parse('2020-03-13T09:30:00Z'));
    const { page, problems } = await openDisplay(env.browser, env.server.url, { query: '?scene=pacific' });
    await page.waitForFunction(() => window.__corridor.projection === 'globe');
    await page.waitForFunction(
      (n) => window.__corridor.frames > n + 3,
      await page.evaluate(() => window.__corridor.frames),
    );
    const travelled = [0.2, 0.4, 0.6, 0.7, 0.72].map((f) => interpolateGreatCircle(NRT, ANC, f));
    // Some of the points are east of 180°: the arc is whole across the antimeridian.
    expect(travelled.some(([lon]) => lon < -170 || lon > 180)).toBe(true);
    const globe = await arcsDrawn(page, travelled);
    expect(globe.misses).toEqual([]);
    const [x, y] = await page.evaluate(() => window.__corridor.project(138.5, 36.2));
    expect(distance(globe.pixels.at(x, y), LAND), 'Honshu is land').toBeLessThan(25);

    // To the flat scene: a dissolve to the flat map, then a flight, never a jump to the end.
    const lons = page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const seen: number[] = [];
          const sample = () => {
            seen.push(window.__corridor.camera().lon);
            // Landed: flat, and the camera still for ten frames.
            const still = seen.length > 10 && new Set(seen.slice(-10)).size === 1;
            if ((window.__corridor.projection === 'mercator' && still) || seen.length > 3000) resolve(seen);
            else requestAnimationFrame(sample);
          };
          requestAnimationFrame(sample);
        }),
    );
    await page.click('[data-scene="alaska"]');
    const path = await lons;
    expect(Math.abs((path.at(-1) as number) + 152.5), 'over Alaska').toBeLessThan(5);
    // Flown: the camera passed the antimeridian on its way, frame after frame.
    expect(
      path.some((lon) => Math.abs(lon) > 165 && Math.abs(lon) < 179),
      'over the antimeridian',
    ).toBe(true);
    expect(new Set(path.map(Math.round)).size, 'camera positions on the way').toBeGreaterThan(5);
    await page.waitForFunction(() => !document.querySelector('.dissolve'));
    // On the flat map, the onward flight to Los Angeles (a route stored east of 180°, as Tokyo's
    // is, does not show on a flat map centred west of it: docs/scenario-format.md).
    const onward = [0.1, 0.2].map((f) => interpolateGreatCircle(ANC, LAX, f));
    const flat = await arcsDrawn(page, onward, route);
    expect(flat.misses).toEqual([]);
    // And out to the globe again: over the flat map to the Pacific, then into the globe.
    await page.click('[data-scene="pacific"]');
    await page.waitForFunction(() => window.__corridor.projection === 'globe', null, { timeout: 30_000 });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
