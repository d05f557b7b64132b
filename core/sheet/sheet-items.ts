import type { ItemError } from '../ingest/errors';
import { type Column, cellError, type Sheet } from './shipment-sheet';

export type ItemsResult = { ok: true; items: Record<string, unknown>[] } | { ok: false; errors: ItemError[] };

const QUANTITY = /^\d[\d _,]*$/;

/** `doses: 500000; syringes` → items with quantities, a missing quantity being unknown. */
function contents(text: string): { item: string; quantity: number | null }[] | string {
  const parts = text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const out: { item: string; quantity: number | null }[] = [];
  for (const part of parts) {
    const [item = '', quantity, ...rest] = part.split(':').map((p) => p.trim());
    if (rest.length || (quantity !== undefined && !QUANTITY.test(quantity))) {
      return `"${part}": expected item: quantity pairs like "doses: 500000; syringes: 1000"`;
    }
    out.push({ item, quantity: quantity === undefined ? null : Number(quantity.replace(/[ _,]/g, '')) });
  }
  return out;
}

/** `4.9 50.8; PORT-2` → [lon, lat] points; a hub id stands for the hub's position. */
function via(
  text: string,
  hubs: ReadonlyMap<string, readonly [number, number]>,
): [number, number][] | string {
  const points: [number, number][] = [];
  for (const part of text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const hub = hubs.get(part);
    const numbers = part.split(/\s+/).map(Number);
    if (hub) points.push([hub[0], hub[1]]);
    else if (numbers.length === 2 && numbers.every(Number.isFinite)) points.push(numbers as [number, number]);
    else return `"${part}": expected "lon lat" pairs or hub ids, separated by ";"`;
  }
  return points;
}

/** Each row as a shipment upsert, the form every feed uses; what a cell cannot say is refused with its cell. */
export function sheetItems(sheet: Sheet, hubs: ReadonlyMap<string, readonly [number, number]>): ItemsResult {
  const errors: ItemError[] = [];
  const items = sheet.rows.map(({ cells }, index) => {
    const cell = (column: Column) => cells[column];
    const goods = contents(cell('contents') ?? '');
    const points = cell('via') === undefined ? [] : via(cell('via') as string, hubs);
    if (typeof goods === 'string') errors.push(cellError(sheet, index, 'contents', goods, 400));
    if (typeof points === 'string') errors.push(cellError(sheet, index, 'legs[0].via', points, 400));
    const reference = cell('reference');
    return {
      kind: 'shipment',
      shipment: reference,
      ...(cell('awb') ? { awb: cell('awb') } : {}),
      title: cell('title') ?? reference,
      contents: typeof goods === 'string' ? [] : goods,
      legs: [
        {
          vehicle: cell('vehicle') ?? reference,
          mode: cell('mode')?.toLowerCase(),
          from: cell('from'),
          to: cell('to'),
          ...(Array.isArray(points) && points.length ? { via: points } : {}),
          depart: cell('planned_departure'),
          arrive: cell('planned_arrival'),
        },
      ],
      ...(cell('source') ? { source: cell('source') } : {}),
    };
  });
  return errors.length ? { ok: false, errors } : { ok: true, items };
}
