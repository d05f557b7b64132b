import { type MeasuredPath, measurePath } from '../geo/polyline';
import type { Leg, Plan, Shipment } from '../scenario/plan';

export interface StoredFix {
  time: number;
  progress: number;
}

/** What the ingest validator needs from outside: the plan as it stands, the clock, the log. */
export interface IngestContext {
  plan: Plan;
  /** Server wall time, ms since the epoch. */
  now: number;
  /** A vehicle's stored fixes next to a time: the last at or before it, the first after it. */
  fixesAround(vehicle: string, time: number): { before: StoredFix | undefined; after: StoredFix | undefined };
  /** seq of the stored event with this id, if there is one. */
  seqOf(id: string): number | undefined;
  /** A short digest of some text, for ids derived from an event's content. */
  digest(text: string): string;
}

/** Lookups by id over one plan object, built once per plan since plans are replaced, not changed. */
export interface PlanIndex {
  shipments: Map<string, Shipment>;
  byAwb: Map<string, Shipment>;
  legs: Map<string, Leg>;
  hubs: Set<string>;
}

const indexes = new WeakMap<Plan, PlanIndex>();
const paths = new WeakMap<Leg, MeasuredPath>();

export function planIndex(plan: Plan): PlanIndex {
  let index = indexes.get(plan);
  if (!index) {
    index = {
      shipments: new Map(plan.shipments.map((s) => [s.id, s])),
      byAwb: new Map(plan.shipments.flatMap((s) => (s.awb ? [[s.awb, s] as const] : []))),
      legs: new Map(plan.legs.map((leg) => [leg.id, leg])),
      hubs: new Set(plan.hubs.map((hub) => hub.id)),
    };
    indexes.set(plan, index);
  }
  return index;
}

export function legPath(leg: Leg): MeasuredPath {
  let path = paths.get(leg);
  if (!path) {
    path = measurePath(leg.path);
    paths.set(leg, path);
  }
  return path;
}

/** How far ahead of the server clock a reported time may be: clocks drift, but not by hours. */
export const MAX_AHEAD_MS = 10 * 60_000;

export const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

export function aheadProblem(time: number, now: number): string | null {
  if (time <= now + MAX_AHEAD_MS) return null;
  const minutes = Math.round((time - now) / 60_000);
  const ahead = minutes < 120 ? `${minutes} minutes` : `${Math.round(minutes / 60)} hours`;
  return `${iso(time)} is ${ahead} ahead of the server clock (at most ${MAX_AHEAD_MS / 60_000} minutes)`;
}
