import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Bounds } from '../../core/geo/bounds';
import type { Scene } from '../../core/scenario';
import { dissolve } from '../map/dissolve';
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

export type Projection = NonNullable<Scene['projection']>;

/**
 * Keeps the map on one area (a scene or the presenter's focus), framed again when the HUD moves,
 * on a flat map or a globe. Between the two it never jumps: to a globe it flies over the flat map
 * to the area, then dissolves into the globe there; back, it dissolves to the flat map, then flies.
 */
export class Camera {
  private area: Bounds | null = null;
  projection: Projection = 'mercator';
  /** Bumped by every show: a flight's end hands over to the globe only if no show came since. */
  private shows = 0;
  /** MapLibre takes a projection once its style is in (`loaded()` is false during any flight). */
  private styled = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly kiosk: boolean,
    private readonly reducedMotion: boolean,
    private readonly embed = false,
  ) {
    map.once('load', () => {
      this.styled = true;
    });
  }

  show(area: Bounds, instant = false, projection: Projection = this.projection): void {
    this.area = area;
    const show = ++this.shows;
    if (projection === this.projection) {
      this.reframe(instant);
      return;
    }
    this.projection = projection;
    const swap = () => {
      this.map.setProjection({ type: projection });
      this.reframe(true);
    };
    if (instant || this.reducedMotion || !this.styled) this.whenStyled(swap);
    else if (projection === 'globe') {
      this.reframe(false);
      // After the frame that lands: moveend fires inside MapLibre's render, which the dissolve redraws.
      this.map.once('moveend', () => {
        if (show === this.shows) queueMicrotask(() => dissolve(this.map, swap));
      });
    } else {
      dissolve(this.map, () => this.map.setProjection({ type: projection }));
      this.reframe(false);
    }
  }

  private whenStyled(change: () => void): void {
    if (this.styled) change();
    else this.map.once('load', change);
  }

  /** After the HUD's panels changed size: the free map area changed. */
  reframe(instant = true): void {
    if (this.area)
      showArea(this.map, this.area, hudPadding(this.kiosk, this.embed), instant || this.reducedMotion);
  }
}
