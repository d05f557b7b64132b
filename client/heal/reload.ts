/** Why a screen reloaded itself: said on the next page (the probe, the log of a kiosk). */
export type ReloadReason = 'context-lost' | 'frozen' | 'new-build';

const RELOADS = 'corridor:reloads';
const REASON = 'corridor:reloaded-for';
const WINDOW_MS = 10 * 60_000;

/**
 * How long to wait before reloading, given when this screen reloaded before: at once for the first
 * three in ten minutes, then 30 s doubling to 10 min. A fault a reload does not mend must not turn
 * a wall of screens into a storm of page loads against the server.
 */
export function reloadDelay(previous: readonly number[], now: number): number {
  const recent = previous.filter((at) => now - at < WINDOW_MS).length;
  return recent < 3 ? 0 : Math.min(WINDOW_MS, 30_000 * 2 ** (recent - 3));
}

function readTimes(storage: Storage): number[] {
  try {
    const times = JSON.parse(storage.getItem(RELOADS) ?? '[]') as unknown;
    return Array.isArray(times) ? times.filter((t): t is number => typeof t === 'number') : [];
  } catch {
    return [];
  }
}

/** Reloads the page for `reason`, later where it has reloaded often; the delay in ms. */
export function reloadPage(reason: ReloadReason, storage: Storage = sessionStorage): number {
  const now = Date.now();
  const times = readTimes(storage).filter((at) => now - at < WINDOW_MS);
  const delay = reloadDelay(times, now);
  setTimeout(() => {
    storage.setItem(RELOADS, JSON.stringify([...times, Date.now()]));
    storage.setItem(REASON, reason);
    location.reload();
  }, delay);
  return delay;
}

/** The reason the previous page reloaded into this one, once; null for a page someone opened. */
export function takeReloadReason(storage: Storage = sessionStorage): ReloadReason | null {
  const reason = storage.getItem(REASON) as ReloadReason | null;
  storage.removeItem(REASON);
  return reason;
}
