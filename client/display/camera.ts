import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Bounds } from '../../core/geo/bounds';
import { labelSize } from '../map/layers';
import { showArea } from '../map/scenes';

const byId = (id: string) => document.getElementById(id) as HTMLElement;

/** The map area not covered by the HUD, so views frame their routes where they can be seen. */
function hudPadding(kiosk: boolean, embed: boolean) {
  const gap = Math.min(innerWidth, innerHeight) * 0.02;
  const rect = (id: string) => byId(id).getBoundingClientRect();
  if (embed) {
    const side = gap + labelSize(innerWidth, innerHeight) * 3;
    return {
      top: rect('header').bottom + gap,
      left: side,
      right: side,
      bottom: innerHeight - rect('embed').top + gap,
    };
  }
  const banner = byId('banner').hidden ? 0 : rect('banner').bottom;
  const top = Math.max(rect('header').bottom, kiosk ? 0 : rect('scenes').bottom, banner) + gap;
  // Labels sit to the right of their hub: leave room for one.
  const label = labelSize(innerWidth, innerHeight) * 5;
  if (innerWidth >= innerHeight) {
    return {
      top,
      left: gap,
      right: innerWidth - rect('kpis').left + label,
      bottom: innerHeight - rect('legend').top + gap,
    };
  }
  return { top, left: gap, right: label, bottom: innerHeight - rect('kpis').top + gap };
}

/** Keeps the map on one area (a scene or the presenter's focus), framed again when the HUD moves. */
export class Camera {
  private area: Bounds | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly kiosk: boolean,
    private readonly reducedMotion: boolean,
    private readonly embed = false,
  ) {}

  show(area: Bounds, instant = false): void {
    this.area = area;
    this.reframe(instant);
  }

  /** After the HUD's panels changed size: the free map area changed. */
  reframe(instant = true): void {
    if (this.area)
      showArea(this.map, this.area, hudPadding(this.kiosk, this.embed), instant || this.reducedMotion);
  }
}
