import { describe, expect, it } from 'vitest';
import { measurePath, pointAlong } from './polyline';

describe('measured polyline', () => {
  const path = measurePath([
    [0, 0],
    [1, 0],
    [1, 1],
  ]);

  it('finds the start, the corner and the end', () => {
    expect(pointAlong(path, 0)).toMatchObject({ lon: 0, lat: 0 });
    expect(pointAlong(path, 0.5).lon).toBeCloseTo(1, 3);
    expect(pointAlong(path, 1)).toMatchObject({ lon: 1, lat: 1 });
  });

  it('clamps fractions outside 0..1', () => {
    expect(pointAlong(path, -3)).toMatchObject({ lon: 0, lat: 0 });
    expect(pointAlong(path, 7)).toMatchObject({ lon: 1, lat: 1 });
  });

  it('gives the heading of the current segment', () => {
    expect(pointAlong(path, 0.25).heading).toBeCloseTo(90, 0);
    expect(pointAlong(path, 0.75).heading).toBeCloseTo(0, 0);
  });

  it('refuses a path of one point', () => {
    expect(() => measurePath([[0, 0]])).toThrow('at least 2 points');
  });
});
