import { basename, extname } from 'node:path';
import { iso } from '../core/ingest/context';
import type { ItemError } from '../core/ingest/errors';
import { shipmentSchema } from '../core/ingest/schema';
import type { Provenance } from '../core/provenance';
import { compilePlan, formatPath, type Plan, validateScenario } from '../core/scenario';
import { SCENARIO_FORMAT } from '../core/scenario/vocabulary';
import { sheetItems } from '../core/sheet/sheet-items';
import { cellError, readSheet } from '../core/sheet/shipment-sheet';

export type SheetLoad = { ok: true; plan: Plan } | { ok: false; errors: string[] };

const DAY = 86_400_000;
const said = (file: string, e: ItemError) =>
  `${file}: ${e.cell ?? `line ${e.line}`} (row ${e.index + 1}${e.path.includes('.') ? `, ${e.path.split('.')[1]}` : ''}): ${e.reason}`;

/**
 * A shipment sheet as a scenario: its rows are the shipments, the hubs (and their sources) come
 * from another scenario. Every error names the cell, `E4 (row 3, to)`, and why.
 */
export function sheetScenario(file: string, text: string, base: Plan): SheetLoad {
  const read = readSheet(text);
  if (!read.ok) return { ok: false, errors: [`${file}: ${read.reason}`] };
  const { sheet } = read;
  const hubs = new Map(base.hubs.map((hub) => [hub.id, [hub.lon, hub.lat] as const]));
  const items = sheetItems(sheet, hubs);
  if (!items.ok) return { ok: false, errors: items.errors.map((e) => said(file, e)) };
  const errors: ItemError[] = [];
  const parsed = items.items.flatMap((item, index) => {
    const result = shipmentSchema.safeParse(item);
    if (result.success) return [result.data];
    for (const issue of result.error.issues)
      errors.push(cellError(sheet, index, formatPath(issue.path), issue.message, 400));
    return [];
  });
  if (errors.length) return { ok: false, errors: errors.map((e) => said(file, e)) };

  const times = parsed.flatMap((s) => s.legs.flatMap((leg) => [leg.depart, leg.arrive]));
  const sources = { ...base.sources };
  const shipments = parsed.map((s) => {
    const provenance: Provenance = s.source
      ? { reported: [s.source] }
      : { illustrative: 'the sheet gives no source' };
    if (s.source)
      sources[s.source] ??= { title: `Shipment sheet ${basename(file)}`, publisher: s.source, date: '' };
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
  const name =
    basename(file, extname(file))
      .replace(/[^A-Za-z0-9_.-]/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '') || 'sheet';
  const scenario = {
    format: SCENARIO_FORMAT,
    id: name,
    title: { en: name },
    start: iso(Math.min(...times) - DAY),
    end: iso(Math.max(...times) + DAY),
    sources,
    items: base.items,
    hubs: base.hubs,
    shipments,
  };
  const checked = validateScenario(scenario);
  if (!checked.ok) {
    return {
      ok: false,
      errors: checked.errors.map((line) => {
        const match = /^shipments\[(\d+)\]\.?([^:]*): (.*)$/.exec(line);
        if (!match) return `${file}: ${line}`;
        const [, index, path, reason] = match as unknown as [string, string, string, string];
        return said(
          file,
          cellError(
            sheet,
            Number(index),
            path,
            reason.replace(/shipments\[(\d+)\]/g, (_, i) => `row ${Number(i) + 1}`),
            422,
          ),
        );
      }),
    };
  }
  return { ok: true, plan: compilePlan(checked.scenario) };
}
