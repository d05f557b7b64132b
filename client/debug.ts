import type { PresenterState } from '../core/presenter';
import type { Health } from './hud/badges';
import type { SceneId } from './map/scenes';

/** What tests and operators can read off a running screen (`window.__corridor`). */
export interface CorridorDebug {
  frames: number;
  scenarioTime: number;
  basemapLoaded: boolean;
  arcsDrawn: boolean;
  firstArcsMs: number | null;
  connection: string;
  health: Health;
  runId: string;
  snapshots: number;
  movingVehicles: number;
  /** Main-thread ms spent moving vehicles in render frames, summed, and how many frames: for npm run bench. */
  vehicleUpdateMs: number;
  vehicleUpdates: number;
  /**
   * Draws one frame now, without waiting for the browser (or an emulated GPU): the main-thread ms
   * it took. For npm run bench, where llvmpipe leaves too few real frames to average.
   */
  benchFrame: () => number;
  /** Main-thread ms spent applying positions frames from the server, summed, and how many. */
  positionsApplyMs: number;
  positionsApplied: number;
  layerCount: number;
  scene: SceneId | null;
  scenesShown: number;
  language: string;
  presenter: PresenterState | null;
  /** Local wall time the last clock change (play, pause, seek, rate) was applied. */
  lastClockChangeAt: number;
  /** Round trip (ms) of the clock-sync sample the screen trusts; the offset is good to half of it. */
  clockRtt: number;
  /** The scenario time this screen shows at a given local wall time: for lockstep tests. */
  scenarioTimeAt: (localWall: number) => number;
  /** The moving vehicles as drawn this frame. */
  vehicles: () => { id: string; progress: number; estimated: boolean }[];
  /** Screen pixel of a [lon, lat], for tests that read a screenshot. */
  project: (lon: number, lat: number) => [number, number];
  /** The camera now: centre, zoom and padding. */
  camera: () => { lon: number; lat: number; zoom: number; padding: unknown };
  /** Socket handlers per event: stays 1 however often the screen reconnects. */
  handlerCounts: () => Record<string, number>;
}

declare global {
  interface Window {
    __corridor: CorridorDebug;
  }
}

export function createDebug(): CorridorDebug {
  const debug: CorridorDebug = {
    frames: 0,
    scenarioTime: Number.NaN,
    basemapLoaded: false,
    arcsDrawn: false,
    firstArcsMs: null,
    connection: 'connecting',
    health: 'connecting',
    runId: '',
    snapshots: 0,
    movingVehicles: 0,
    vehicleUpdateMs: 0,
    vehicleUpdates: 0,
    benchFrame: () => Number.NaN,
    positionsApplyMs: 0,
    positionsApplied: 0,
    layerCount: 0,
    scene: null,
    scenesShown: 0,
    language: '',
    presenter: null,
    lastClockChangeAt: 0,
    clockRtt: Number.POSITIVE_INFINITY,
    scenarioTimeAt: () => Number.NaN,
    vehicles: () => [],
    project: () => [Number.NaN, Number.NaN],
    handlerCounts: () => ({}),
    camera: () => ({ lon: Number.NaN, lat: Number.NaN, zoom: Number.NaN, padding: null }),
  };
  window.__corridor = debug;
  return debug;
}
