type Ring = number[][];

/** Sutherland–Hodgman clip of a closed ring to the half-plane keep(x). */
function clipRing(ring: Ring, keep: (x: number) => boolean, edgeX: number): Ring {
  const out: Ring = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i] as number[];
    const b = ring[i + 1] as number[];
    const aIn = keep(a[0] as number);
    const bIn = keep(b[0] as number);
    if (aIn) out.push(a);
    if (aIn !== bIn) {
      const f = (edgeX - (a[0] as number)) / ((b[0] as number) - (a[0] as number));
      out.push([edgeX, (a[1] as number) + f * ((b[1] as number) - (a[1] as number))]);
    }
  }
  if (out.length) out.push(out[0] as number[]);
  return out;
}

function unwrap(ring: Ring): Ring {
  const out: Ring = [];
  let previous: number | undefined;
  for (const [lon, lat] of ring) {
    let x = lon as number;
    if (previous !== undefined) {
      while (x - previous > 180) x -= 360;
      while (x - previous < -180) x += 360;
    }
    out.push([x, lat as number]);
    previous = x;
  }
  return out;
}

const crosses = (ring: Ring) =>
  ring.some((p, i) => i > 0 && Math.abs((p[0] as number) - (ring[i - 1]?.[0] as number)) > 180);

/**
 * Splits polygons that cross the 180° meridian into pieces that each stay within [-180, 180],
 * so the fill is not smeared across the whole map. Polygons circling a pole are not handled
 * (the basemap drops Antarctica).
 */
export function splitPolygonAtAntimeridian(polygon: Ring[]): Ring[][] {
  if (!polygon.some(crosses)) return [polygon];
  const pieces: Ring[][] = [];
  for (const shift of [-360, 0, 360]) {
    const rings = polygon
      .map((ring) => unwrap(ring).map(([x, y]) => [(x as number) + shift, y as number]))
      .map((ring) =>
        clipRing(
          clipRing(ring, (x) => x >= -180, -180),
          (x) => x <= 180,
          180,
        ),
      )
      .filter((ring) => ring.length >= 4);
    if (rings.length && (rings[0]?.length ?? 0) >= 4) pieces.push(rings);
  }
  return pieces;
}

/** Cuts a line wherever it jumps across the 180° meridian. */
export function splitLineAtAntimeridian(line: Ring): Ring[] {
  const parts: Ring[] = [[]];
  for (const [i, point] of line.entries()) {
    const previous = line[i - 1];
    if (previous && Math.abs((point[0] as number) - (previous[0] as number)) > 180) parts.push([]);
    parts[parts.length - 1]?.push(point);
  }
  return parts.filter((part) => part.length >= 2);
}
