import { bearingDeg, distanceKm, type LngLat } from './great-circle';

/** A polyline with cumulative lengths, so a point at any fraction of its length is found quickly. */
export interface MeasuredPath {
  readonly points: readonly LngLat[];
  /** cumulative[i] is the distance in km from points[0] to points[i]. */
  readonly cumulative: readonly number[];
  readonly lengthKm: number;
}

export function measurePath(points: readonly LngLat[]): MeasuredPath {
  if (points.length < 2) throw new Error(`a path needs at least 2 points, got ${points.length}`);
  const cumulative = [0];
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    total += distanceKm(points[i - 1] as LngLat, points[i] as LngLat);
    cumulative.push(total);
  }
  return { points, cumulative, lengthKm: total };
}

export interface PointOnPath {
  lon: number;
  lat: number;
  /** Heading of travel in degrees clockwise from north. */
  heading: number;
}

/** The point at `fraction` (0..1, clamped) of the path's length, linear within a segment. */
export function pointAlong(path: MeasuredPath, fraction: number, out?: PointOnPath): PointOnPath {
  const target = Math.min(1, Math.max(0, fraction)) * path.lengthKm;
  const { cumulative, points } = path;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] as number) <= target) lo = mid;
    else hi = mid;
  }
  const a = points[lo] as LngLat;
  const b = points[hi] as LngLat;
  const span = (cumulative[hi] as number) - (cumulative[lo] as number);
  const f = span > 0 ? (target - (cumulative[lo] as number)) / span : 0;
  const result = out ?? { lon: 0, lat: 0, heading: 0 };
  result.lon = a[0] + (b[0] - a[0]) * f;
  result.lat = a[1] + (b[1] - a[1]) * f;
  result.heading = bearingDeg(a, b);
  return result;
}
