import type { Leg, Plan } from '../scenario/plan';
import type { AircraftPosition, TrackerPosition } from './parse-result';

/** An aircraft or tracker is taken for a leg's vehicle this long before departure and after arrival. */
const WINDOW_MS = 3 * 3_600_000;

/** A fix as the ingest endpoint takes it (Corridor's own JSON), ready to be checked like any other. */
export interface FeedFix {
  kind: 'fix';
  id: string;
  vehicle: string;
  time: string;
  lon: number;
  lat: number;
  altitude?: number;
  heading?: number;
  speed?: number;
}

export interface Matched {
  fixes: FeedFix[];
  /** Positions no leg names (most aircraft a receiver hears): ignored, counted. */
  unmatched: number;
}

type Key = (leg: Leg) => readonly (string | undefined)[];

/** The leg of the plan a position belongs to: named by the leg's tracking, flying at that time. */
function legFinder(plan: Plan, keys: Key) {
  const byKey = new Map<string, Leg[]>();
  for (const leg of plan.legs)
    for (const key of keys(leg)) if (key) byKey.set(key, [...(byKey.get(key) ?? []), leg]);
  return (time: number, ...names: (string | null)[]): Leg | undefined => {
    const candidates = names.flatMap((name) => (name ? (byKey.get(name) ?? []) : []));
    const distance = (leg: Leg) =>
      time < leg.depart ? leg.depart - time : time > leg.arrive ? time - leg.arrive : 0;
    return candidates
      .filter((leg) => distance(leg) <= WINDOW_MS)
      .sort((a, b) => distance(a) - distance(b))[0];
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
const within = (value: number | null, max: number) =>
  value !== null && value >= 0 && value <= max ? value : undefined;

/**
 * The id of a position: the feed, the aircraft or tracker, where it was (to a metre) and the
 * minute. A receiver serving a position again, or a restart polling it again, makes the same id,
 * a repeat the log recognises, never a new fix; its time alone would not, since a receiver gives
 * it as "now less seen_pos" in seconds, a few milliseconds off each time.
 */
const fixId = (feed: string, who: string, p: { lon: number; lat: number; time: number }) =>
  `${feed}:${who}:${p.lat.toFixed(5)},${p.lon.toFixed(5)}:${Math.floor(p.time / 60_000)}`;

interface Position {
  lon: number;
  lat: number;
  time: number;
  altitudeM?: number | null;
  speedKmh: number | null;
  headingDeg: number | null;
}

/** Each position as a fix of the leg `find` names for it, or counted unmatched. */
function toFixes<P extends Position>(
  feed: string,
  positions: readonly P[],
  find: (p: P) => Leg | undefined,
  who: (p: P) => string,
): Matched {
  const fixes: FeedFix[] = [];
  let unmatched = 0;
  for (const p of positions) {
    const leg = find(p);
    if (!leg) {
      unmatched++;
      continue;
    }
    const fix: FeedFix = {
      kind: 'fix',
      id: fixId(feed, who(p), p),
      vehicle: leg.id,
      time: iso(p.time),
      lon: p.lon,
      lat: p.lat,
    };
    const altitude = within(p.altitudeM ?? null, 25_000);
    if (altitude !== undefined) fix.altitude = altitude;
    const heading = within(p.headingDeg, 360);
    if (heading !== undefined) fix.heading = heading;
    const speed = within(p.speedKmh, 2000);
    if (speed !== undefined) fix.speed = speed;
    fixes.push(fix);
  }
  return { fixes, unmatched };
}

/** Positions of the operation's aircraft become fixes of their legs' vehicles. */
export function aircraftFixes(plan: Plan, feed: string, positions: readonly AircraftPosition[]): Matched {
  const find = legFinder(plan, (leg) => [leg.tracking?.icao24, leg.tracking?.callsign]);
  return toFixes(
    feed,
    positions,
    (p) => find(p.time, p.icao24, p.callsign),
    (p) => p.icao24,
  );
}

/** Trackers' positions (trucks, trains) become fixes of the legs whose tracking names the tracker. */
export function trackerFixes(plan: Plan, feed: string, positions: readonly TrackerPosition[]): Matched {
  const find = legFinder(plan, (leg) => [leg.tracking?.tracker]);
  return toFixes(
    feed,
    positions,
    (p) => find(p.time, p.tracker),
    (p) => encodeURIComponent(p.tracker),
  );
}
