import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Bounds } from '../../core/geo/bounds';
import type { Plan, Scene } from '../../core/scenario';
import { hubLabel } from '../i18n/hub-names';
import type { Formats } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { inLanguage } from '../i18n/sentences';

/** A scene's name on the screen: its own, else the hub it is about, else the whole operation. */
export function sceneName(scene: Scene, plan: Plan, m: Messages, f: Formats): string {
  if (scene.name) return inLanguage(scene.name, f);
  if (scene.hub)
    return hubLabel(
      plan.hubs.find((h) => h.id === scene.hub),
      f.language,
    );
  return m.wholeOperation;
}

/** Flies to an area (or cuts, for viewers who asked for less motion), keeping clear of the HUD. */
export function showArea(map: MapLibreMap, area: Bounds, padding: PaddingOptions, reducedMotion: boolean) {
  // The padding stays on the map: its visible centre is the middle of the area the HUD leaves free.
  map.setPadding(padding);
  map.fitBounds(area, {
    padding: 0,
    animate: !reducedMotion,
    duration: 3500,
    essential: true,
    curve: 1.3,
  });
}
