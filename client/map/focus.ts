import { type Bounds, boundsOf } from '../../core/geo/bounds';
import type { Focus } from '../../core/presenter';
import { destinationCountry, type Plan } from '../../core/scenario/plan';

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
  return boundsOf(plan.legs.filter((l) => legs.has(l.id)).flatMap((l) => l.path));
}
