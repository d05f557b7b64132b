import type { StyleSpecification } from 'maplibre-gl';

export const THEME = {
  sea: '#0b1622',
  land: '#1b2a3a',
  border: '#3b5068',
};

/** An offline style: Natural Earth land and borders served by our own server, no glyphs, no tiles. */
export function basemapStyle(baseUrl: string): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: `${baseUrl}basemap/land.json`, tolerance: 0.5 },
      borders: { type: 'geojson', data: `${baseUrl}basemap/borders.json`, tolerance: 0.5 },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': THEME.sea } },
      {
        id: 'land',
        type: 'fill',
        source: 'land',
        paint: { 'fill-color': THEME.land, 'fill-antialias': true },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: {
          'line-color': THEME.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 6, 1.2],
        },
      },
    ],
  };
}
