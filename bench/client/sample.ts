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
  return {
    frames,
    seconds: d('wall'),
    script: (d('script') * 1000) / frames,
    task: (d('task') * 1000) / frames,
    cpu: (d('cpu') * 1000) / frames,
    positionUpdateMs: d('vehicleUpdateMs') / d('vehicleUpdates'),
    applyMs: d('positionsApplyMs') / d('positionsApplied'),
  };
}
