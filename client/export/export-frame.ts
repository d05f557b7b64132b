import type { Map as MapLibreMap } from 'maplibre-gl';
import { setNow } from 'maplibre-gl';
import type { FrameRequest, FrameResult } from '../../core/export/frames';
import type { DisplayController } from '../display/controller';
import type { MapDrawer } from '../display/map-drawer';
import type { Hud } from '../hud/hud';
import { showClosingCard } from './closing-card';
import type { ExportFeed } from './export-feed';

export interface FrameParts {
  feed: ExportFeed;
  map: MapLibreMap;
  drawer: MapDrawer;
  controller: DisplayController;
  hud: Hud;
  drawNow(now: number): void;
}

/** Far beyond what llvmpipe needs at 4K: a frame that takes this long is stuck, and says on what. */
const FRAME_TIMEOUT_MS = 120_000;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 10));

/**
 * Shows scenario time `at`, draws, and resolves once the basemap's tiles and every deck.gl layer
 * are loaded and drawn: frame-exact however slow the machine, since nothing waits on the wall
 * clock. MapLibre's own clock is frozen at the frame's video time, so a camera flight advances
 * by exactly one frame per frame.
 */
export async function exportFrame(parts: FrameParts, request: FrameRequest): Promise<FrameResult> {
  const { feed, map, drawer, controller } = parts;
  setNow(request.videoMs);
  await feed.load(request.at);
  // One map frame (deck.gl draws inside it): its camera move is what the next step's labels follow.
  const step = () => {
    parts.drawNow(request.videoMs);
    drawer.redraw();
  };
  step();
  if (request.scene && request.scene !== controller.scene) controller.goTo(request.scene, request.instant);
  step();
  // Not map.loaded(): a camera flight marks the style dirty on every frame until it lands.
  const waiting = () =>
    [!map.isStyleLoaded() && 'style', !map.areTilesLoaded() && 'tiles', !drawer.loaded() && 'layers'].filter(
      Boolean,
    );
  const deadline = Date.now() + FRAME_TIMEOUT_MS;
  while (waiting().length) {
    if (Date.now() > deadline)
      throw new Error(`frame at ${request.at}: still waiting for ${waiting().join(', ')}`);
    await nextTask();
    step();
  }
  // What loaded during the last pass is drawn by one more.
  step();
  const plan = feed.plan();
  if (request.card && plan)
    showClosingCard(plan, request.card, parts.hud.mainZone, parts.hud.messages, parts.hud.formats);
  return {
    scenarioTime: drawer.scenarioTime,
    scene: controller.scene,
    kpis: Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-kpi]')].map((cell) => [
        cell.dataset.kpi,
        cell.textContent ?? '',
      ]),
    ),
  };
}
