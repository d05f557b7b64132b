export type LngLat = readonly [lon: number, lat: number];

const EARTH_RADIUS_KM = 6371.0088;
const toRad = (deg: number) => (deg * Math.PI) / 180;
const toDeg = (rad: number) => (rad * 180) / Math.PI;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LngLat, b: LngLat): number {
  const dLat = toRad(b[1] - a[1]);
  const dLon = toRad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a[1])) * Math.cos(toRad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing from a to b in degrees clockwise from north, in [0, 360). */
export function bearingDeg(a: LngLat, b: LngLat): number {
  const φ1 = toRad(a[1]);
  const φ2 = toRad(b[1]);
  const Δλ = toRad(b[0] - a[0]);
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  return (toDeg(Math.atan2(y, x)) + 360) % 360;
}

/** The point at fraction f of the great circle from a to b (spherical interpolation). */
export function interpolateGreatCircle(a: LngLat, b: LngLat, f: number): LngLat {
  const φ1 = toRad(a[1]);
  const λ1 = toRad(a[0]);
  const φ2 = toRad(b[1]);
  const λ2 = toRad(b[0]);
  const δ = distanceKm(a, b) / EARTH_RADIUS_KM;
  if (δ < 1e-12) return [a[0], a[1]];
  const A = Math.sin((1 - f) * δ) / Math.sin(δ);
  const B = Math.sin(f * δ) / Math.sin(δ);
  const x = A * Math.cos(φ1) * Math.cos(λ1) + B * Math.cos(φ2) * Math.cos(λ2);
  const y = A * Math.cos(φ1) * Math.sin(λ1) + B * Math.cos(φ2) * Math.sin(λ2);
  const z = A * Math.sin(φ1) + B * Math.sin(φ2);
  return [toDeg(Math.atan2(y, x)), toDeg(Math.atan2(z, Math.sqrt(x * x + y * y)))];
}

/**
 * The great circle from a to b as a polyline of about one vertex per `stepKm`.
 * Longitudes are unwrapped so the line never jumps across the 180° meridian.
 */
export function greatCirclePath(a: LngLat, b: LngLat, stepKm = 100): LngLat[] {
  const segments = Math.max(1, Math.ceil(distanceKm(a, b) / stepKm));
  const points: LngLat[] = [];
  for (let i = 0; i <= segments; i++) points.push(interpolateGreatCircle(a, b, i / segments));
  return unwrapLongitudes(points);
}

export function unwrapLongitudes(points: readonly LngLat[]): LngLat[] {
  const out: LngLat[] = [];
  let previous: number | undefined;
  for (const [lon, lat] of points) {
    let unwrapped = lon;
    if (previous !== undefined) {
      while (unwrapped - previous > 180) unwrapped -= 360;
      while (unwrapped - previous < -180) unwrapped += 360;
    }
    out.push([unwrapped, lat]);
    previous = unwrapped;
  }
  return out;
}
