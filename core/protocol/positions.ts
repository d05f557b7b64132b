import type { FixesEvent } from '../events';

/**
 * All moving vehicles' fixes of one tick in one message: `v` is flat [legIndex, progress, ...]
 * with progress quantized to 0..65535 along the leg's known path (about 150 m on a 10,000 km leg).
 * One string per tick, encoded once for every screen.
 */
export interface PositionsFrame {
  /** Sequence number of the fixes batch in the event log. */
  seq: number;
  /** Scenario time of every fix in the frame. */
  t: number;
  v: number[];
}

export const PROGRESS_SCALE = 65535;

export function encodePositions(
  seq: number,
  event: FixesEvent,
  legIndex: ReadonlyMap<string, number>,
): PositionsFrame {
  const v: number[] = [];
  for (const fix of event.fixes) {
    const index = legIndex.get(fix.vehicle);
    if (index === undefined) continue;
    v.push(index, Math.round(fix.progress * PROGRESS_SCALE));
  }
  return { seq, t: event.time, v };
}

export function decodePositions(frame: PositionsFrame, legIds: readonly string[]): FixesEvent {
  const fixes: FixesEvent['fixes'] = [];
  for (let i = 0; i + 1 < frame.v.length; i += 2) {
    const vehicle = legIds[frame.v[i] as number];
    if (vehicle === undefined) continue;
    fixes.push({ vehicle, time: frame.t, progress: (frame.v[i + 1] as number) / PROGRESS_SCALE });
  }
  return { type: 'fixes', time: frame.t, fixes };
}
