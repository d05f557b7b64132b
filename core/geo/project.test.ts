import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greatCirclePath } from './great-circle';
import { measurePath, pointAlong } from './polyline';
import { projectOnPath } from './project';

const hangzhouLiege = measurePath(greatCirclePath([120.434, 30.2295], [5.4428, 50.6364], 100));

describe('projecting a reported position onto a leg', () => {
  it('finds the progress of a point on the path', () => {
    for (const f of [0, 0.1, 0.37, 0.5, 0.99, 1]) {
      const { lon, lat } = pointAlong(hangzhouLiege, f);
      const p = projectOnPath(hangzhouLiege, [lon, lat]);
      expect(p.progress).toBeCloseTo(f, 4);
      expect(p.distanceKm).toBeLessThan(0.5);
    }
  });

  it('measures how far off the path a point is', () => {
    const liege: [number, number] = [5.4428, 50.6364];
    const brussels: [number, number] = [4.3517, 50.8503];
    const p = projectOnPath(hangzhouLiege, brussels);
    expect(p.progress).toBeGreaterThan(0.97);
    expect(p.distanceKm).toBeGreaterThan(40);
    expect(p.distanceKm).toBeLessThan(90);
    expect(projectOnPath(hangzhouLiege, liege).progress).toBe(1);
  });

  it('handles paths across the antimeridian', () => {
    const path = measurePath(greatCirclePath([139.78, 35.55], [-118.41, 33.94], 100));
    const mid = pointAlong(path, 0.5);
    const wrapped = mid.lon > 180 ? mid.lon - 360 : mid.lon;
    const p = projectOnPath(path, [wrapped, mid.lat]);
    expect(p.progress).toBeCloseTo(0.5, 3);
    expect(p.distanceKm).toBeLessThan(1);
  });

  it('puts every point along the path back where it was (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (f) => {
        const { lon, lat } = pointAlong(hangzhouLiege, f);
        const p = projectOnPath(hangzhouLiege, [lon, lat]);
        return Math.abs(p.progress - f) < 1e-3 && p.distanceKm < 1;
      }),
    );
  });
});
