import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../test/helpers/browser';
import { buildPages, openBenchPage, type PageKind, readCounters, startSyntheticServer } from './pages';
import { sampleWindow, waitFor } from './sample';

export interface Row {
  page: PageKind;
  vehicles: number;
  /** Renderer main-thread script time (CDP ScriptDuration) per frame drawn. */
  jsMsPerFrame: number;
  /** Renderer main-thread task time (CDP TaskDuration: script, style, layout, GL calls) per frame. */
  taskMsPerFrame: number;
  /** Renderer main-thread CPU time (CDP ThreadTime) per frame: unlike the two above, not inflated
   * by waiting for the CPU other processes hold or for the GPU process. */
  cpuMsPerFrame: number;
  /** Renderer main-thread CPU ms per wall second, whether or not frames were drawn. */
  cpuMsPerSecond: number;
  fps: number;
  /** The page's own timer around moving every vehicle, per frame. */
  positionUpdateMsPerFrame: number;
  /** Product only: the page's own timer around applying one positions message. */
  applyMsPerMessage: number;
  /** From navigation until every vehicle moves on screen. */
  loadSeconds: number;
  /** Why a row has no figures, when it has none. */
  skipped?: string;
  /** What else the figures need to be read with. */
  note?: string;
}

export interface ClientBenchOptions {
  sizes: number[];
  /** Seconds measured per page and size, after the warm-up. */
  seconds: number;
  smoke?: boolean;
  /** Longest wait for a page to load and move every vehicle. */
  loadTimeoutSeconds?: number;
  /** Longest wait, once loaded, for the first few frames (shaders linking). */
  warmUpSeconds?: number;
  log?: (line: string) => void;
}

const PAGES: PageKind[] = ['product', 'plain'];
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Main-thread cost per frame of the display and of the plain deck.gl page, size by size, both
 * pages against the same server. Each page runs alone in a fresh context; frame rates under
 * llvmpipe say little, the ms per frame is the figure.
 */
export async function clientBench(options: ClientBenchOptions): Promise<Row[]> {
  const log = options.log ?? (() => undefined);
  await buildPages();
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    for (const vehicles of options.sizes) {
      const server = await startSyntheticServer(vehicles);
      try {
        for (const kind of PAGES) {
          // Back to the busy time, so no vehicle has arrived while the previous page was measured.
          server.player.seek(server.busy);
          const row = await measurePage(browser, server.url, kind, vehicles, options);
          log(
            `client: ${kind} at ${vehicles} vehicles: ${row.skipped ?? `${row.jsMsPerFrame.toFixed(1)} ms JS/frame, ${row.cpuMsPerSecond.toFixed(0)} ms CPU/s, load ${row.loadSeconds.toFixed(1)} s${row.note ? `, ${row.note}` : ''}`}`,
          );
          rows.push(row);
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

async function measurePage(
  browser: Browser,
  url: string,
  kind: PageKind,
  vehicles: number,
  options: ClientBenchOptions,
): Promise<Row> {
  const blank = {
    jsMsPerFrame: Number.NaN,
    taskMsPerFrame: Number.NaN,
    cpuMsPerFrame: Number.NaN,
    cpuMsPerSecond: Number.NaN,
    fps: Number.NaN,
    positionUpdateMsPerFrame: Number.NaN,
    applyMsPerMessage: Number.NaN,
  };
  const started = Date.now();
  let page: Page | undefined;
  try {
    page = await openBenchPage(browser, url, kind);
    const timeout = (options.loadTimeoutSeconds ?? 90) * 1000 - (Date.now() - started);
    const allMoving = await waitFor(page, kind, (c) => c.movingVehicles >= vehicles, timeout);
    const loadSeconds = (Date.now() - started) / 1000;
    if (!allMoving)
      return {
        page: kind,
        vehicles,
        ...blank,
        loadSeconds,
        skipped: `not all moving after ${loadSeconds.toFixed(0)} s`,
      };
    // Under llvmpipe the first frames wait seconds apiece for shaders to link (MapLibre links
    // each program the first frame it needs it): measure once frames come, not before.
    const { frames } = await readCounters(page, kind);
    const warm = options.smoke ? 2 : 5;
    const warmed = await waitFor(
      page,
      kind,
      (c) => c.frames >= frames + warm,
      (options.warmUpSeconds ?? 45) * 1000,
    );
    await sleep(options.smoke ? 500 : 2000);
    const w = await sampleWindow(page, kind, options.seconds, options.smoke ? 2 : 10);
    return {
      page: kind,
      vehicles,
      jsMsPerFrame: w.script,
      taskMsPerFrame: w.task,
      cpuMsPerFrame: w.cpu,
      cpuMsPerSecond: w.cpuPerSecond,
      fps: w.frames / w.seconds,
      positionUpdateMsPerFrame: w.positionUpdateMs,
      applyMsPerMessage: kind === 'product' ? w.applyMs : Number.NaN,
      loadSeconds,
      ...(w.frames > 0
        ? warmed
          ? {}
          : { note: `fewer than ${warm} frames in the warm-up` }
        : { note: `no frame drawn in ${w.seconds.toFixed(0)} s` }),
    };
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? 'failed';
    return { page: kind, vehicles, ...blank, loadSeconds: (Date.now() - started) / 1000, skipped: reason };
  } finally {
    await page?.context().close();
  }
}
