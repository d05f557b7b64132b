import type { FixesEvent } from '../../core/events';
import type { LiveFix } from '../../core/ingest/live-event';
import { addFix, type Fix } from '../../core/position';

export interface Accepted {
  /** One event per run of fixes at the same instant (a positions frame has one time). */
  events: FixesEvent[];
  /** The tracks these fixes lead to, for the vehicles they touch. */
  tracks: Map<string, Fix[]>;
  /** Vehicles given a fix older than the last one they had. */
  late: Set<string>;
}

/**
 * What adding fixes in the order given does to the tracks, keeping only the fixes a track
 * takes: late or backward fixes stay in the log, off screen.
 */
export function acceptedFixes(tracks: Readonly<Record<string, Fix[]>>, fixes: readonly LiveFix[]): Accepted {
  const result: Accepted = { events: [], tracks: new Map(), late: new Set() };
  for (const fix of fixes) {
    let track = result.tracks.get(fix.vehicle);
    if (!track) {
      track = [...(tracks[fix.vehicle] ?? [])];
      result.tracks.set(fix.vehicle, track);
    }
    if (fix.time < (track.at(-1)?.time ?? Number.NEGATIVE_INFINITY)) result.late.add(fix.vehicle);
    if (addFix(track, fix) !== 'accepted') continue;
    let last = result.events.at(-1);
    if (last?.time !== fix.time) {
      last = { type: 'fixes', time: fix.time, fixes: [] };
      result.events.push(last);
    }
    last.fixes.push({ vehicle: fix.vehicle, time: fix.time, progress: fix.progress });
  }
  return result;
}

export function sameTrack(a: readonly Fix[], b: readonly Fix[]): boolean {
  return (
    a.length === b.length && a.every((fix, i) => fix.time === b[i]?.time && fix.progress === b[i]?.progress)
  );
}
