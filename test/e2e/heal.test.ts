import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { interpolateGreatCircle } from '../../core/geo/great-circle';
import { openDisplay } from '../helpers/browser';
import { distance, Pixels, type Rgb } from '../helpers/pixels';
import { bundledPlan, startTestServer } from '../helpers/server';
import { withServerAndBrowser } from '../helpers/suite';

const AIR: Rgb = [76, 201, 240];
/** An aircraft's icon: lighter than its arc. */
const AIRCRAFT: Rgb = [183, 233, 249];
const FLIGHT = 'CN-HGH-LGG-0313';

const env = withServerAndBrowser({ tickMs: 500 });

/**
 * How many points along Hangzhou → Liège show the air arc's colour in a screenshot now, and
 * whether the flight's aircraft is drawn where it is.
 */
async function drawn(page: Page): Promise<{ arcPoints: number; aircraft: boolean }> {
  const plan = bundledPlan();
  const hub = (id: string) => plan.hubs.find((h) => h.id === id) as { lon: number; lat: number };
  const project = (lon: number, lat: number) =>
    page.evaluate(([a, b]) => window.__corridor.project(a as number, b as number), [lon, lat]);
  const flight = (await page.evaluate(() => window.__corridor.vehicles())).find((v) => v.id === FLIGHT);
  const pixels = new Pixels(await page.screenshot());
  const along = (f: number) =>
    interpolateGreatCircle([hub('HGH').lon, hub('HGH').lat], [hub('LGG').lon, hub('LGG').lat], f);
  let aircraft = false;
  if (flight) {
    const [x, y] = await project(...along(flight.progress));
    aircraft = pixels.near(x, y, 6, (rgb) => distance(rgb, AIRCRAFT) < 30);
  }
  let arcPoints = 0;
  for (const f of [0.3, 0.5, 0.7, 0.85]) {
    const [x, y] = await project(...along(f));
    if (pixels.near(x, y, 3, (rgb) => distance(rgb, AIR) < 60)) arcPoints++;
  }
  return { arcPoints, aircraft };
}

describe('a screen that heals itself', () => {
  it('draws its arcs and vehicles again within 5 s of a lost and restored GPU context, saying so meanwhile', async () => {
    // A flight in the air the whole test: its vehicle must come back with the arcs.
    env.server.player.seek(Date.parse('2020-03-13T12:00:00Z'));
    env.server.player.setRate(60);
    const { page, problems } = await openDisplay(env.browser, env.server.url);
    await page.waitForFunction(() => window.__corridor.movingVehicles > 0, null, { timeout: 30_000 });
    // Let MapLibre finish its tiles and deck.gl draw the frame after.
    await page.waitForFunction(
      (n) => window.__corridor.frames > n + 2,
      await page.evaluate(() => window.__corridor.frames),
    );
    // A label may sit on one of the points.
    const before = await drawn(page);
    expect(before.arcPoints).toBeGreaterThanOrEqual(3);
    expect(before.aircraft).toBe(true);

    // Twice: a TV's driver can reset again, and the overlay built the first time must heal too.
    for (const time of [1, 2]) {
      await page.evaluate(() => {
        const gl = (document.querySelector('#map canvas') as HTMLCanvasElement).getContext('webgl2');
        const lose = gl?.getExtension('WEBGL_lose_context');
        (window as unknown as { lose: WEBGL_lose_context | null }).lose = lose ?? null;
        lose?.loseContext();
      });
      await page.waitForFunction(() => window.__corridor.health === 'restoring', null, { timeout: 5000 });
      // The badge says the map is being drawn again, never REPLAY over an empty map.
      expect(await page.textContent('#status')).toBe('Map redrawing…');
      expect(await page.isVisible('#mode')).toBe(false);
      expect(await drawn(page), 'drawn while the context is lost').toEqual({ arcPoints: 0, aircraft: false });

      const restoredAt = Date.now();
      await page.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext());
      await page.waitForFunction(() => window.__corridor.health === 'live', null, { timeout: 5000 });
      let now = await drawn(page);
      while ((now.arcPoints < before.arcPoints || !now.aircraft) && Date.now() - restoredAt < 5000)
        now = await drawn(page);
      const backMs = Date.now() - restoredAt;
      expect(now, `drawn after restore ${time}`).toEqual(before);
      expect(backMs).toBeLessThan(5000);
      console.log(`restore ${time}: arcs and aircraft back ${backMs} ms after the context was restored`);
    }
    // The same page: healed in place, not reloaded.
    expect(await page.evaluate(() => window.__corridor.reloadedFor)).toBeNull();
    expect(problems.filter((p) => !/context|WebGL/i.test(p))).toEqual([]);
    await page.context().close();
  });

  it('reloads itself when its frames stop, after saying so on the badge', async () => {
    const { page } = await openDisplay(env.browser, env.server.url);
    // Frames stop while timers run: the page's render loop is gone.
    await page.evaluate(() => {
      window.requestAnimationFrame = () => 0;
    });
    const stoppedAt = Date.now();
    await page.waitForFunction(() => window.__corridor.health === 'restarting', null, { timeout: 30_000 });
    expect(await page.textContent('#status')).toBe('Screen stalled: restarting…');
    const saidAfter = Date.now() - stoppedAt;
    await page.waitForFunction(() => window.__corridor?.reloadedFor === 'frozen', null, { timeout: 30_000 });
    await page.waitForFunction(
      () => window.__corridor.arcsDrawn && window.__corridor.health === 'live',
      null,
      {
        timeout: 60_000,
      },
    );
    console.log(
      `badge after ${saidAfter} ms without frames, reloaded and drawing after ${Date.now() - stoppedAt} ms`,
    );
    await page.context().close();
  });
});

describe('a screen after a deploy', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the built display named as another build: what a deploy puts in place. */
  const deployed = async (build: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-deploy-'));
    dirs.push(dir);
    cpSync(resolve('dist/client'), dir, { recursive: true });
    rmSync(join(dir, 'index.html.gz'), { force: true });
    const page = await readFile(join(dir, 'index.html'), 'utf8');
    writeFileSync(
      join(dir, 'index.html'),
      page.replace(/(name="corridor-build" content=")[0-9a-f]+/, `$1${build}`),
    );
    writeFileSync(join(dir, 'build.json'), JSON.stringify({ build }));
    return dir;
  };

  it('reloads itself into the build a restarted server serves, and says which', async () => {
    const before = await startTestServer({ clientDir: await deployed('aaaaaaaaaaaa'), tickMs: 500 });
    const port = Number(new URL(before.url).port);
    const { page } = await openDisplay(env.browser, before.url);
    expect(await page.evaluate(() => window.__corridor.build)).toBe('aaaaaaaaaaaa');
    expect(await page.textContent('#legend')).toContain('Build aaaaaaa');
    await before.close();

    const after = await startTestServer({ clientDir: await deployed('bbbbbbbbbbbb'), tickMs: 500, port });
    const restartedAt = Date.now();
    try {
      await page.waitForFunction(() => window.__corridor?.reloadedFor === 'new-build', null, {
        timeout: 60_000,
      });
      await page.waitForFunction(() => window.__corridor.arcsDrawn, null, { timeout: 60_000 });
      expect(await page.evaluate(() => window.__corridor.build)).toBe('bbbbbbbbbbbb');
      expect(await page.textContent('#legend')).toContain('Build bbbbbbb');
      console.log(`on the new build ${Date.now() - restartedAt} ms after the server restarted`);
    } finally {
      await page.context().close();
      await after.close();
    }
  });
});
