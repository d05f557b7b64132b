import { type Map as MapLibreMap, now } from 'maplibre-gl';

/**
 * Changes what the map shows (a projection) behind a picture of it that fades out: the screen
 * dissolves from one view to the other instead of jumping. The fade follows MapLibre's clock, so an
 * export's frames, drawn at frozen video times, dissolve frame by frame too.
 */
export function dissolve(map: MapLibreMap, change: () => void, ms = 900): void {
  // Drawn now, read now: the WebGL buffer still holds the frame within this task.
  map.redraw();
  const picture = new Image();
  picture.src = map.getCanvas().toDataURL();
  picture.className = 'dissolve';
  picture.alt = '';
  map.getCanvasContainer().append(picture);
  change();
  const started = now();
  const fade = () => {
    const f = (now() - started) / ms;
    if (f >= 1) {
      picture.remove();
      map.off('render', fade);
      return;
    }
    picture.style.opacity = String(1 - f);
    map.triggerRepaint();
  };
  map.on('render', fade);
  map.triggerRepaint();
}
