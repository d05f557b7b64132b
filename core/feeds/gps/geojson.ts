import { describe, isRecord } from '../json-value';
import type { ParseResult, Skipped, TrackerPosition } from '../parse-result';
import { type Located, readFeatures } from './feature-text';
import { feedTime } from './feed-time';

export interface TrackerMapping {
  /** The property naming the vehicle: a string, or a number taken as its decimal string. */
  vehicle: string;
  /** The property with the fix's time, see `feedTime`. */
  time: string;
  /** The property with ground speed in km/h. */
  speed?: string;
  /** The property with the heading in degrees from north. */
  heading?: string;
}

/**
 * Tracker positions from GeoJSON Point features, the vehicle, time, speed and heading read from
 * the properties the feed's mapping names. A feature with `geometry: null` (a tracker that has
 * no fix) is passed over; anything malformed in any feature makes the whole message an error,
 * every such error listed, so that a broken feed is seen rather than thinned out.
 */
export function parseTrackerFeatures(text: string, mapping: TrackerMapping): ParseResult<TrackerPosition> {
  const read = readFeatures(text);
  if (!read.ok) return read;
  const errors: string[] = [];
  const items: TrackerPosition[] = [];
  const skipped: Skipped[] = [];
  for (const feature of read.located) {
    const result = readFeature(feature, mapping, errors);
    if (result === 'no position') skipped.push({ at: feature.at, reason: result });
    else if (result) items.push(result);
  }
  return errors.length ? { ok: false, errors } : { ok: true, items, skipped };
}

function readFeature(
  { at, field, value }: Located,
  mapping: TrackerMapping,
  errors: string[],
): TrackerPosition | 'no position' | null {
  if (!isRecord(value) || value.type !== 'Feature') {
    errors.push(`${at}: expected a GeoJSON Feature, got ${describe(value)}`);
    return null;
  }
  const before = errors.length;
  const { geometry, properties } = value;
  let point: [number, number] | null = null;
  if (geometry !== null) {
    if (!isRecord(geometry) || geometry.type !== 'Point') {
      errors.push(
        `${field('geometry')}: expected a Point, got ${describe(isRecord(geometry) ? geometry.type : geometry)}`,
      );
    } else {
      const [lon, lat] = Array.isArray(geometry.coordinates) ? geometry.coordinates : [];
      if (typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= 180 && Math.abs(lat) <= 90) {
        point = [lon, lat];
      } else {
        errors.push(
          `${field('geometry.coordinates')}: expected [longitude, latitude] within ±180 and ±90, got ${describe(geometry.coordinates)}`,
        );
      }
    }
  }
  if (!isRecord(properties)) {
    errors.push(`${field('properties')}: expected an object, got ${describe(properties)}`);
    return null;
  }
  const tracker = property(properties, mapping.vehicle, 'vehicle', field, errors);
  if (
    tracker !== undefined &&
    !((typeof tracker === 'string' && tracker.trim()) || Number.isFinite(tracker))
  ) {
    errors.push(
      `${field(`properties.${mapping.vehicle}`)}: expected a vehicle name or number, got ${describe(tracker)}`,
    );
  }
  const rawTime = property(properties, mapping.time, 'time', field, errors);
  const time = rawTime === undefined ? null : feedTime(rawTime);
  if (rawTime !== undefined && time === null) {
    errors.push(
      `${field(`properties.${mapping.time}`)}: expected an ISO 8601 time with a zone or epoch seconds, got ${describe(rawTime)}`,
    );
  }
  const speed = optional(
    properties,
    mapping.speed,
    0,
    Number.POSITIVE_INFINITY,
    'km/h (a number, at least 0)',
    field,
    errors,
  );
  const heading = optional(properties, mapping.heading, 0, 360, 'degrees from 0 to 360', field, errors);
  if (errors.length > before || time === null) return null;
  if (point === null) return 'no position';
  return {
    tracker: typeof tracker === 'number' ? String(tracker) : (tracker as string).trim(),
    lon: point[0],
    lat: point[1],
    time,
    speedKmh: speed,
    headingDeg: heading === null ? null : heading % 360,
  };
}

/** A required property; undefined, with an error naming what the feed's mapping calls it, where absent. */
function property(
  properties: Record<string, unknown>,
  name: string,
  role: string,
  field: (path: string) => string,
  errors: string[],
): unknown {
  const value = properties[name];
  if (value === undefined || value === null)
    errors.push(`${field('properties')}: no "${name}" (the feed's ${role} property)`);
  return value ?? undefined;
}

function optional(
  properties: Record<string, unknown>,
  name: string | undefined,
  min: number,
  max: number,
  what: string,
  field: (path: string) => string,
  errors: string[],
): number | null {
  if (name === undefined) return null;
  const value = properties[name];
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && value >= min && value <= max) return value;
  errors.push(`${field(`properties.${name}`)}: expected ${what}, got ${describe(value)}`);
  return null;
}
