import type { MapLibreOverlay } from '@deck.gl/maplibre';

/**
 * What deck.gl does on an animation frame (update layers, draw), done now. The overlay keeps its
 * Deck private; the bench needs frames that do not wait on the browser's frame clock.
 */
export function forceRedraw(overlay: MapLibreOverlay): void {
  const deck = (
    overlay as unknown as {
      _deck?: { layerManager?: { updateLayers(): void }; redraw(reason: string): void };
    }
  )._deck;
  if (!deck?.layerManager) return;
  deck.layerManager.updateLayers();
  deck.redraw('bench');
}
