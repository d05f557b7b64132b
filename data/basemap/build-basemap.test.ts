import type { Feature, MultiLineString, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { splitLineAtAntimeridian, splitPolygonAtAntimeridian } from './antimeridian';
import { buildBasemap } from './build-basemap';

const jumps = (ring: number[][]) =>
  ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180);

describe('antimeridian', () => {
  it('splits a square that crosses 180° into two pieces inside [-180, 180]', () => {
    const square = [
      [170, 10],
      [-170, 10],
      [-170, 20],
      [170, 20],
      [170, 10],
    ];
    const pieces = splitPolygonAtAntimeridian([square]);
    expect(pieces).toHaveLength(2);
    for (const [outer] of pieces) {
      expect(jumps(outer ?? [])).toBe(false);
      for (const [lon] of outer ?? []) expect(Math.abs(lon ?? 0)).toBeLessThanOrEqual(180);
    }
    const xs = pieces.map(([outer]) => (outer ?? []).map((p) => p[0] ?? 0));
    expect(xs.map((x) => [Math.min(...x), Math.max(...x)]).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))).toEqual(
      [
        [-180, -170],
        [170, 180],
      ],
    );
  });

  it('leaves a polygon that does not cross alone and cuts a line that does', () => {
    const ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    expect(splitPolygonAtAntimeridian([ring])).toEqual([[ring]]);
    expect(
      splitLineAtAntimeridian([
        [178, 0],
        [179, 0],
        [-179, 0],
        [-178, 0],
      ]),
    ).toHaveLength(2);
  });
});

describe('basemap', () => {
  const { land, borders } = buildBasemap();
  const polygons = (land.features[0] as Feature<MultiPolygon>).geometry.coordinates;
  const borderLines = (borders.features[0] as Feature<MultiLineString>).geometry.coordinates;

  it('has no ring or border that jumps across the map', () => {
    expect(polygons.length).toBeGreaterThan(1000);
    expect(polygons.flat().some(jumps)).toBe(false);
    expect(borderLines.some(jumps)).toBe(false);
  });

  it('leaves Antarctica out and keeps Belgium and Zhejiang on land', () => {
    expect(polygons.flat(2).some(([, lat]) => (lat ?? 0) < -70)).toBe(false);
    const inside = (lon: number, lat: number) =>
      polygons.some(([outer]) => {
        let hit = false;
        const ring = outer ?? [];
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi = 0, yi = 0] = ring[i] ?? [];
          const [xj = 0, yj = 0] = ring[j] ?? [];
          if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) hit = !hit;
        }
        return hit;
      });
    expect(inside(5.44, 50.64)).toBe(true);
    expect(inside(120.43, 30.23)).toBe(true);
    expect(inside(-30, 40)).toBe(false);
  });
});
