import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Hub } from '../core/scenario';
import { LANGUAGES, type Language } from '../core/scenario/schema';
import { Header } from './hud/header';
import { connectDisplay } from './live/connection';
import { LiveState } from './live/live-state';
import { createMap } from './map/create-map';
import { declutter } from './map/declutter';
import { buildLayers, hubName, labelPriority, labelSize } from './map/layers';
import { createVehicleViews, updateVehicleViews, type VehicleView } from './map/vehicle-views';

/** What tests and operators can read off a running screen. */
interface CorridorDebug {
  frames: number;
  scenarioTime: number;
  basemapLoaded: boolean;
  arcsDrawn: boolean;
  firstArcsMs: number | null;
  connection: string;
  runId: string;
  snapshots: number;
  movingVehicles: number;
  layerCount: number;
  /** The moving vehicles as drawn this frame. */
  vehicles: () => { id: string; progress: number; estimated: boolean }[];
  /** Screen pixel of a [lon, lat], for tests that read a screenshot. */
  project: (lon: number, lat: number) => [number, number];
  /** Socket handlers per event: stays 1 however often the screen reconnects. */
  handlerCounts: () => Record<string, number>;
}
declare global {
  interface Window {
    __corridor: CorridorDebug;
  }
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const requested = new URLSearchParams(location.search).get('lang');
const debug: CorridorDebug = {
  frames: 0,
  scenarioTime: Number.NaN,
  basemapLoaded: false,
  arcsDrawn: false,
  firstArcsMs: null,
  connection: 'connecting',
  runId: '',
  snapshots: 0,
  movingVehicles: 0,
  layerCount: 0,
  vehicles: () =>
    vehicles
      .filter((v) => v.moving)
      .map((v) => ({ id: v.legView.leg.id, progress: v.progress, estimated: v.estimated })),
  project: () => [Number.NaN, Number.NaN],
  handlerCounts: () => ({}),
};
window.__corridor = debug;

const live = new LiveState();
let language: Language = 'en';
const header = new Header(byId('title'), byId('scenario-time'), byId('mode'), byId('connection'));
const map = createMap(byId('map'));
map.on('load', () => {
  debug.basemapLoaded = true;
});

const overlay = new MapLibreOverlay({
  interleaved: false,
  layers: [],
  onAfterRender: () => {
    debug.frames++;
    if (!debug.arcsDrawn && vehicles.length) {
      debug.arcsDrawn = true;
      debug.firstArcsMs = Math.round(performance.now());
    }
  },
});
map.addControl(overlay);

const connection = connectDisplay(live, (state) => {
  debug.connection = state;
  header.setConnection(state);
});
debug.project = (lon, lat) => {
  const point = map.project([lon, lat]);
  return [point.x, point.y];
};
debug.handlerCounts = () =>
  Object.fromEntries(
    (['snapshot', 'update', 'positions', 'connect', 'disconnect'] as const).map((e) => [
      e,
      connection.socket.listeners(e).length,
    ]),
  );

let vehicles: VehicleView[] = [];
let labelled: Hub[] = [];
let labelsStale = true;
map.on('move', () => {
  labelsStale = true;
});
map.on('resize', () => {
  labelsStale = true;
});

let size = labelSize(innerWidth, innerHeight);

function placeLabels(hubs: readonly Hub[]) {
  size = labelSize(innerWidth, innerHeight);
  const candidates = hubs.map((hub) => {
    const { x, y } = map.project([hub.lon, hub.lat]);
    return { item: hub, text: hubName(hub, language), x, y, priority: labelPriority(hub) };
  });
  labelled = declutter(candidates, size, size * 0.6);
}
let planVersion = -1;
let stateVersion = -1;
let frame = 0;

// The label atlas is drawn once from the font: wait for Inter so it is not drawn in a fallback.
await document.fonts.load('600 16px Inter', 'Liège Lüttich').catch(() => undefined);

function render() {
  requestAnimationFrame(render);
  const state = live.state;
  if (!state) return;
  if (planVersion !== live.planVersion) {
    planVersion = live.planVersion;
    const fromScenario = state.plan.language;
    language =
      requested && (LANGUAGES as readonly string[]).includes(requested)
        ? (requested as Language)
        : fromScenario;
    document.documentElement.lang = language;
    header.setPlan(state.plan, language);
    vehicles = createVehicleViews(live.legs);
    labelsStale = true;
  }
  if (labelsStale) {
    labelsStale = false;
    placeLabels(state.plan.hubs);
  }
  if (stateVersion !== live.version) {
    stateVersion = live.version;
    header.setMode(state.clock.rate, state.clock.paused);
  }
  const t = live.scenarioTime(connection.clock.serverNow());
  debug.scenarioTime = t;
  debug.runId = live.runId;
  debug.snapshots = connection.snapshots();
  debug.movingVehicles = updateVehicleViews(vehicles, live, t);
  header.setTime(t);
  const layers = buildLayers({
    legs: state.plan.legs,
    hubs: state.plan.hubs,
    vehicles,
    labelled,
    language,
    size,
    frame: frame++,
  });
  debug.layerCount = layers.length;
  overlay.setProps({ layers });
}
requestAnimationFrame(render);
