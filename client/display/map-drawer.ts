import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { distanceKm } from '../../core/geo/great-circle';
import type { LayerId } from '../../core/presenter';
import type { Hub, Language } from '../../core/scenario';
import type { CorridorState } from '../../core/state';
import { type LegView, type LiveState, minutesSince } from '../live/live-state';
import { type Box, declutter, type Placed } from '../map/declutter';
import { Fleet, type FleetStyle } from '../map/fleet';
import { forceRedraw, layersLoaded } from '../map/force-redraw';
import { createIconAtlas } from '../map/icons';
import { buildLayers, FleetAttributes, hubName, labelPriority, labelSize, type Pulse } from '../map/layers';
import type { Colours } from '../theme';

/** A quarter of the way round the Earth from the globe's centre: the horizon, less a margin. */
const FAR_SIDE_KM = 9500;

/** What the drawing needs of the screen's choices: the controller's state. */
export interface ViewChoices {
  language: Language;
  focus: ReadonlySet<string> | null;
  emphasis: ReadonlySet<string>;
}

/**
 * The deck.gl overlay and what it draws: vehicles in typed arrays, decluttered labels, arrival
 * pulses in a fixed ring of slots. Counts what it draws for the page's probe and the bench.
 */
export class MapDrawer {
  private overlay: MapLibreOverlay;
  frames = 0;
  basemapLoaded = false;
  firstArcsMs: number | null = null;
  movingVehicles = 0;
  vehicleUpdateMs = 0;
  vehicleUpdates = 0;
  layerCount = 0;
  /** The scenario time of the frame drawn last. */
  scenarioTime = Number.NaN;
  fleet = new Fleet([]);
  private attributes = new FleetAttributes(this.fleet);
  private style: FleetStyle | undefined;
  private shownLegs: readonly LegView[] = [];
  private layersShown: Record<LayerId, boolean> | undefined;
  private labelled: Placed<Hub>[] = [];
  private labelsStale = true;
  /** The HUD's panels on screen, which labels keep off; read again when the HUD's layout changes. */
  private panels: Box[] | undefined;
  private size = labelSize(innerWidth, innerHeight);
  private readonly atlas = createIconAtlas();
  private readonly pulses: Pulse[] = Array.from({ length: 8 }, () => ({
    position: [0, 0],
    startedAt: Number.NEGATIVE_INFINITY,
  }));
  private nextPulse = 0;
  private frame = 0;

  constructor(
    private readonly map: MapLibreMap,
    private readonly live: LiveState,
    private readonly colours: Colours,
    private readonly reducedMotion: boolean,
  ) {
    this.overlay = this.addOverlay();
    const stale = () => {
      this.labelsStale = true;
    };
    map.on('load', () => {
      this.basemapLoaded = true;
    });
    map.on('move', stale);
    map.on('resize', () => this.layoutChanged());
  }

  /**
   * The WebGL context is lost: deck.gl's layers and all it held on the GPU go with it. Its overlay
   * is taken out, and luma.gl's hold on the context object undone before the browser restores it
   * as the same object: luma.gl wraps the context's state setters with a cache of the state it
   * set, which a restored context no longer has, so that MapLibre's and a new overlay's calls
   * would be skipped ("no valid shader program in use") and nothing drawn at all.
   */
  contextLost(): void {
    try {
      this.map.removeControl(this.overlay);
    } catch {
      // The style went with the context: there is nothing of the overlay left in it to take out.
    }
    const gl = this.map.getCanvas().getContext('webgl2') as unknown as Record<string, unknown> | null;
    if (!gl) return;
    // The wrappers are the context's own properties; its methods proper are on its prototype.
    for (const key of Object.keys(gl)) if (typeof gl[key] === 'function') delete gl[key];
    delete gl.luma;
    delete gl.lumaState;
  }

  /** The context is restored and MapLibre has rebuilt its style: a new overlay, drawn next frame. */
  contextRestored(): void {
    // MapLibre restored the style as it was, with the old overlay's layers in it.
    for (const id of this.map.getLayersOrder())
      if (this.map.getLayer(id)?.type === 'custom') this.map.removeLayer(id);
    this.overlay = this.addOverlay();
    this.labelsStale = true;
  }

  private addOverlay(): MapLibreOverlay {
    // In MapLibre's own WebGL context, between its layers: the one way deck.gl follows its globe.
    const overlay = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      onAfterRender: () => {
        this.frames++;
        if (this.firstArcsMs === null && this.fleet.count) this.firstArcsMs = Math.round(performance.now());
      },
    });
    this.map.addControl(overlay);
    return overlay;
  }

  /** A new plan or language: labels placed again, and new vehicles where the legs changed. */
  planShown(): void {
    this.labelsStale = true;
    if (this.fleet.legs === this.live.legs) return;
    this.fleet = new Fleet(this.live.legs);
    this.attributes = new FleetAttributes(this.fleet);
    this.layersShown = undefined;
  }

  /** The HUD's panels moved or changed size. */
  layoutChanged(): void {
    this.panels = undefined;
    this.labelsStale = true;
  }

  /** `now`: the frame clock `draw` is given (an export's video time). */
  pulseAt(hub: Hub, now = performance.now()): void {
    const pulse = this.pulses[this.nextPulse++ % this.pulses.length] as Pulse;
    pulse.position = [hub.lon, hub.lat];
    pulse.startedAt = now;
  }

  draw(now: number, state: CorridorState, t: number, view: ViewChoices): void {
    this.scenarioTime = t;
    const layers = state.presenter.layers;
    if (layers !== this.layersShown) {
      this.layersShown = layers;
      this.shownLegs = this.live.legs.filter((legView) => layers[legView.leg.mode]);
    }
    if (this.labelsStale) this.placeLabels(state, view.language, view.emphasis);
    const updateStart = performance.now();
    this.movingVehicles = this.fleet.update(this.live, t, this.styleOf(state, view.focus));
    this.attributes.advance();
    this.vehicleUpdateMs += performance.now() - updateStart;
    this.vehicleUpdates++;
    const minutesNow = minutesSince(state.plan.start, t);
    const built = buildLayers({
      legs: this.shownLegs,
      hubs: state.plan.hubs,
      labelled: this.labelled,
      emphasis: view.emphasis,
      vehicles: this.attributes,
      pulses: this.pulses,
      atlas: this.atlas,
      colours: this.colours,
      language: view.language,
      size: this.size,
      minutesNow,
      arrivedCount: this.live.legs.reduce((n, legView) => n + (legView.arrivedBy(minutesNow) ? 1 : 0), 0),
      now,
      reducedMotion: this.reducedMotion,
      showTrails: layers.trails,
      showLabels: layers.labels,
      focus: view.focus,
      frame: this.frame++,
    });
    this.layerCount = built.length;
    this.overlay.setProps({ layers: built });
  }

  /** Draws now, without waiting for the browser (or an emulated GPU). */
  redraw(): void {
    forceRedraw(this.overlay, this.map);
  }

  /** Every layer has its atlases and data: what an export waits for before its capture. */
  loaded(): boolean {
    return layersLoaded(this.overlay);
  }

  private placeLabels(state: CorridorState, language: Language, emphasis: ReadonlySet<string>): void {
    this.labelsStale = false;
    this.size = labelSize(innerWidth, innerHeight);
    this.panels ??= [...document.querySelectorAll<HTMLElement>('.panel')]
      .filter((panel) => panel.offsetParent !== null)
      .map((panel) => {
        const r = panel.getBoundingClientRect();
        return [r.left, r.top, r.right, r.bottom];
      });
    // On a globe, a hub on the far side projects onto the screen too: only those in sight are labelled.
    const { lng, lat } = this.map.getCenter();
    const inSight = (hub: Hub) =>
      this.map.getProjection()?.type !== 'globe' || distanceKm([lng, lat], [hub.lon, hub.lat]) < FAR_SIDE_KM;
    this.labelled = declutter(
      state.plan.hubs.filter(inSight).map((hub) => {
        const { x, y } = this.map.project([hub.lon, hub.lat]);
        return { item: hub, text: hubName(hub, language), x, y, priority: labelPriority(hub, emphasis) };
      }),
      this.size,
      this.size * 0.6,
      this.panels,
      [0, 0, innerWidth, innerHeight],
    );
  }

  /** The same object while nothing that styles vehicles changes: the fleet restyles only then. */
  private styleOf(state: CorridorState, focus: ReadonlySet<string> | null): FleetStyle {
    const scale = this.size / 15;
    const shown = state.presenter.layers;
    const s = this.style;
    if (
      !s ||
      s.scale !== scale ||
      s.focus !== focus ||
      s.shown.air !== shown.air ||
      s.shown.rail !== shown.rail ||
      s.shown.road !== shown.road
    )
      this.style = {
        colours: this.colours,
        scale,
        focus,
        shown: { air: shown.air, rail: shown.rail, road: shown.road },
      };
    return this.style as FleetStyle;
  }
}
