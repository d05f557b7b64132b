import type { MapLibreOverlay } from '@deck.gl/maplibre';

interface DeckInternals {
  layerManager?: { updateLayers(): void; getLayers(): { isLoaded: boolean }[] };
  redraw(reason: string): void;
}

// The overlay keeps its Deck private; the bench and exports need what it does on a frame, now.
const deckOf = (overlay: MapLibreOverlay) => (overlay as unknown as { _deck?: DeckInternals })._deck;

/** What deck.gl does on an animation frame (update layers, draw), done now. */
export function forceRedraw(overlay: MapLibreOverlay): void {
  const deck = deckOf(overlay);
  if (!deck?.layerManager) return;
  deck.layerManager.updateLayers();
  deck.redraw('bench');
}

/** Every layer (and sublayer) has what it loads asynchronously: icon atlases, fonts, data. */
export function layersLoaded(overlay: MapLibreOverlay): boolean {
  const manager = deckOf(overlay)?.layerManager;
  return !!manager && manager.getLayers().every((layer) => layer.isLoaded);
}
