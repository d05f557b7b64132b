import type { LiveFix, LiveStatus } from '../../core/ingest/live-event';
import { addFix, type Fix, TRACK_LENGTH } from '../../core/position';

/** What the player reads from the durable log: live statuses, and fixes by time. */
export interface LiveFeed {
  statuses(): Iterable<LiveStatus>;
  /** Vehicles with at least one live fix: the plan no longer moves them. */
  fixVehicles(): Iterable<string>;
  /** Fixes with after < time ≤ upTo, in time order. */
  fixesBetween(after: number, upTo: number): LiveFix[];
  /** A vehicle's last `before` fixes at or before a time, oldest first, and the first after it. */
  fixesAround(
    vehicle: string,
    time: number,
    before?: number,
  ): { before: LiveFix[]; after: LiveFix | undefined };
}

export const NO_FEED: LiveFeed = {
  statuses: () => [],
  fixVehicles: () => [],
  fixesBetween: () => [],
  fixesAround: () => ({ before: [], after: undefined }),
};

/** Each vehicle's track at time t folded from the log, as a screen that saw every fix would hold it. */
export function tracksAt(feed: LiveFeed, vehicles: Iterable<string>, t: number): Record<string, Fix[]> {
  const tracks: Record<string, Fix[]> = {};
  for (const vehicle of vehicles) {
    const track: Fix[] = [];
    for (const fix of feed.fixesAround(vehicle, t, 2 * TRACK_LENGTH).before) addFix(track, fix);
    tracks[vehicle] = track;
  }
  return tracks;
}
