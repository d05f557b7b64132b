import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Colours } from '../theme';
import { basemapStyle } from './basemap-style';
import { SCENES } from './scenes';

export function createMap(container: HTMLElement, colours: Colours): MapLibreMap {
  // MapLibre 6 looks for its worker at run time; Vite only emits it when imported as a URL.
  setWorkerUrl(workerUrl);
  return new MapLibreMap({
    container,
    style: basemapStyle(import.meta.env.BASE_URL, colours),
    bounds: SCENES.overview,
    fitBoundsOptions: { padding: 24 },
    // Without antialiasing the arcs look jagged on a TV.
    canvasContextAttributes: { antialias: true },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
  });
}
