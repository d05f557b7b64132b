import type { ShipmentEvent } from '../events';
import type { Leg, Plan } from './plan';
import { resolveStory } from './story';

/**
 * The plan after a live feed added or changed one shipment. Existing legs keep their index, so
 * position frames keep addressing the same vehicles; a leg that no shipment rides any more goes.
 */
export function upsertShipment(plan: Plan, event: ShipmentEvent): Plan {
  const { shipment } = event;
  const incoming = new Map(event.legs.map((leg) => [leg.id, leg]));
  const legs: Leg[] = [];
  for (const leg of plan.legs) {
    const others = leg.shipments.filter((id) => id !== shipment.id);
    const replacement = incoming.get(leg.id);
    if (replacement) {
      legs.push({ ...replacement, shipments: [...others, shipment.id] });
      incoming.delete(leg.id);
    } else if (others.length === leg.shipments.length) legs.push(leg);
    else if (others.length) legs.push({ ...leg, shipments: others });
  }
  for (const leg of incoming.values()) legs.push({ ...leg, shipments: [shipment.id] });

  const known = plan.shipments.some((s) => s.id === shipment.id);
  const hubs = new Map(plan.hubs.map((hub) => [hub.id, hub]));
  for (const hub of event.hubs) hubs.set(hub.id, hub);
  const geography = {
    hubs: [...hubs.values()],
    legs,
    shipments: known
      ? plan.shipments.map((s) => (s.id === shipment.id ? shipment : s))
      : [...plan.shipments, shipment],
  };
  return {
    ...plan,
    sources: { ...plan.sources, ...event.sources },
    ...geography,
    // What the plan did not declare follows the geography: a live operation's views grow with it.
    story: resolveStory(geography, plan.items, plan.declared),
  };
}
