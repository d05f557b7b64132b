import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type CorridorServer, startCorridorServer } from '../../server/app';
import { buildClientIfNeeded } from '../../server/ensure-build';
import { loadSyntheticScenario } from '../../server/scenario-file';
import { openPage } from '../../test/helpers/browser';
import { bundledPlan } from '../../test/helpers/server';

export type PageKind = 'product' | 'plain';

/** What both pages count, read off `window.__corridor` (product) or `window.__plain`. */
export interface Counters {
  frames: number;
  movingVehicles: number;
  vehicleUpdateMs: number;
  vehicleUpdates: number;
  positionsApplyMs: number;
  positionsApplied: number;
}

const PLAIN_DIR = resolve('dist/bench-plain');
const CLIENT_DIR = resolve('dist/client');

/** Builds the display (when stale) and the plain page (always: it takes seconds and has no staleness check). */
export async function buildPages(): Promise<void> {
  await buildClientIfNeeded(CLIENT_DIR);
  const { build } = await import('vite');
  await build({ configFile: resolve('bench/client/plain/vite.config.ts'), logLevel: 'warn' });
}

/**
 * A server playing `vehicles` synthetic vehicles from the time all of them move, at 1×: the
 * shortest legs still take minutes to finish, so every vehicle keeps moving through the bench.
 * Ticks at the production default (1 s).
 */
export async function startSyntheticServer(vehicles: number): Promise<CorridorServer & { busy: number }> {
  const loaded = loadSyntheticScenario(vehicles);
  if (!loaded.ok || loaded.busy === undefined)
    throw new Error(loaded.ok ? 'no busy time' : loaded.errors.join('\n'));
  const server = await startServer(loaded.plan, 1);
  server.player.seek(loaded.busy);
  return Object.assign(server, { busy: loaded.busy });
}

export function startServer(plan = bundledPlan(), rate?: number): Promise<CorridorServer> {
  return startCorridorServer({
    plan,
    port: 0,
    host: '127.0.0.1',
    clientDir: CLIENT_DIR,
    loopSeconds: 600,
    loop: true,
    tickMs: 1000,
    controlToken: 'bench-control-token',
    ...(rate === undefined ? {} : { rate }),
  });
}

/**
 * A fresh 640×360 context on the page. The plain page is served under /bench-plain/ on the
 * product server's own origin, so its fetch of /api/v1/snapshot needs no CORS.
 */
export async function openBenchPage(browser: Browser, url: string, kind: PageKind): Promise<Page> {
  const { page } = await openPage(browser, 640, 360);
  await page.route(`${url}/bench-plain/**`, (route) => {
    const file = new URL(route.request().url()).pathname.slice('/bench-plain/'.length);
    // The basemap comes with the display's build.
    const path = existsSync(join(PLAIN_DIR, file)) ? join(PLAIN_DIR, file) : join(CLIENT_DIR, file);
    return route.fulfill({ path });
  });
  await page.goto(kind === 'product' ? `${url}/` : `${url}/bench-plain/index.html`);
  return page;
}

export function readCounters(page: Page, kind: PageKind): Promise<Counters> {
  return page.evaluate((plain) => {
    const c = plain
      ? (window as unknown as { __plain: Counters }).__plain
      : (window.__corridor as Counters | undefined);
    return {
      frames: c?.frames ?? 0,
      movingVehicles: c?.movingVehicles ?? 0,
      vehicleUpdateMs: c?.vehicleUpdateMs ?? 0,
      vehicleUpdates: c?.vehicleUpdates ?? 0,
      positionsApplyMs: c?.positionsApplyMs ?? 0,
      positionsApplied: c?.positionsApplied ?? 0,
    };
  }, kind === 'plain');
}
