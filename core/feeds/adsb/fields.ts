import { expected } from '../json-value';

/**
 * Checks shared by the ADS-B parsers. Each returns the value or pushes one error that names the
 * field, what it should be and what came, so that a receiver's fault can be found from the log.
 */

export const KMH_PER_KNOT = 1.852;
export const KMH_PER_MPS = 3.6;
export const METRES_PER_FOOT = 0.3048;

export interface Range {
  min: number;
  max: number;
  what: string;
}

export const LATITUDE: Range = { min: -90, max: 90, what: 'a number from -90 to 90' };
export const LONGITUDE: Range = { min: -180, max: 180, what: 'a number from -180 to 180' };
export const TRACK: Range = { min: 0, max: 360, what: 'degrees from 0 to 360' };

/** A number in the range, null where the field is absent (undefined) or null; an error otherwise. */
export function optionalNumber(value: unknown, range: Range, at: string, errors: string[]): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && value >= range.min && value <= range.max) return value;
  errors.push(expected(at, range.what, value));
  return null;
}

/** Sources write 360 for due north now and then; the model keeps [0, 360). */
export const heading = (degrees: number | null) => (degrees === null ? null : degrees % 360);

/** Six hex digits, lower case; a leading `~` (readsb's non-ICAO address) is kept for the caller. */
export function icaoAddress(value: unknown, at: string, errors: string[], tilde: boolean): string | null {
  const pattern = tilde ? /^~?[0-9a-f]{6}$/i : /^[0-9a-f]{6}$/i;
  if (typeof value === 'string' && pattern.test(value)) return value.toLowerCase();
  errors.push(expected(at, '6 hex digits', value));
  return null;
}

/** Callsigns come padded to 8 characters with spaces; an all-blank one means none was sent. */
export function callsign(value: unknown, at: string, errors: string[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    errors.push(expected(at, 'a callsign (a string)', value));
    return null;
  }
  const trimmed = value.trim().toUpperCase();
  return trimmed === '' ? null : trimmed;
}

/** `73`, `72.5`: seconds as an operator reads them in a skip reason. */
export const seconds = (s: number) => String(Number(s.toFixed(1)));

export const staleReason = (ageSeconds: number, maxAgeSeconds: number) =>
  `stale position: seen ${seconds(ageSeconds)} s ago (at most ${seconds(maxAgeSeconds)})`;
