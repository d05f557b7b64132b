import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FrameRequest, FrameResult } from '../../core/export/frames';
import type { PresenterState } from '../../core/presenter';
import type { ReloadReason } from '../heal/reload';
import type { Health } from '../hud/badges';
import type { Hud } from '../hud/hud';
import type { Feed } from '../live/feed';
import type { LiveState } from '../live/live-state';
import type { DisplayController } from './controller';
import type { MapDrawer } from './map-drawer';

/** What tests, the bench and operators can read off a running screen (`window.__corridor`). */
export interface CorridorProbe {
  readonly frames: number;
  readonly scenarioTime: number;
  readonly basemapLoaded: boolean;
  readonly arcsDrawn: boolean;
  readonly firstArcsMs: number | null;
  readonly connection: string;
  readonly health: Health;
  readonly runId: string;
  readonly snapshots: number;
  readonly movingVehicles: number;
  /** Main-thread ms spent moving vehicles in render frames, summed, and how many frames: for npm run bench. */
  readonly vehicleUpdateMs: number;
  readonly vehicleUpdates: number;
  /** Main-thread ms spent applying positions frames from the server, summed, and how many. */
  readonly positionsApplyMs: number;
  readonly positionsApplied: number;
  readonly layerCount: number;
  readonly scene: string | null;
  /** The map's projection now: "mercator" or "globe". */
  readonly projection: string;
  readonly scenesShown: number;
  readonly language: string;
  readonly presenter: PresenterState | null;
  /** Local wall time the last clock change (play, pause, seek, rate) was applied. */
  readonly lastClockChangeAt: number;
  /** Round trip (ms) of the clock-sync sample the screen trusts; the offset is good to half of it. */
  readonly clockRtt: number;
  /** The build this page runs (its `<meta name="corridor-build">`), null in development. */
  readonly build: string | null;
  /** Why the page before this one reloaded itself into it, if it did. */
  readonly reloadedFor: ReloadReason | null;
  /**
   * Draws one frame now, without waiting for the browser (or an emulated GPU): the main-thread ms
   * it took. For npm run bench, where llvmpipe leaves too few real frames to average.
   */
  benchFrame(): number;
  /** The scenario time this screen shows at a given local wall time: for lockstep tests. */
  scenarioTimeAt(localWall: number): number;
  /** The moving vehicles as drawn this frame. */
  vehicles(): { id: string; progress: number; estimated: boolean }[];
  /** Screen pixel of a [lon, lat], for tests that read a screenshot. */
  project(lon: number, lat: number): [number, number];
  /** The camera now: centre, zoom and padding. */
  camera(): { lon: number; lat: number; zoom: number; padding: unknown };
  /** Socket handlers per event: stays 1 however often the screen reconnects. */
  handlerCounts(): Record<string, number>;
  /**
   * Export mode (`?export=1`) only: shows a scenario time, draws it and resolves once the map and
   * its layers are fully drawn, for a capture (client/export/export-frame.ts).
   */
  exportFrame(request: FrameRequest): Promise<FrameResult>;
}

declare global {
  interface Window {
    __corridor: CorridorProbe;
  }
}

export interface ProbeSources {
  controller: DisplayController;
  drawer: MapDrawer;
  live: LiveState;
  feed: Feed;
  map: MapLibreMap;
  hud: Hud;
  lastClockChangeAt: () => number;
  build: string | null;
  reloadedFor: ReloadReason | null;
  drawNow: () => void;
  exportFrame?: (request: FrameRequest) => Promise<FrameResult>;
}

/** The probe reads the screen's own state; it holds none of its own. */
export function exposeProbe(s: ProbeSources): void {
  const { controller, drawer, live, feed, map } = s;
  window.__corridor = {
    get frames() {
      return drawer.frames;
    },
    get scenarioTime() {
      return drawer.scenarioTime;
    },
    get basemapLoaded() {
      return drawer.basemapLoaded;
    },
    get arcsDrawn() {
      return drawer.firstArcsMs !== null;
    },
    get firstArcsMs() {
      return drawer.firstArcsMs;
    },
    get connection() {
      return feed.state();
    },
    get health() {
      return s.hud.health;
    },
    get runId() {
      return live.runId;
    },
    get snapshots() {
      return feed.snapshots();
    },
    get movingVehicles() {
      return drawer.movingVehicles;
    },
    get vehicleUpdateMs() {
      return drawer.vehicleUpdateMs;
    },
    get vehicleUpdates() {
      return drawer.vehicleUpdates;
    },
    get positionsApplyMs() {
      return live.positionsApplyMs;
    },
    get positionsApplied() {
      return live.positionsApplied;
    },
    get layerCount() {
      return drawer.layerCount;
    },
    get scene() {
      return controller.scene;
    },
    get projection() {
      return map.getProjection()?.type?.toString() ?? 'mercator';
    },
    get scenesShown() {
      return controller.scenesShown;
    },
    get language() {
      return controller.language;
    },
    get presenter() {
      return controller.presenter;
    },
    get lastClockChangeAt() {
      return s.lastClockChangeAt();
    },
    get clockRtt() {
      return feed.clockRtt();
    },
    build: s.build,
    reloadedFor: s.reloadedFor,
    benchFrame() {
      const started = performance.now();
      s.drawNow();
      drawer.redraw();
      return performance.now() - started;
    },
    scenarioTimeAt: (localWall) => live.scenarioTime(feed.serverNow(localWall)),
    vehicles: () => {
      const { fleet } = drawer;
      return fleet.legs.flatMap((view, i) =>
        fleet.moving[i]
          ? [{ id: view.leg.id, progress: fleet.progress[i] as number, estimated: fleet.estimated[i] === 1 }]
          : [],
      );
    },
    project: (lon, lat) => {
      const point = map.project([lon, lat]);
      return [point.x, point.y];
    },
    camera: () => {
      const { lng, lat } = map.getCenter();
      return { lon: lng, lat, zoom: map.getZoom(), padding: map.getPadding() };
    },
    handlerCounts: () => feed.handlerCounts(),
    exportFrame: (request) => {
      if (!s.exportFrame) return Promise.reject(new Error('exportFrame: open the page with ?export=1'));
      return s.exportFrame(request);
    },
  };
}
