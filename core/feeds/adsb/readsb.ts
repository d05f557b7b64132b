import { expected, isRecord, parseJson, readEach } from '../json-value';
import type { AircraftPosition, ParseResult } from '../parse-result';
import {
  callsign,
  heading,
  icaoAddress,
  KMH_PER_KNOT,
  LATITUDE,
  LONGITUDE,
  METRES_PER_FOOT,
  optionalNumber,
  type Range,
  staleReason,
  TRACK,
} from './fields';

/** Past 1e11 an epoch in seconds would be the year 5138: it is milliseconds, which aircraft.json never writes. */
const EPOCH_SECONDS: Range = { min: 0, max: 1e11, what: 'a number of epoch seconds' };
const KNOTS: Range = { min: 0, max: Number.POSITIVE_INFINITY, what: 'knots (a number, at least 0)' };
const AGE: Range = { min: 0, max: Number.POSITIVE_INFINITY, what: 'seconds (a number, at least 0)' };
const FEET: Range = { min: -2000, max: 200_000, what: 'feet (a number) or "ground"' };

/**
 * Reads the `aircraft.json` that readsb, dump1090-fa and tar1090 write.
 *
 * Every aircraft's fields are checked, the skipped ones too, and one field of the wrong type on
 * any aircraft makes the whole message an error: a receiver writing garbage must be seen, not
 * thinned out quietly. Passed over, with why: non-ICAO (`~`) addresses, aircraft without a
 * position, and positions older than `maxAgeSeconds`. Fields this does not use are not looked at.
 */
export function parseReadsb(text: string, options: { maxAgeSeconds: number }): ParseResult<AircraftPosition> {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const root = json.value;
  if (!isRecord(root)) return { ok: false, errors: [expected('aircraft.json', 'an object', root)] };

  const errors: string[] = [];
  const now = optionalNumber(root.now, EPOCH_SECONDS, 'now', errors);
  if (now === null && errors.length === 0) errors.push(expected('now', EPOCH_SECONDS.what, root.now));
  if (!Array.isArray(root.aircraft)) errors.push(expected('aircraft', 'an array', root.aircraft));
  if (now === null || !Array.isArray(root.aircraft)) return { ok: false, errors };

  const { items, skipped } = readEach(root.aircraft, 'aircraft', (entry, at) =>
    readAircraft(entry, at, now, options.maxAgeSeconds, errors),
  );
  return errors.length ? { ok: false, errors } : { ok: true, items, skipped };
}

function readAircraft(
  entry: unknown,
  at: string,
  now: number,
  maxAgeSeconds: number,
  errors: string[],
): AircraftPosition | { reason: string } | null {
  if (!isRecord(entry)) {
    errors.push(expected(at, 'an object', entry));
    return null;
  }
  const before = errors.length;
  const hex = icaoAddress(entry.hex, `${at}.hex`, errors, true);
  const flight = callsign(entry.flight, `${at}.flight`, errors);
  const lat = optionalNumber(entry.lat, LATITUDE, `${at}.lat`, errors);
  const lon = optionalNumber(entry.lon, LONGITUDE, `${at}.lon`, errors);
  const onGround = entry.alt_baro === 'ground';
  const feet = onGround ? null : optionalNumber(entry.alt_baro, FEET, `${at}.alt_baro`, errors);
  const knots = optionalNumber(entry.gs, KNOTS, `${at}.gs`, errors);
  const track = optionalNumber(entry.track, TRACK, `${at}.track`, errors);
  const age = optionalNumber(entry.seen_pos, AGE, `${at}.seen_pos`, errors);
  // readsb writes seen_pos whenever it writes lat and lon: without it the position has no time.
  if (lat !== null && lon !== null && entry.seen_pos === undefined) {
    errors.push(expected(`${at}.seen_pos`, 'seconds since the position was measured', undefined));
  }
  if (errors.length > before || hex === null) return null;

  if (hex.startsWith('~')) return { reason: `non-ICAO address "${hex}" (TIS-B or similar)` };
  if (lat === null || lon === null || age === null) return { reason: 'no position' };
  if (age > maxAgeSeconds) return { reason: staleReason(age, maxAgeSeconds) };
  return {
    icao24: hex,
    callsign: flight,
    lon,
    lat,
    time: Math.round((now - age) * 1000),
    altitudeM: feet === null ? null : feet * METRES_PER_FOOT,
    onGround,
    speedKmh: knots === null ? null : knots * KMH_PER_KNOT,
    headingDeg: heading(track),
  };
}
