import { describe, expected, isRecord, parseJson, readEach } from '../json-value';
import type { AircraftPosition, ParseResult } from '../parse-result';
import {
  callsign,
  heading,
  icaoAddress,
  KMH_PER_MPS,
  LATITUDE,
  LONGITUDE,
  optionalNumber,
  type Range,
  staleReason,
  TRACK,
} from './fields';

const EPOCH_SECONDS: Range = { min: 0, max: 1e11, what: 'a number of epoch seconds' };
const METRES: Range = { min: -2000, max: 60_000, what: 'metres (a number)' };
const MPS: Range = { min: 0, max: Number.POSITIVE_INFINITY, what: 'm/s (a number, at least 0)' };

/** The state vector's fields up to position_source; `category` (17) comes only with `extended=1`. */
const STATE_FIELDS = 17;

/**
 * Reads an OpenSky Network `GET /api/states/all` response: `{ time, states }`, each state an
 * array by position. As for readsb, one field of the wrong type in any state makes the whole
 * response an error, and states without a position or older than `maxAgeSeconds` are passed
 * over with why. Fields Corridor does not use (origin_country, sensors, squawk…) are not looked at.
 */
export function parseOpenSky(
  text: string,
  options: { maxAgeSeconds: number },
): ParseResult<AircraftPosition> {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const root = json.value;
  if (!isRecord(root)) return { ok: false, errors: [expected('response', 'an object', root)] };

  const errors: string[] = [];
  const time = optionalNumber(root.time, EPOCH_SECONDS, 'time', errors);
  if (time === null && errors.length === 0) errors.push(expected('time', EPOCH_SECONDS.what, root.time));
  // OpenSky sends `states: null`, not an empty array, when nothing is in view.
  const states = root.states === null ? [] : root.states;
  if (!Array.isArray(states)) errors.push(expected('states', 'an array or null', root.states));
  if (time === null || !Array.isArray(states)) return { ok: false, errors };

  const { items, skipped } = readEach(states, 'states', (entry, at) =>
    readState(entry, at, time, options.maxAgeSeconds, errors),
  );
  return errors.length ? { ok: false, errors } : { ok: true, items, skipped };
}

function readState(
  state: unknown,
  at: string,
  time: number,
  maxAgeSeconds: number,
  errors: string[],
): AircraftPosition | { reason: string } | null {
  if (!Array.isArray(state) || state.length < STATE_FIELDS) {
    const got = Array.isArray(state) ? `${state.length} values` : describe(state);
    errors.push(`${at}: expected a state vector of at least ${STATE_FIELDS} values, got ${got}`);
    return null;
  }
  const field = (index: number, name: string) => `${at}[${index}]: ${name}`;
  const before = errors.length;
  const icao24 = icaoAddress(state[0], field(0, 'icao24'), errors, false);
  const flight = callsign(state[1], field(1, 'callsign'), errors);
  const positionTime = optionalNumber(state[3], EPOCH_SECONDS, field(3, 'time_position'), errors);
  const lon = optionalNumber(state[5], LONGITUDE, field(5, 'longitude'), errors);
  const lat = optionalNumber(state[6], LATITUDE, field(6, 'latitude'), errors);
  const altitude = optionalNumber(state[7], METRES, field(7, 'baro_altitude'), errors);
  const onGround = state[8];
  if (typeof onGround !== 'boolean') errors.push(expected(field(8, 'on_ground'), 'true or false', onGround));
  const velocity = optionalNumber(state[9], MPS, field(9, 'velocity'), errors);
  const track = optionalNumber(state[10], TRACK, field(10, 'true_track'), errors);
  if (errors.length > before || icao24 === null) return null;

  if (positionTime === null || lon === null || lat === null) return { reason: 'no position' };
  if (time - positionTime > maxAgeSeconds) return { reason: staleReason(time - positionTime, maxAgeSeconds) };
  return {
    icao24,
    callsign: flight,
    lon,
    lat,
    time: positionTime * 1000,
    altitudeM: altitude,
    onGround: onGround === true,
    speedKmh: velocity === null ? null : velocity * KMH_PER_MPS,
    headingDeg: heading(track),
  };
}
