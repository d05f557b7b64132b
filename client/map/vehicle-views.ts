import { type PointOnPath, pointAlong } from '../../core/geo/polyline';
import { positionAt } from '../../core/position';
import type { LegView, LiveState } from '../live/live-state';

/** One per leg, mutated in place each frame: the layers see the same objects every frame. */
export interface VehicleView {
  legView: LegView;
  point: PointOnPath;
  position: [number, number];
  progress: number;
  moving: boolean;
  estimated: boolean;
}

export function createVehicleViews(legs: readonly LegView[]): VehicleView[] {
  return legs.map((legView) => ({
    legView,
    point: { lon: 0, lat: 0, heading: 0 },
    position: [0, 0],
    progress: 0,
    moving: false,
    estimated: false,
  }));
}

/** Moves every vehicle to scenario time t; returns how many are moving. */
export function updateVehicleViews(views: readonly VehicleView[], live: LiveState, t: number): number {
  const tracks = live.state?.tracks ?? {};
  const estimateAfter = live.estimateAfter;
  let moving = 0;
  for (const view of views) {
    const { leg, path } = view.legView;
    const position = positionAt(leg, tracks[leg.id] ?? [], t, estimateAfter);
    view.moving = position.phase === 'moving';
    view.estimated = position.estimated;
    view.progress = position.progress;
    if (!view.moving) continue;
    pointAlong(path, position.progress, view.point);
    view.position[0] = view.point.lon;
    view.position[1] = view.point.lat;
    moving++;
  }
  return moving;
}
