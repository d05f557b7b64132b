import type { ItemError } from '../../core/ingest/errors';
import type { Plan } from '../../core/scenario';
import { sheetItems } from '../../core/sheet/sheet-items';
import { cellError, readSheet, type Sheet } from '../../core/sheet/shipment-sheet';
import type { ParsedBody } from './parse-body';

/** `[2].legs[0].to` in an ingest error, said as the sheet's cell: row 2, column `to`, `E4`. */
function describe(sheet: Sheet, error: ItemError): ItemError {
  const inside = (path: string) => path.replace(/^\[\d+\]\.?/, '');
  const cell = cellError(sheet, error.index, inside(error.path), error.reason, error.status);
  if (error.id) cell.id = error.id;
  if (error.more) {
    cell.more = error.more.map((m) => {
      const other = cellError(sheet, error.index, inside(m.path), m.reason, error.status);
      return { path: other.cell ? `${other.path} (${other.cell})` : other.path, reason: m.reason };
    });
  }
  return cell;
}

/** A shipment sheet in a request body: each row becomes a shipment upsert, checked like any other. */
export function csvBodyParser(plan: () => Plan): (text: string) => ParsedBody {
  return (text) => {
    const read = readSheet(text);
    if (!read.ok) return { ok: false, reason: read.reason };
    const { sheet } = read;
    const hubs = new Map(plan().hubs.map((hub) => [hub.id, [hub.lon, hub.lat] as const]));
    const items = sheetItems(sheet, hubs);
    if (!items.ok)
      return {
        ok: false,
        reason: `${items.errors.length} cell(s) cannot be read; nothing was stored`,
        errors: items.errors,
      };
    return {
      ok: true,
      items: items.items,
      lines: sheet.rows.map((row) => row.line),
      describe: (error) => describe(sheet, error),
    };
  };
}
