import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Colours } from '../theme';
import { basemapStyle } from './basemap-style';

export function createMap(container: HTMLElement, colours: Colours, interactive = true): MapLibreMap {
  // MapLibre 6 looks for its worker at run time; Vite only emits it when imported as a URL.
  setWorkerUrl(workerUrl);
  return new MapLibreMap({
    container,
    style: basemapStyle(import.meta.env.BASE_URL, colours),
    // The world until the plan arrives and its first scene is framed.
    bounds: [
      [-150, -45],
      [150, 70],
    ],
    fitBoundsOptions: { padding: 24 },
    // Without antialiasing the arcs look jagged on a TV.
    canvasContextAttributes: { antialias: true },
    attributionControl: false,
    interactive,
    dragRotate: false,
    pitchWithRotate: false,
  });
}
