/**
 * The baseline: deck.gl as its docs show moving points. Every frame recomputes each vehicle's
 * [lon, lat] on the main thread from its schedule and hands deck.gl the array again through an
 * accessor with an update trigger. Same basemap, camera and overlay kind as the display.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { createMap } from '../../../client/map/create-map';
import { forceRedraw } from '../../../client/map/force-redraw';
import { colours } from '../../../client/theme';
import { scenarioNow } from '../../../core/clock';
import { type MeasuredPath, measurePath, pointAlong } from '../../../core/geo/polyline';
import type { Snapshot } from '../../../core/protocol';
import type { Leg } from '../../../core/scenario';

interface Vehicle {
  leg: Leg;
  path: MeasuredPath;
  position: [number, number];
}

/** What the bench reads: the same meaning as the display's `window.__corridor` counters. */
const plain = {
  frames: 0,
  movingVehicles: 0,
  vehicleUpdateMs: 0,
  vehicleUpdates: 0,
  firstFrameMs: 0,
  benchFrame: () => {
    const started = performance.now();
    drawFrame();
    forceRedraw(overlay, map);
    return performance.now() - started;
  },
};
(window as unknown as { __plain: typeof plain }).__plain = plain;

const palette = colours('dark', 'default');
const map = createMap(document.getElementById('map') as HTMLElement, palette);
const overlay = new MapLibreOverlay({
  interleaved: true,
  layers: [],
  onAfterRender: () => {
    plain.frames++;
    plain.firstFrameMs ||= Math.round(performance.now());
  },
});
map.addControl(overlay);

const snapshot = (await (await fetch('/api/v1/snapshot')).json()) as Snapshot;
const legs = snapshot.plan?.legs ?? [];
const vehicles: Vehicle[] = legs.map((leg) => ({ leg, path: measurePath(leg.path), position: [0, 0] }));
const point = { lon: 0, lat: 0, heading: 0 };
let frame = 0;

function render() {
  requestAnimationFrame(render);
  drawFrame();
}

function drawFrame() {
  const t = scenarioNow(snapshot.clock, Date.now());
  const started = performance.now();
  let moving = 0;
  // A vehicle not under way waits at its start or end: the data array stays the same one.
  for (const v of vehicles) {
    pointAlong(v.path, (t - v.leg.depart) / (v.leg.arrive - v.leg.depart), point);
    v.position = [point.lon, point.lat];
    if (t >= v.leg.depart && t < v.leg.arrive) moving++;
  }
  plain.vehicleUpdateMs += performance.now() - started;
  plain.vehicleUpdates++;
  plain.movingVehicles = moving;
  frame++;
  overlay.setProps({
    layers: [
      new PathLayer<Leg>({
        id: 'legs',
        data: legs,
        getPath: (leg) => leg.path as [number, number][],
        getColor: (leg) => [...palette.modes[leg.mode], 120],
        getWidth: 2,
        widthUnits: 'pixels',
      }),
      new ScatterplotLayer<Vehicle>({
        id: 'vehicles',
        data: vehicles,
        getPosition: (v) => v.position,
        getFillColor: (v) => palette.trails[v.leg.mode],
        getRadius: 4,
        radiusUnits: 'pixels',
        updateTriggers: { getPosition: frame },
      }),
    ],
  });
}
requestAnimationFrame(render);
