/** One frame an exporter asks a page in export mode (`?export=1`) to draw. */
export interface FrameRequest {
  /** Scenario time to show, ms since the epoch. */
  at: number;
  /** Time in the video, ms: what animations (camera flights, arrival pulses) follow. */
  videoMs: number;
  /** A scene to go to at this frame: flown to, or cut to where `instant`. */
  scene?: string;
  instant?: boolean;
  /** Show the closing card over the map: the period the video showed and its sources. */
  card?: { from: number; to: number };
}

/** What the page shows once that frame is fully drawn. */
export interface FrameResult {
  scenarioTime: number;
  scene: string | null;
  /** Every figure of the panel as shown: its `data-kpi` key → text. */
  kpis: Record<string, string>;
}

/**
 * Video time given to the warm-up frame before the first captured one: a flight the page starts
 * on its own (the first scene, a presenter's focus) is over by then, since MapLibre's flights
 * follow the frame's video time.
 */
export const LEAD_MS = 10_000;

/** `count` scenario times from `from` to `to`, both included, evenly apart. */
export function frameTimes(from: number, to: number, count: number): number[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`frame count must be ≥ 1, got ${count}`);
  if (count === 1) return [from];
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}

/**
 * Which frame each scene of a tour starts at: the frames shared in proportion to each stop's
 * seconds (20 where it gives none), the first stop at frame 0.
 */
export function tourSchedule(
  stops: readonly { scene: string; seconds?: number }[],
  count: number,
): { frame: number; scene: string }[] {
  const weights = stops.map((stop) => stop.seconds ?? 20);
  const total = weights.reduce((a, b) => a + b, 0);
  let before = 0;
  return stops.map((stop, i) => {
    const frame = Math.round((count * before) / total);
    before += weights[i] as number;
    return { frame, scene: stop.scene };
  });
}
