import type { Page } from 'playwright-core';
import { type Counters, type PageKind, readCounters } from './pages';

/** Renderer main-thread totals from CDP, in seconds, and the page's own counters. */
type Sample = Counters & { script: number; task: number; cpu: number; wall: number };

export interface Window {
  frames: number;
  seconds: number;
  /** Per frame, ms: script and task are wall time on the main thread, cpu its CPU time. */
  script: number;
  task: number;
  cpu: number;
  /** Main-thread CPU ms per wall second: a figure that holds when hardly any frame is drawn. */
  cpuPerSecond: number;
  positionUpdateMs: number;
  applyMs: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Samples for `seconds`, longer (up to three times) until at least `minFrames` frames are in:
 * under llvmpipe on a busy machine the display can draw a frame a second, and three frames
 * are no average.
 */
export async function sampleWindow(
  page: Page,
  kind: PageKind,
  seconds: number,
  minFrames = 10,
): Promise<Window> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const sample = async (): Promise<Sample> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    const counters = await readCounters(page, kind);
    return {
      script: get('ScriptDuration'),
      task: get('TaskDuration'),
      cpu: get('ThreadTime'),
      wall: performance.now() / 1000,
      ...counters,
    };
  };
  const before = await sample();
  await sleep(seconds * 1000);
  let after = await sample();
  while (after.frames - before.frames < minFrames && after.wall - before.wall < 3 * seconds) {
    await sleep(500);
    after = await sample();
  }
  await cdp.detach();
  const d = (key: keyof Sample) => after[key] - before[key];
  const frames = d('frames');
  // No frame drawn: per-frame figures are undefined, not infinite.
  const perFrame = (ms: number) => (frames > 0 ? ms / frames : Number.NaN);
  return {
    frames,
    seconds: d('wall'),
    script: perFrame(d('script') * 1000),
    task: perFrame(d('task') * 1000),
    cpu: perFrame(d('cpu') * 1000),
    cpuPerSecond: (d('cpu') * 1000) / d('wall'),
    positionUpdateMs: d('vehicleUpdateMs') / d('vehicleUpdates'),
    applyMs: d('positionsApplyMs') / d('positionsApplied'),
  };
}

/** Polls the page's counters until `done`, false at the timeout. */
export async function waitFor(
  page: Page,
  kind: PageKind,
  done: (counters: Counters) => boolean,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // A page stuck parsing a huge snapshot answers nothing: give up at the deadline all the same.
    let cancel = () => {};
    const late = new Promise<undefined>((r) => {
      const timer = setTimeout(r, deadline - Date.now());
      cancel = () => clearTimeout(timer);
    });
    const counters = await Promise.race([readCounters(page, kind), late]);
    cancel();
    if (counters && done(counters)) return true;
    await sleep(250);
  }
  return false;
}
