import type { LngLat } from './great-circle';

/** [[west, south], [east, north]]: what a camera must show. */
export type Bounds = [[number, number], [number, number]];

/** The box around the points; null where there are none. */
export function boundsOf(points: Iterable<LngLat>): Bounds | null {
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return west <= east
    ? [
        [west, south],
        [east, north],
      ]
    : null;
}

/**
 * The box grown to at least `minLat` degrees of latitude and the same distance in longitude
 * (more degrees towards the poles), so that one short leg is not framed at street level.
 */
export function atLeast([[west, south], [east, north]]: Bounds, minLat: number): Bounds {
  const middle = (south + north) / 2;
  const minLon = minLat / Math.max(0.2, Math.cos((middle * Math.PI) / 180));
  const lonPad = Math.max(0, minLon - (east - west)) / 2;
  const latPad = Math.max(0, minLat - (north - south)) / 2;
  return [
    [west - lonPad, Math.max(-85, south - latPad)],
    [east + lonPad, Math.min(85, north + latPad)],
  ];
}

export const areaOf = ([[west, south], [east, north]]: Bounds) => (east - west) * (north - south);

export const contains = ([[west, south], [east, north]]: Bounds, [lon, lat]: LngLat) =>
  lon >= west && lon <= east && lat >= south && lat <= north;

/** The box grown by `fraction` of its size on every side. */
export function grown([[west, south], [east, north]]: Bounds, fraction: number): Bounds {
  const dLon = (east - west) * fraction;
  const dLat = (north - south) * fraction;
  return [
    [west - dLon, Math.max(-85, south - dLat)],
    [east + dLon, Math.min(85, north + dLat)],
  ];
}
