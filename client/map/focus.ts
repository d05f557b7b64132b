import type { Focus } from '../../core/presenter';
import { destinationCountry, type Plan } from '../../core/scenario/plan';

type Bounds = [[number, number], [number, number]];

/** The legs a focus is about: a shipment's own, or every leg towards a destination country. */
export function focusedLegs(plan: Plan, focus: Focus | null): Set<string> | null {
  if (!focus) return null;
  const countryOf = destinationCountry(plan);
  const shipments = plan.shipments.filter((s) =>
    focus.kind === 'shipment' ? s.id === focus.id : countryOf(s) === focus.code,
  );
  return new Set(shipments.flatMap((s) => s.legs));
}

/** The box around the focused legs, for the camera. */
export function focusBounds(plan: Plan, legs: ReadonlySet<string>): Bounds | null {
  const points = plan.legs.filter((l) => legs.has(l.id)).flatMap((l) => l.path);
  if (!points.length) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}
