import { describe, expect, it } from 'vitest';
import { parseTrackerFeatures } from './geojson';

const mapping = { vehicle: 'truck_id', time: 'ts', speed: 'speed_kmh', heading: 'course' };

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
const feature = (geometry: unknown, properties: unknown) => ({ type: 'Feature', geometry, properties });

const collection = {
  type: 'FeatureCollection',
  features: [
    feature(point(8.6821, 50.1109), {
      truck_id: 'TRK-12',
      ts: '2024-06-10T12:00:00+02:00',
      speed_kmh: 82.5,
      course: 271,
    }),
    feature(null, { truck_id: 'TRK-13', ts: 1718013600 }),
    feature(
      { type: 'Point', coordinates: [9.99, 53.55, 12.4] },
      { truck_id: 4711, ts: 1718013605123, course: 360 },
    ),
  ],
};

describe('tracker GeoJSON', () => {
  it('reads a FeatureCollection of Points, passing over features without a position', () => {
    expect(parseTrackerFeatures(JSON.stringify(collection, null, 2), mapping)).toEqual({
      ok: true,
      items: [
        {
          tracker: 'TRK-12',
          lon: 8.6821,
          lat: 50.1109,
          time: 1718013600000,
          speedKmh: 82.5,
          headingDeg: 271,
        },
        { tracker: '4711', lon: 9.99, lat: 53.55, time: 1718013605123, speedKmh: null, headingDeg: 0 },
      ],
      skipped: [{ at: 'features[1]', reason: 'no position' }],
    });
  });

  it('reads NDJSON, one Feature a line, blank lines allowed', () => {
    const text = collection.features.map((f) => JSON.stringify(f)).join('\n\n');
    const result = parseTrackerFeatures(`${text}\n`, { vehicle: 'truck_id', time: 'ts' });
    expect(result).toEqual({
      ok: true,
      items: [
        {
          tracker: 'TRK-12',
          lon: 8.6821,
          lat: 50.1109,
          time: 1718013600000,
          speedKmh: null,
          headingDeg: null,
        },
        { tracker: '4711', lon: 9.99, lat: 53.55, time: 1718013605123, speedKmh: null, headingDeg: null },
      ],
      skipped: [{ at: 'line 3', reason: 'no position' }],
    });
  });

  it('reads a single Feature as one line', () => {
    const one = feature(point(1, 2), { truck_id: 'A', ts: '2024-06-10T10:00:00Z' });
    expect(parseTrackerFeatures(JSON.stringify(one), mapping)).toEqual({
      ok: true,
      items: [{ tracker: 'A', lon: 1, lat: 2, time: 1718013600000, speedKmh: null, headingDeg: null }],
      skipped: [],
    });
  });

  it('names every broken feature and field in a collection', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature(point(1, 2), { truck_id: 'A', ts: 'yesterday' }),
        feature(point(1, 2), { ts: 1718013600 }),
        feature({ type: 'LineString', coordinates: [[1, 2]] }, { truck_id: 'C', ts: 1718013600 }),
        feature(point(200, 2), { truck_id: true, ts: 1718013600, speed_kmh: 'fast', course: -1 }),
        feature(point(1, 2), null),
        { type: 'Point', coordinates: [1, 2] },
      ],
    });
    expect(parseTrackerFeatures(text, mapping)).toEqual({
      ok: false,
      errors: [
        'features[0].properties.ts: expected an ISO 8601 time with a zone or epoch seconds, got "yesterday"',
        `features[1].properties: no "truck_id" (the feed's vehicle property)`,
        'features[2].geometry: expected a Point, got "LineString"',
        'features[3].geometry.coordinates: expected [longitude, latitude] within ±180 and ±90, got [200,2]',
        'features[3].properties.truck_id: expected a vehicle name or number, got true',
        'features[3].properties.speed_kmh: expected km/h (a number, at least 0), got "fast"',
        'features[3].properties.course: expected degrees from 0 to 360, got -1',
        'features[4].properties: expected an object, got null',
        'features[5]: expected a GeoJSON Feature, got {"type":"Point","coordinates":[1,2]}',
      ],
    });
  });

  it('names the line of broken NDJSON', () => {
    const good = JSON.stringify(feature(point(1, 2), { truck_id: 'A', ts: 1718013600 }));
    const result = parseTrackerFeatures(`${good}\n\n{"type": "Feature",\n${good}`, mapping);
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^line 3: not JSON \(.+\)$/)] });
    const noTime = JSON.stringify(feature(point(1, 2), { truck_id: 'A' }));
    expect(parseTrackerFeatures(`${good}\n${noTime}`, mapping)).toEqual({
      ok: false,
      errors: [`line 2: properties: no "ts" (the feed's time property)`],
    });
  });

  it('reports a broken collection once, not once a line', () => {
    const text = JSON.stringify(collection, null, 2).replace('"TRK-13"', '"TRK-13" oops');
    const result = parseTrackerFeatures(text, mapping);
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^not JSON \(.+\)$/)] });
  });

  it('refuses an empty text and a collection without a feature list', () => {
    expect(parseTrackerFeatures(' \n', mapping)).toEqual({
      ok: false,
      errors: ['empty: expected a GeoJSON FeatureCollection or NDJSON'],
    });
    expect(parseTrackerFeatures('{"type": "FeatureCollection"}', mapping)).toEqual({
      ok: false,
      errors: ['features: expected an array, got nothing'],
    });
  });
});
