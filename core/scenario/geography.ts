import { distanceKm } from '../geo/great-circle';
import type { Hub, Leg, Shipment } from './plan';

/** What the story defaults are derived from: where the operation goes. */
export interface Geography {
  hubs: readonly Hub[];
  legs: readonly Leg[];
  shipments: readonly Shipment[];
}

/** Hubs by the number of legs that start or end there, busiest first; ties keep the file's order. */
export function busiestHubs(geo: Geography): Hub[] {
  const legs = new Map<string, number>();
  for (const leg of geo.legs) for (const hub of [leg.from, leg.to]) legs.set(hub, (legs.get(hub) ?? 0) + 1);
  return geo.hubs
    .map((hub, order) => ({ hub, order, legs: legs.get(hub.id) ?? 0 }))
    .sort((a, b) => b.legs - a.legs || a.order - b.order)
    .map(({ hub }) => hub);
}

/** Where most shipments start; the busiest hub where nothing has a route yet. */
export function originHub(geo: Geography): Hub | undefined {
  const starts = new Map<string, number>();
  const legs = new Map(geo.legs.map((leg) => [leg.id, leg]));
  for (const shipment of geo.shipments) {
    const from = legs.get(shipment.legs[0] ?? '')?.from;
    if (from) starts.set(from, (starts.get(from) ?? 0) + 1);
  }
  let best: Hub | undefined;
  for (const hub of geo.hubs)
    if ((starts.get(hub.id) ?? 0) > (best ? (starts.get(best.id) ?? 0) : 0)) best = hub;
  return best ?? busiestHubs(geo)[0];
}

/** The busiest hub other than the origin: where an operation turns (a hub), or where it goes. */
export function mainHub(geo: Geography): Hub | undefined {
  const origin = originHub(geo);
  return busiestHubs(geo).find((hub) => hub !== origin) ?? origin;
}

/** Hubs a leg joins to `hub` within `km`: what a view of that hub should also show. */
export function neighbours(geo: Geography, hub: Hub, km: number): Hub[] {
  const ids = new Set<string>();
  for (const leg of geo.legs) {
    if (leg.from === hub.id) ids.add(leg.to);
    if (leg.to === hub.id) ids.add(leg.from);
  }
  return geo.hubs.filter(
    (other) => ids.has(other.id) && distanceKm([hub.lon, hub.lat], [other.lon, other.lat]) <= km,
  );
}
