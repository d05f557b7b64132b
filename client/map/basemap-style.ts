import type { StyleSpecification } from 'maplibre-gl';
import type { Colours } from '../theme';

/** An offline style: Natural Earth land and borders served by our own server, no glyphs, no tiles. */
export function basemapStyle(baseUrl: string, colours: Colours): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: `${baseUrl}basemap/land.json`, tolerance: 0.5 },
      borders: { type: 'geojson', data: `${baseUrl}basemap/borders.json`, tolerance: 0.5 },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': colours.sea } },
      {
        id: 'land',
        type: 'fill',
        source: 'land',
        paint: { 'fill-color': colours.land, 'fill-antialias': true },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: {
          'line-color': colours.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 6, 1.2],
        },
      },
    ],
  };
}
