import type { Page } from 'playwright-core';
import { type Counters, type PageKind, readCounters } from './pages';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Draws `count` frames on demand, one per task so that socket messages still come in between:
 * the median main-thread ms per frame, and the median ms of it spent moving vehicles.
 */
export function forcedFrames(
  page: Page,
  count: number,
  budgetSeconds: number,
): Promise<{ medianMs: number; moveMs: number; frames: number }> {
  return page.evaluate(
    async ([n, budget]) => {
      type Api = { benchFrame(): number; vehicleUpdateMs: number; vehicleUpdates: number };
      const w = window as unknown as { __corridor?: Api; __plain?: Api };
      const api = (w.__corridor ?? w.__plain) as Api;
      const frames: number[] = [];
      const moves: number[] = [];
      // A page that takes seconds a frame (50,000 paths under llvmpipe) stops at the budget.
      const deadline = performance.now() + budget * 1000;
      for (let i = 0; i < n && performance.now() < deadline; i++) {
        const before = api.vehicleUpdateMs;
        frames.push(api.benchFrame());
        moves.push(api.vehicleUpdateMs - before);
        await new Promise((r) => setTimeout(r, 0));
      }
      // Medians: a frame the collector or another process interrupted says little about the rest.
      // (No named helper in here: the bench runs under tsx, which would wrap it in __name.)
      frames.sort((a, b) => a - b);
      moves.sort((a, b) => a - b);
      const middle = Math.floor(frames.length / 2);
      return {
        medianMs: frames[middle] ?? Number.NaN,
        moveMs: moves[middle] ?? Number.NaN,
        frames: frames.length,
      };
    },
    [count, budgetSeconds] as const,
  );
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
