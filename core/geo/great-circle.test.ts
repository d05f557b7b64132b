import { describe, expect, it } from 'vitest';
import { bearingDeg, distanceKm, greatCirclePath, interpolateGreatCircle } from './great-circle';

const HGH = [120.4344, 30.2295] as const;
const LGG = [5.4432, 50.6374] as const;

describe('great circle', () => {
  it('measures Hangzhou to Liège at about 9,000 km', () => {
    expect(distanceKm(HGH, LGG)).toBeGreaterThan(8900);
    expect(distanceKm(HGH, LGG)).toBeLessThan(9100);
  });

  it('passes north of both ends on the way to Europe', () => {
    const middle = interpolateGreatCircle(HGH, LGG, 0.5);
    expect(middle[1]).toBeGreaterThan(55);
    expect(distanceKm(HGH, middle)).toBeCloseTo(distanceKm(middle, LGG), 0);
  });

  it('starts and ends exactly on the endpoints', () => {
    const path = greatCirclePath(HGH, LGG, 100);
    expect(path[0]?.[0]).toBeCloseTo(HGH[0], 6);
    expect(path.at(-1)?.[1]).toBeCloseTo(LGG[1], 6);
    expect(path.length).toBeGreaterThan(80);
  });

  it('unwraps longitudes across the 180° meridian', () => {
    const path = greatCirclePath([170, 60], [-170, 60], 50);
    for (let i = 1; i < path.length; i++) {
      expect(Math.abs((path[i]?.[0] ?? 0) - (path[i - 1]?.[0] ?? 0))).toBeLessThan(5);
    }
  });

  it('heads north-west from Hangzhou towards Liège', () => {
    const heading = bearingDeg(HGH, LGG);
    expect(heading).toBeGreaterThan(300);
    expect(heading).toBeLessThan(340);
  });
});
