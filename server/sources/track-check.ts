import type { FixesEvent } from '../../core/events';
import type { LiveFix } from '../../core/ingest/live-event';
import { addFix, type Fix } from '../../core/position';

/**
 * Groups fixes sorted by time into one event per instant (a positions frame has one time),
 * keeping only those the track would take: late or backward fixes stay in the log, off screen.
 */
export function acceptedFixes(
  tracks: Readonly<Record<string, Fix[]>>,
  fixes: readonly LiveFix[],
): FixesEvent[] {
  const scratch = new Map<string, Fix[]>();
  const events: FixesEvent[] = [];
  for (const fix of fixes) {
    let track = scratch.get(fix.vehicle);
    if (!track) {
      track = [...(tracks[fix.vehicle] ?? [])];
      scratch.set(fix.vehicle, track);
    }
    if (addFix(track, fix) !== 'accepted') continue;
    let last = events.at(-1);
    if (last?.time !== fix.time) {
      last = { type: 'fixes', time: fix.time, fixes: [] };
      events.push(last);
    }
    last.fixes.push({ vehicle: fix.vehicle, time: fix.time, progress: fix.progress });
  }
  return events;
}
