import type { Map as MapLibreMap } from 'maplibre-gl';

export interface ContextGuardOptions {
  /** Takes the overlay out of the lost context. */
  lose: () => void;
  /** Puts the overlay back in the restored context: deck.gl's layers are not part of the style. */
  rebuild: () => void;
  /** Overlay frames drawn so far: one more after the rebuild means the layers are back. */
  frames: () => number;
  reload: () => void;
  /** From the loss to the layers drawn again, or the page reloads. */
  withinMs?: number;
}

/**
 * After a WebGL context loss (a TV's driver reset, sleep, the browser's GPU process restarting)
 * MapLibre brings back its basemap when the browser restores the context; the overlay is put back
 * here. Where the browser does not restore it, or nothing is drawn after, the page reloads.
 */
export function guardContext(map: MapLibreMap, options: ContextGuardOptions): { lost: () => boolean } {
  const withinMs = options.withinMs ?? 5000;
  let lost = false;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let watching: ReturnType<typeof setInterval> | undefined;
  const back = () => {
    lost = false;
    clearTimeout(deadline);
    clearInterval(watching);
  };
  map.on('webglcontextlost', () => {
    lost = true;
    options.lose();
    clearTimeout(deadline);
    deadline = setTimeout(() => {
      if (lost) options.reload();
    }, withinMs);
  });
  map.on('webglcontextrestored', () => {
    options.rebuild();
    const before = options.frames();
    clearInterval(watching);
    watching = setInterval(() => {
      if (options.frames() > before) back();
    }, 100);
  });
  return { lost: () => lost };
}
