import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';

import type { SceneId } from '../../core/presenter';

export { SCENE_IDS, type SceneId } from '../../core/presenter-state';

type Bounds = [[number, number], [number, number]];

/** Named camera views, each as the area it must show, so every layout frames it itself. */
export const SCENES: Record<SceneId, Bounds> = {
  overview: [
    [-10, 22],
    [132, 60],
  ],
  hangzhou: [
    [113, 25],
    [126, 35],
  ],
  liege: [
    [2.2, 49.4],
    [8.2, 52.5],
  ],
  europe: [
    [-9.5, 39],
    [17, 56],
  ],
};

/** Flies to a scene (or cuts, for viewers who asked for less motion), keeping clear of the HUD. */
export function showScene(map: MapLibreMap, scene: SceneId, padding: PaddingOptions, reducedMotion: boolean) {
  // The padding stays on the map: its visible centre is the middle of the area the HUD leaves free.
  map.setPadding(padding);
  map.fitBounds(SCENES[scene], {
    padding: 0,
    animate: !reducedMotion,
    duration: 3500,
    essential: true,
    curve: 1.3,
  });
}
