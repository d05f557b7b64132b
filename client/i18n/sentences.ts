import type { StatusEvent } from '../../core/events';
import { isReported } from '../../core/provenance';
import type { Hub, Plan, Shipment } from '../../core/scenario';
import type { Formats } from './locale';
import type { Messages } from './messages';

export interface Sentence {
  text: string;
  /** The status (its time or its place) is invented for the demo, and the screen says so. */
  illustrative: boolean;
}

export function hubLabel(hub: Hub | undefined, language: Formats['language']): string {
  return hub ? (hub.names?.[language] ?? hub.name) : '?';
}

/** "500 000 masques et 20 000 kits de test", in the language's plural forms and list style. */
export function describeCargo(shipment: Shipment, m: Messages, f: Formats): string {
  const parts = shipment.contents.map(({ item, quantity }) => {
    const noun = m.items[item];
    if (quantity === null) {
      return item === 'protective_equipment'
        ? m.items.protective_equipment.unknown
        : m.unknownQuantity(noun.other);
    }
    return m.count(f.number(quantity), noun[f.plural(quantity) === 'one' ? 'one' : 'other']);
  });
  return new Intl.ListFormat(f.locale, { type: 'conjunction' }).format(parts);
}

/** A status event as a plain sentence in the screen's language, timed in the hub's own time zone. */
export function describeStatus(event: StatusEvent, plan: Plan, m: Messages, f: Formats): Sentence {
  const hubs = new Map(plan.hubs.map((h) => [h.id, h]));
  const shipment = plan.shipments.find((s) => s.id === event.shipment);
  const hub = hubs.get(event.hub);
  if (!shipment) return { text: event.shipment, illustrative: false };
  const legId = shipment.legs[Math.max(0, event.leg)];
  const leg = plan.legs.find((l) => l.id === legId);
  const destination = hubs.get(shipment.destination);
  const code = (id: string) => {
    const h = hubs.get(id);
    return h?.kind === 'airport' ? h.id : hubLabel(h, f.language);
  };
  const text = m.sentence[event.status]({
    time: f.time(event.time, hub?.timeZone ?? 'UTC'),
    mode: leg?.mode ?? 'air',
    route: leg ? m.route(m.modes[leg.mode], code(leg.from), code(leg.to)) : '',
    hub: hubLabel(hub, f.language),
    country: f.country(destination?.country ?? 'ZZ'),
    cargo: describeCargo(shipment, m, f),
  });
  const milestone = shipment.milestones.find(
    (ms) => ms.status === event.status && ms.hub === event.hub && ms.time === event.time,
  );
  return { text, illustrative: milestone ? !isReported(milestone.provenance) : false };
}
