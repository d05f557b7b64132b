import { distanceKm, type LngLat } from './great-circle';
import type { MeasuredPath } from './polyline';

export interface Projection {
  /** Fraction of the path's length at the nearest point, 0..1. */
  progress: number;
  /** Great-circle distance from the point to that nearest point. */
  distanceKm: number;
}

const KM_PER_DEGREE = 111.195;

/** Brings a longitude within 180° of a reference, since paths are unwrapped across the antimeridian. */
function near(lon: number, reference: number): number {
  return lon + 360 * Math.round((reference - lon) / 360);
}

/**
 * The point of a path nearest to a reported position: each segment is flattened around its
 * own mid-latitude, which is close enough at the lengths of a leg's segments to find the segment
 * and the place on it; the distance is then measured on the sphere.
 */
export function projectOnPath(path: MeasuredPath, point: LngLat): Projection {
  const { points, cumulative } = path;
  let best = { progressKm: 0, distanceKm: Number.POSITIVE_INFINITY };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as LngLat;
    const b = points[i] as LngLat;
    const scale = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
    const bx = (b[0] - a[0]) * scale;
    const by = b[1] - a[1];
    const lon = near(point[0], a[0]);
    const px = (lon - a[0]) * scale;
    const py = point[1] - a[1];
    const length2 = bx * bx + by * by;
    const f = length2 > 0 ? Math.min(1, Math.max(0, (px * bx + py * by) / length2)) : 0;
    const rough = Math.hypot(px - f * bx, py - f * by) * KM_PER_DEGREE;
    if (rough > best.distanceKm + 1) continue;
    const nearest: LngLat = [a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1])];
    const exact = distanceKm([lon, point[1]], nearest);
    if (exact < best.distanceKm) {
      const span = (cumulative[i] as number) - (cumulative[i - 1] as number);
      best = { progressKm: (cumulative[i - 1] as number) + f * span, distanceKm: exact };
    }
  }
  return {
    progress: path.lengthKm > 0 ? Math.min(1, Math.max(0, best.progressKm / path.lengthKm)) : 0,
    distanceKm: best.distanceKm,
  };
}
