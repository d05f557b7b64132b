import type { StatusEvent } from '../../core/events';
import { isReported } from '../../core/provenance';
import type { Item, Plan, Shipment } from '../../core/scenario';
import { countryAfterFor } from './grammar';
import { hubLabel, hubPhrases } from './hub-names';
import type { Formats } from './locale';
import type { Messages } from './messages';

export interface Sentence {
  text: string;
  /** The status (its time or its place) is invented for the demo, and the screen says so. */
  illustrative: boolean;
}

/** A text of the scenario in the screen's language, English where the file gives no other. */
export const inLanguage = <T>(texts: { en: T } & Partial<Record<Formats['language'], T>>, f: Formats): T =>
  texts[f.language] ?? texts.en;

/** "500 000 doses de vaccin", in the plural form the language uses for that number. */
export function countOf(item: Item, quantity: number, m: Messages, f: Formats): string {
  const forms = inLanguage(item.count, f);
  return m.count(f.number(quantity), forms[f.plural(quantity)] ?? forms.other);
}

/** "500 000 doses de vaccin et 20 000 seringues", in the language's plural forms and list style. */
export function describeCargo(shipment: Shipment, plan: Plan, m: Messages, f: Formats): string {
  const parts = shipment.contents.map(({ item: id, quantity }) => {
    const item = plan.items.find((i) => i.id === id);
    if (!item) return id;
    if (quantity !== null) return countOf(item, quantity, m, f);
    return item.unknown ? inLanguage(item.unknown, f) : m.unknownQuantity(inLanguage(item.count, f).other);
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
  const destination = hubs.get(shipment.destination)?.country ?? 'ZZ';
  const code = (id: string) => {
    const h = hubs.get(id);
    return h?.kind === 'airport' ? h.id : hubLabel(h, f.language);
  };
  const place = hubPhrases(hub, f.language);
  const text = m.sentence[event.status]({
    time: f.time(event.time, hub?.timeZone ?? 'UTC'),
    mode: leg?.mode ?? 'air',
    route: leg ? m.route(m.modes[leg.mode], code(leg.from), code(leg.to)) : '',
    from: place.from,
    at: place.at,
    forCountry: countryAfterFor(f.language, destination),
    country: f.country(destination),
    cargo: describeCargo(shipment, plan, m, f),
  });
  const milestone = shipment.milestones.find(
    (ms) => ms.status === event.status && ms.hub === event.hub && ms.time === event.time,
  );
  return { text, illustrative: milestone ? !isReported(milestone.provenance) : false };
}
