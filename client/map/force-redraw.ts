import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';

interface DeckInternals {
  layerManager?: { updateLayers(): void; getLayers(): { isLoaded: boolean }[] };
}

// The overlay keeps its Deck private; the bench and exports need what it does on a frame, now.
const deckOf = (overlay: MapLibreOverlay) => (overlay as unknown as { _deck?: DeckInternals })._deck;

/**
 * What deck.gl and MapLibre do on an animation frame, done now: deck.gl draws inside MapLibre's
 * frame (one WebGL context, interleaved), so the map draws, and deck.gl's layers with it.
 */
export function forceRedraw(overlay: MapLibreOverlay, map: MapLibreMap): void {
  deckOf(overlay)?.layerManager?.updateLayers();
  map.redraw();
}

/** Every layer (and sublayer) has what it loads asynchronously: icon atlases, fonts, data. */
export function layersLoaded(overlay: MapLibreOverlay): boolean {
  const manager = deckOf(overlay)?.layerManager;
  return !!manager && manager.getLayers().every((layer) => layer.isLoaded);
}
