import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { Camera } from './display/camera';
import { DisplayController } from './display/controller';
import { MapDrawer } from './display/map-drawer';
import { exposeProbe } from './display/probe';
import { ExportFeed } from './export/export-feed';
import { exportFrame } from './export/export-frame';
import { SelfHeal } from './heal/self-heal';
import type { Health } from './hud/badges';
import { Hud } from './hud/hud';
import { connectLive } from './live/connection';
import { type Feed, socketFeed } from './live/feed';
import { LiveState } from './live/live-state';
import { createMap } from './map/create-map';
import { readOptions } from './options';
import { colours as themeColours } from './theme';

// The display's composition root: it wires the parts; the controller and the drawer own the state.
const options = readOptions(location.search, matchMedia('(prefers-reduced-motion: reduce)').matches);
const root = document.documentElement;
root.dataset.theme = options.theme;
root.dataset.palette = options.palette;
document.body.classList.toggle('kiosk', options.kiosk);
document.body.classList.toggle('embed', options.embed);
if (options.exporting) root.dataset.export = '';
const colours = themeColours(options.theme, options.palette);

const live = new LiveState();
// Started before the map so that the socket handshake and the font fetch overlap MapLibre's and
// deck.gl's start-up instead of following it: both gate the first arcs.
// An export follows no clock: the exporter hands it one scenario time after another.
const exportFeed = options.exporting ? new ExportFeed(live, new URLSearchParams(location.search)) : undefined;
const feed: Feed = exportFeed ?? socketFeed(connectLive(live));
const fontLoaded = document.fonts.load('600 16px Inter', 'Àéîõüßçñ ŁőŠ').catch(() => undefined);
// An article's reader scrolls past the map; an export has nobody at it: neither pans nor zooms it.
const map = createMap(
  document.getElementById('map') as HTMLElement,
  colours,
  !options.embed && !options.exporting,
);
const camera = new Camera(map, options.kiosk, options.reducedMotion, options.embed);
// An exported frame shows a figure as it is at that time, never halfway through rolling to it.
const stillFigures = options.reducedMotion || options.exporting;
const drawer = new MapDrawer(map, live, colours, options.reducedMotion);
// When the HUD's panels change size the free map area changes: frame the current view again.
const hud = new Hud(
  stillFigures,
  colours,
  () => {
    drawer.layoutChanged();
    camera.reframe();
  },
  options.embed,
);
const controller = new DisplayController(hud, camera, options, { planShown: () => drawer.planShown() });

const heal = new SelfHeal({ map, drawer, hud, feed, watched: !exportFeed });

let statusesDirty = true;
let lastClockChangeAt = 0;
live.listener = {
  clock: () => {
    lastClockChangeAt = Date.now();
    heal.eventHappened();
  },
  reset: () => {
    if (live.state) hud.reset(live.state);
    statusesDirty = true;
  },
  status: (event) => {
    heal.eventHappened();
    hud.status(event);
    statusesDirty = true;
    if (event.status === 'arrived') {
      const hub = live.state?.plan.hubs.find((h) => h.id === event.hub);
      if (hub) drawer.pulseAt(hub);
    }
    controller.status(event);
  },
};

function health(): Health {
  const mending = heal.health();
  if (mending) return mending;
  const state = feed.state();
  if (state !== 'live') return state;
  return Date.now() - feed.lastDataAt() > 2 * live.tickMs + 500 ? 'stale' : 'live';
}

function drawFrame(now: number) {
  const state = live.state;
  const serverNow = feed.serverNow();
  const t = live.scenarioTime(serverNow);
  hud.frame(now, t, health(), state, serverNow, feed.lastDataAt(), {
    named: feed.feeds(),
    delayed: feed.delayedFeeds(),
  });
  if (!state) return;
  controller.follow(state, live.planLoads);
  if (statusesDirty) {
    statusesDirty = false;
    hud.statusesChanged(state, now);
  }
  drawer.draw(now, state, t, controller);
}

exposeProbe({
  controller,
  drawer,
  live,
  feed,
  map,
  hud,
  lastClockChangeAt: () => lastClockChangeAt,
  build: heal.build,
  reloadedFor: heal.reloadedFor,
  drawNow: () => drawFrame(performance.now()),
  ...(exportFeed && {
    exportFrame: async (request) => {
      await fontLoaded;
      return exportFrame({ feed: exportFeed, map, drawer, controller, hud, drawNow: drawFrame }, request);
    },
  }),
});
// The label atlas is drawn once from the font: wait for Inter so it is not drawn in a fallback.
await fontLoaded;
const render = (now: number) => {
  requestAnimationFrame(render);
  drawFrame(now);
  // Not reached by a frame that throws: a screen that fails every frame reloads too.
  heal.beat();
};
// An export draws only the frames it is asked for.
if (!exportFeed) requestAnimationFrame(render);
