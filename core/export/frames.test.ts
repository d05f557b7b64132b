import { describe, expect, it } from 'vitest';
import { frameTimes, tourSchedule } from './frames';

describe('export frames', () => {
  it('steps evenly from the first time to the last, both shown', () => {
    const times = frameTimes(1000, 4000, 4);
    expect(times).toEqual([1000, 2000, 3000, 4000]);
    expect(frameTimes(5, 9, 1)).toEqual([5]);
    const many = frameTimes(0, 29 * 60_000, 30);
    expect(new Set(many.slice(1).map((t, i) => t - (many[i] as number))).size).toBe(1);
    expect(() => frameTimes(0, 1, 0)).toThrow(/≥ 1/);
  });

  it('shares a tour between its scenes by their seconds', () => {
    const stops = [{ scene: 'route', seconds: 30 }, { scene: 'a' }, { scene: 'b', seconds: 10 }];
    expect(tourSchedule(stops, 120)).toEqual([
      { frame: 0, scene: 'route' },
      { frame: 60, scene: 'a' },
      { frame: 100, scene: 'b' },
    ]);
  });
});
