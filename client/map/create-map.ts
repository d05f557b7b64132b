import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapStyle } from './basemap-style';

/** The Eurasia overview: Madrid to Hangzhou. */
export const OVERVIEW: [[number, number], [number, number]] = [
  [-10, 22],
  [132, 60],
];

export function createMap(container: HTMLElement): MapLibreMap {
  // MapLibre 6 looks for its worker at run time; Vite only emits it when imported as a URL.
  setWorkerUrl(workerUrl);
  return new MapLibreMap({
    container,
    style: basemapStyle(import.meta.env.BASE_URL),
    bounds: OVERVIEW,
    fitBoundsOptions: { padding: 24 },
    // Without antialiasing the arcs look jagged on a TV.
    canvasContextAttributes: { antialias: true },
    attributionControl: false,
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
  });
}
