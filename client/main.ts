import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { PresenterState } from '../core/presenter';
import type { Hub, Language, Plan } from '../core/scenario';
import { createDebug } from './debug';
import type { Health } from './hud/badges';
import { Hud } from './hud/hud';
import { connectLive } from './live/connection';
import { type LegView, LiveState, minutesSince } from './live/live-state';
import { createMap } from './map/create-map';
import { declutter } from './map/declutter';
import { Fleet, type FleetStyle } from './map/fleet';
import { focusBounds, focusedLegs } from './map/focus';
import { forceRedraw } from './map/force-redraw';
import { createIconAtlas } from './map/icons';
import { buildLayers, FleetAttributes, hubName, labelPriority, labelSize, type Pulse } from './map/layers';
import { SCENE_IDS, type SceneId, showScene } from './map/scenes';
import { Tour } from './map/tour';
import { readOptions } from './options';
import { colours as themeColours } from './theme';

const options = readOptions(location.search, matchMedia('(prefers-reduced-motion: reduce)').matches);
const root = document.documentElement;
root.dataset.theme = options.theme;
root.dataset.palette = options.palette;
document.body.classList.toggle('kiosk', options.kiosk);
const colours = themeColours(options.theme, options.palette);
const debug = createDebug();
const byId = (id: string) => document.getElementById(id) as HTMLElement;

const live = new LiveState();
// Started before the map so that the socket handshake and the font fetch overlap MapLibre's and
// deck.gl's start-up instead of following it: both gate the first arcs.
const connection = connectLive(live, (state) => {
  debug.connection = state;
});
const interLoaded = document.fonts.load('600 16px Inter', 'Liège Lüttich').catch(() => undefined);
// When the HUD's panels change size the free map area changes: frame the current scene again.
const hud = new Hud(options.reducedMotion, colours, () => frameView(true));
const map = createMap(byId('map'), colours);
const atlas = createIconAtlas();
map.on('load', () => {
  debug.basemapLoaded = true;
});

let fleet = new Fleet([]);
let fleetAttributes = new FleetAttributes(fleet);
let fleetStyle: FleetStyle | undefined;
const overlay = new MapLibreOverlay({
  interleaved: false,
  layers: [],
  onAfterRender: () => {
    debug.frames++;
    if (!debug.arcsDrawn && fleet.count) {
      debug.arcsDrawn = true;
      debug.firstArcsMs = Math.round(performance.now());
    }
  },
});
map.addControl(overlay);

Object.defineProperties(debug, {
  positionsApplyMs: { get: () => live.positionsApplyMs },
  positionsApplied: { get: () => live.positionsApplied },
});
debug.project = (lon, lat) => {
  const point = map.project([lon, lat]);
  return [point.x, point.y];
};
debug.handlerCounts = () =>
  Object.fromEntries(
    (['snapshot', 'update', 'positions', 'heartbeat', 'connect', 'disconnect'] as const).map((e) => [
      e,
      connection.socket.listeners(e).length,
    ]),
  );
debug.camera = () => {
  const { lng, lat } = map.getCenter();
  return { lon: lng, lat, zoom: map.getZoom(), padding: map.getPadding() };
};
debug.vehicles = () =>
  fleet.legs.flatMap((view, i) =>
    fleet.moving[i]
      ? [{ id: view.leg.id, progress: fleet.progress[i] as number, estimated: fleet.estimated[i] === 1 }]
      : [],
  );

/** The map area not covered by the HUD, so scenes frame their routes where they can be seen. */
function hudPadding() {
  const gap = Math.min(innerWidth, innerHeight) * 0.02;
  const rect = (id: string) => byId(id).getBoundingClientRect();
  const banner = byId('banner').hidden ? 0 : rect('banner').bottom;
  const top = Math.max(rect('header').bottom, options.kiosk ? 0 : rect('scenes').bottom, banner) + gap;
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

/** What the camera frames: the presenter's focus when there is one, else the scene. */
let focusFrame: [[number, number], [number, number]] | null = null;
function frameView(instant: boolean) {
  if (focusFrame) {
    map.setPadding(hudPadding());
    map.fitBounds(focusFrame, { padding: 0, animate: !(instant || options.reducedMotion), duration: 2500 });
  } else if (debug.scene) showScene(map, debug.scene, hudPadding(), instant || options.reducedMotion);
}

function goTo(scene: SceneId, instant = false) {
  debug.scene = scene;
  debug.scenesShown++;
  focusFrame = null;
  frameView(instant);
  for (const button of byId('scenes').querySelectorAll('button')) {
    button.setAttribute('aria-pressed', String(button.dataset.scene === scene));
  }
}
const tour = options.kiosk ? new Tour((scene) => goTo(scene), options.tourSeconds * 1000, 12_000) : undefined;

const pulses: Pulse[] = Array.from({ length: 8 }, () => ({
  position: [0, 0],
  startedAt: Number.NEGATIVE_INFINITY,
}));
let nextPulse = 0;
let statusesDirty = true;
debug.scenarioTimeAt = (localWall) => live.scenarioTime(connection.clock.serverNow(localWall));
live.listener = {
  clock: () => {
    debug.lastClockChangeAt = Date.now();
  },
  reset: () => {
    if (live.state) hud.reset(live.state);
    statusesDirty = true;
  },
  status: (event) => {
    hud.status(event);
    statusesDirty = true;
    if (event.status !== 'arrived') return;
    const hub = live.state?.plan.hubs.find((h) => h.id === event.hub);
    if (!hub) return;
    const pulse = pulses[nextPulse++ % pulses.length] as Pulse;
    pulse.position = [hub.lon, hub.lat];
    pulse.startedAt = performance.now();
    if (hub.id === 'LGG') tour?.cutTo('liege');
  },
};

let labelled: Hub[] = [];
let labelsStale = true;
let size = labelSize(innerWidth, innerHeight);
map.on('move', () => {
  labelsStale = true;
});
map.on('resize', () => {
  labelsStale = true;
});

let language: Language = 'en';
let planLoads = -1;
let frame = 0;

// The label atlas is drawn once from the font: wait for Inter so it is not drawn in a fallback.
await interLoaded;

function health(): Health {
  const state = connection.state();
  if (state !== 'live') return state;
  return Date.now() - connection.lastDataAt() > 2 * live.tickMs + 500 ? 'stale' : 'live';
}

function setLanguage(plan: Plan, next: Language) {
  const state = live.state;
  if (!state) return;
  language = next;
  debug.language = language;
  hud.setPlan(plan, language, state);
  labelsStale = true;
  byId('scenes').replaceChildren(
    ...SCENE_IDS.map((scene) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.scene = scene;
      button.textContent = hud.messages.scenes[scene];
      button.addEventListener('click', () => goTo(scene));
      return button;
    }),
  );
}

function onNewPlan(plan: Plan) {
  setLanguage(plan, live.state?.presenter.language ?? options.language ?? plan.language);
  fleet = new Fleet(live.legs);
  fleetAttributes = new FleetAttributes(fleet);
  shownLegs = live.legs;
  seen = undefined;
  if (tour) tour.start();
  else goTo('overview', true);
}

/** What the presenter chose for every screen: language, scene, banner, focus and layers. */
let seen: PresenterState | undefined;
let focus: ReadonlySet<string> | null = null;
let shownLegs: LegView[] = [];
function followPresenter(plan: Plan, presenter: PresenterState) {
  if (presenter === seen) return;
  const previous = seen;
  seen = presenter;
  const wanted = presenter.language ?? options.language ?? plan.language;
  if (wanted !== language) setLanguage(plan, wanted);
  if (presenter.scene && presenter.sceneCount !== previous?.sceneCount) {
    // The presenter drives the room now: the kiosk tour steps aside.
    tour?.stop();
    goTo(presenter.scene);
  }
  const banner = byId('banner');
  banner.textContent = presenter.banner ?? '';
  banner.hidden = !presenter.banner;
  if (presenter.focus !== previous?.focus) {
    focus = focusedLegs(plan, presenter.focus);
    focusFrame = focus && focusBounds(plan, focus);
    if (focusFrame) tour?.stop();
    frameView(false);
  }
  if (presenter.layers !== previous?.layers) {
    const on = presenter.layers;
    const modeShown = (legView: LegView) => on[legView.leg.mode];
    shownLegs = live.legs.filter(modeShown);
  }
  debug.presenter = presenter;
}

/** The same object while nothing that styles vehicles changes: the fleet restyles only then. */
function styleOf(presenter: PresenterState): FleetStyle {
  const scale = size / 15;
  const shown = presenter.layers;
  if (
    !fleetStyle ||
    fleetStyle.scale !== scale ||
    fleetStyle.focus !== focus ||
    fleetStyle.shown.air !== shown.air ||
    fleetStyle.shown.rail !== shown.rail ||
    fleetStyle.shown.road !== shown.road
  )
    fleetStyle = { colours, scale, focus, shown: { air: shown.air, rail: shown.rail, road: shown.road } };
  return fleetStyle;
}

function render(now: number) {
  requestAnimationFrame(render);
  drawFrame(now);
}

function drawFrame(now: number) {
  const state = live.state;
  const serverNow = connection.clock.serverNow();
  const t = live.scenarioTime(serverNow);
  debug.health = health();
  hud.frame(now, t, debug.health, state, serverNow, connection.lastDataAt());
  if (!state) return;
  if (planLoads !== live.planLoads) {
    planLoads = live.planLoads;
    onNewPlan(state.plan);
  }
  followPresenter(state.plan, state.presenter);
  if (statusesDirty) {
    statusesDirty = false;
    hud.statusesChanged(state, now);
  }
  if (labelsStale) {
    labelsStale = false;
    size = labelSize(innerWidth, innerHeight);
    labelled = declutter(
      state.plan.hubs.map((hub) => {
        const { x, y } = map.project([hub.lon, hub.lat]);
        return { item: hub, text: hubName(hub, language), x, y, priority: labelPriority(hub) };
      }),
      size,
      size * 0.6,
    );
  }
  debug.scenarioTime = t;
  debug.runId = live.runId;
  debug.snapshots = connection.snapshots();
  debug.clockRtt = connection.clock.rtt;
  const updateStart = performance.now();
  debug.movingVehicles = fleet.update(live, t, styleOf(state.presenter));
  fleetAttributes.advance();
  debug.vehicleUpdateMs += performance.now() - updateStart;
  debug.vehicleUpdates++;
  const minutesNow = minutesSince(state.plan.start, t);
  const layers = buildLayers({
    legs: shownLegs,
    hubs: state.plan.hubs,
    labelled,
    vehicles: fleetAttributes,
    pulses,
    atlas,
    colours,
    language,
    size,
    minutesNow,
    arrivedCount: live.legs.reduce((n, view) => n + (view.arrivedBy(minutesNow) ? 1 : 0), 0),
    now,
    reducedMotion: options.reducedMotion,
    showTrails: state.presenter.layers.trails,
    showLabels: state.presenter.layers.labels,
    focus,
    frame: frame++,
  });
  debug.layerCount = layers.length;
  overlay.setProps({ layers });
}
requestAnimationFrame(render);
debug.benchFrame = () => {
  const started = performance.now();
  drawFrame(started);
  forceRedraw(overlay);
  return performance.now() - started;
};
