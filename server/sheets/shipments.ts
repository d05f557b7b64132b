import { iso } from '../../core/ingest/context';
import type { ItemError } from '../../core/ingest/errors';
import { shipmentSchema } from '../../core/ingest/schema';
import type { Provenance } from '../../core/provenance';
import { formatPath } from '../../core/scenario';
import { rowLocate } from '../../core/sheet/locate';
import { sheetItems } from '../../core/sheet/sheet-items';
import { cellError, columnOf, readSheet } from '../../core/sheet/shipment-sheet';
import { cellLine } from '../../core/sheet/table';
import type { Part } from './files';

export type ShipmentsPart = Part<{
  /** As a scenario file has them. */
  shipments: Record<string, unknown>[];
  /** The sources the rows name, which the scenario must declare. */
  sources: Set<string>;
  /** Every departure and arrival, ms. */
  times: number[];
}>;

/**
 * A shipment sheet's rows as a scenario's shipments, on hubs at `hubs`; every error names the cell,
 * `E4 (row 3, to)`, and why.
 */
export function sheetShipments(
  file: string,
  text: string,
  hubs: ReadonlyMap<string, readonly [number, number]>,
): ShipmentsPart {
  const read = readSheet(text);
  if (!read.ok) return { ok: false, errors: [`${file}: ${read.reason}`] };
  const { sheet } = read;
  const items = sheetItems(sheet, hubs);
  if (!items.ok) return { ok: false, errors: items.errors.map((e) => cellLine(file, e)) };
  const errors: ItemError[] = [];
  const parsed = items.items.flatMap((item, index) => {
    const result = shipmentSchema.safeParse(item);
    if (result.success) return [result.data];
    for (const issue of result.error.issues)
      errors.push(cellError(sheet, index, formatPath(issue.path), issue.message, 400));
    return [];
  });
  if (errors.length) return { ok: false, errors: errors.map((e) => cellLine(file, e)) };

  const sources = new Set<string>();
  const shipments = parsed.map((s) => {
    const provenance: Provenance = s.source
      ? { reported: [s.source] }
      : { illustrative: 'the sheet gives no source' };
    if (s.source) sources.add(s.source);
    const stamp = (t: number) => ({ time: iso(t), provenance });
    return {
      id: s.shipment,
      ...(s.awb ? { awb: s.awb } : {}),
      title: s.title,
      contents: s.contents.map((c) => ({ ...c, provenance })),
      booked: stamp(s.legs[0]?.depart ?? 0),
      legs: s.legs.map((leg) => ({
        ...leg,
        depart: stamp(leg.depart),
        arrive: stamp(leg.arrive),
        provenance,
      })),
      provenance,
    };
  });
  return {
    ok: true,
    shipments,
    sources,
    times: parsed.flatMap((s) => s.legs.flatMap((leg) => [leg.depart, leg.arrive])),
    locate: rowLocate(file, sheet, 'shipments', columnOf),
  };
}
