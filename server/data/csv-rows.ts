import { isReported, type Provenance } from '../../core/provenance';
import type { Plan } from '../../core/scenario';
import type { ShipmentsDocument } from './shipments-table';

/** "reported: Reuters 2020-03-15; VRT 2020-03-14", or "illustrative: why it was invented". */
export function provenanceText(p: Provenance, sources: Plan['sources']): string {
  if (!isReported(p)) return `illustrative: ${p.illustrative}`;
  const names = p.reported.map((id) =>
    [sources[id]?.publisher ?? id, sources[id]?.date].filter(Boolean).join(' '),
  );
  return ['reported', [...names, p.note].filter(Boolean).join('; ')].filter(Boolean).join(': ');
}

export const CSV_COLUMNS = [
  'at',
  'shipment',
  'title',
  'destination',
  'destination_country',
  'item',
  'quantity',
  'unit',
  'quantity_provenance',
  'route',
  'modes',
  'departed',
  'departed_provenance',
  'arrived',
  'arrived_provenance',
  'legs_provenance',
  'status',
  'status_hub',
  'status_time',
  'status_provenance',
  'shipment_provenance',
] as const;

/** One row per shipment and item, so that a spreadsheet sums quantities; the route in one cell. */
export function csvRows(doc: ShipmentsDocument): string[][] {
  const text = (p: Provenance) => provenanceText(p, doc.sources);
  return doc.shipments.flatMap((s) => {
    const first = s.legs[0];
    const last = s.legs.at(-1);
    const route = s.legs.length ? [s.legs[0]?.from, ...s.legs.map((leg) => leg.to)].join(' → ') : '';
    const legs = s.legs.map((leg) => `${leg.from}→${leg.to} ${text(leg.provenance)}`).join(' | ');
    return s.contents.map((c) => [
      doc.at,
      s.id,
      s.title,
      s.destination.hub,
      s.destination.country ?? '',
      c.name,
      c.quantity === null ? '' : String(c.quantity),
      c.unit ?? '',
      text(c.provenance),
      route,
      s.legs.map((leg) => leg.mode).join(' → '),
      first?.depart.time ?? '',
      first ? text(first.depart.provenance) : '',
      last?.arrive.time ?? '',
      last ? text(last.arrive.provenance) : '',
      legs,
      s.status.code,
      s.status.hub,
      s.status.time ?? '',
      text(s.status.provenance),
      text(s.provenance),
    ]);
  });
}
