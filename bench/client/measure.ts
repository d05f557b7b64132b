import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../test/helpers/browser';
import { buildPages, openBenchPage, type PageKind, readCounters, startSyntheticServer } from './pages';
import { forcedFrames, waitFor } from './sample';

export interface Row {
  page: PageKind;
  vehicles: number;
  /**
   * Main-thread ms per frame, median of frames drawn back to back on demand (the page's frame
   * work, then deck.gl's layer update and draw calls): under llvmpipe real frames are too few.
   */
  msPerFrame: number;
  /** The page's own timer around moving every vehicle, per frame. */
  positionUpdateMsPerFrame: number;
  /** Product only: the page's own timer around applying one positions message. */
  applyMsPerMessage: number;
  /** Frames the browser drew by itself per second while the bench waited: low under llvmpipe. */
  fps: number;
  /** From navigation until every vehicle moves on screen. */
  loadSeconds: number;
  /** Why a row has no figures, when it has none. */
  skipped?: string;
  /** What else the figures need to be read with. */
  note?: string;
}

export interface ClientBenchOptions {
  sizes: number[];
  /** Frames drawn on demand per page and size, after three to warm up. */
  frames: number;
  /** Seconds to watch the page run by itself (real frames, positions messages). */
  seconds: number;
  smoke?: boolean;
  /** Longest wait for a page to load and move every vehicle. */
  loadTimeoutSeconds?: number;
  /**
   * Wall-time bound on each page, whatever it is doing: under llvmpipe one frame of a large
   * fleet can take minutes, and a budget checked between frames does not bound that.
   */
  pageSeconds?: number;
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
          const row = await bounded(browser, server.url, kind, vehicles, options);
          log(
            `client: ${kind} at ${vehicles} vehicles: ${row.skipped ?? `${row.msPerFrame.toFixed(1)} ms/frame, move ${row.positionUpdateMsPerFrame.toFixed(2)} ms, load ${row.loadSeconds.toFixed(1)} s`}`,
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

/** A page measured within its wall-time budget: past it, the page is closed and the row says so. */
async function bounded(
  browser: Browser,
  url: string,
  kind: PageKind,
  vehicles: number,
  options: ClientBenchOptions,
): Promise<Row> {
  const budget = options.pageSeconds ?? 75;
  let opened: Page | undefined;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Row>((resolve) => {
    timer = setTimeout(async () => {
      // Closing the context ends whatever the page was stuck in; the measurement then fails quietly.
      await opened
        ?.context()
        .close()
        .catch(() => undefined);
      resolve({
        page: kind,
        vehicles,
        msPerFrame: Number.NaN,
        positionUpdateMsPerFrame: Number.NaN,
        applyMsPerMessage: Number.NaN,
        fps: Number.NaN,
        loadSeconds: Number.NaN,
        skipped: `stopped at its ${budget} s budget`,
      });
    }, budget * 1000);
  });
  const measured = measurePage(browser, url, kind, vehicles, options, (page) => {
    opened = page;
  });
  return Promise.race([measured, late]).finally(() => clearTimeout(timer));
}

async function measurePage(
  browser: Browser,
  url: string,
  kind: PageKind,
  vehicles: number,
  options: ClientBenchOptions,
  onPage: (page: Page) => void,
): Promise<Row> {
  const blank = {
    msPerFrame: Number.NaN,
    positionUpdateMsPerFrame: Number.NaN,
    applyMsPerMessage: Number.NaN,
    fps: Number.NaN,
  };
  const started = Date.now();
  let page: Page | undefined;
  try {
    page = await openBenchPage(browser, url, kind);
    onPage(page);
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
    const before = await readCounters(page, kind);
    await sleep(options.seconds * 1000);
    const after = await readCounters(page, kind);
    // The first frames link shaders (seconds apiece under llvmpipe): not part of the figure.
    await forcedFrames(page, 10, 30);
    const forced = await forcedFrames(page, options.frames, 45);
    return {
      page: kind,
      vehicles,
      msPerFrame: forced.medianMs,
      positionUpdateMsPerFrame: forced.moveMs,
      applyMsPerMessage:
        kind === 'product'
          ? (after.positionsApplyMs - before.positionsApplyMs) /
            (after.positionsApplied - before.positionsApplied)
          : Number.NaN,
      fps: (after.frames - before.frames) / options.seconds,
      loadSeconds,
      ...(forced.frames < options.frames ? { note: `${forced.frames} frames in 45 s` } : {}),
    };
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? 'failed';
    return { page: kind, vehicles, ...blank, loadSeconds: (Date.now() - started) / 1000, skipped: reason };
  } finally {
    await page?.context().close();
  }
}
