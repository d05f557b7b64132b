import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { splitLineAtAntimeridian, splitPolygonAtAntimeridian } from './antimeridian.ts';

const round = (n: number) => Math.round(n * 100) / 100;

function roundLine(line: number[][]): number[][] {
  const out: number[][] = [];
  for (const [lon, lat] of line) {
    const point = [round(lon as number), round(lat as number)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

/**
 * Land and country borders from Natural Earth 1:50m (world-atlas), for MapLibre to draw offline:
 * rounded to 0.01° (about 1 km), split at the 180° meridian, Antarctica left out.
 */
export function buildBasemap(): { land: FeatureCollection; borders: FeatureCollection } {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology;
  const objects = topology.objects as { land: GeometryCollection; countries: GeometryCollection };

  const landFeature = feature(topology, objects.land) as unknown as FeatureCollection<MultiPolygon>;
  const polygons = landFeature.features
    .flatMap((f) => f.geometry.coordinates)
    .filter((polygon) => polygon[0]?.some(([, lat]) => (lat as number) > -60))
    .flatMap((polygon) => splitPolygonAtAntimeridian(polygon))
    .map((polygon) => polygon.map(roundLine).filter((ring) => ring.length >= 4))
    .filter((polygon) => polygon.length > 0);

  const borderLines = (mesh(topology, objects.countries, (a, b) => a !== b) as MultiLineString).coordinates
    .flatMap(splitLineAtAntimeridian)
    .map(roundLine)
    .filter((line) => line.length >= 2);

  const collection = (f: Feature): FeatureCollection => ({ type: 'FeatureCollection', features: [f] });
  return {
    land: collection({
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    }),
    borders: collection({
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiLineString', coordinates: borderLines },
    }),
  };
}
