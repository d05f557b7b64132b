import type { ItemError } from '../ingest/errors';
import { cellAt, type Layout, readTable, type SheetRow, type Table, type TableResult } from './table';

export { letter } from './table';

/**
 * A shipment sheet: CSV with a header row, one shipment per row, each on one leg. Columns, in any
 * order, headers in any case: reference, from, to, mode, planned_departure, planned_arrival and
 * contents are needed; awb, title, via, vehicle and source may be left out.
 */
export const COLUMNS = [
  'reference',
  'awb',
  'title',
  'from',
  'via',
  'to',
  'mode',
  'vehicle',
  'planned_departure',
  'planned_arrival',
  'contents',
  'source',
] as const;
export type Column = (typeof COLUMNS)[number];

const LAYOUT: Layout<Column> = {
  columns: COLUMNS,
  required: ['reference', 'from', 'to', 'mode', 'planned_departure', 'planned_arrival', 'contents'],
  aliases: { departure: 'planned_departure', arrival: 'planned_arrival', id: 'reference' },
  rows: 'one row per shipment',
};

export type Sheet = Table<Column>;
export type { SheetRow };
export type SheetResult = TableResult<Column>;

export const readSheet = (text: string): SheetResult => readTable(text, LAYOUT);

/** Which column a path inside a row's shipment (an ingest item or a scenario shipment) comes from. */
export function columnOf(path: string): Column | null {
  const rules: [RegExp, Column][] = [
    // Before the others: every fact of a row, its contents' and times' too, is reported by its source.
    [/provenance|^source\b/, 'source'],
    [/^(shipment|id)\b/, 'reference'],
    [/^awb\b/, 'awb'],
    [/^title\b/, 'title'],
    [/^contents\b/, 'contents'],
    [/^booked\b/, 'planned_departure'],
    [/^legs\[0\]\.vehicle\b/, 'vehicle'],
    [/^legs\[0\]\.mode\b/, 'mode'],
    [/^legs\[0\]\.from\b/, 'from'],
    [/^legs\[0\]\.to\b/, 'to'],
    [/^legs\[0\]\.via\b/, 'via'],
    [/^legs\[0\]\.depart\b/, 'planned_departure'],
    [/^legs\[0\]\.arrive\b/, 'planned_arrival'],
  ];
  return rules.find(([pattern]) => pattern.test(path))?.[1] ?? null;
}

/** An error about row `index` at `path` inside its shipment, said as the cell a person edits. */
export const cellError = (
  sheet: Sheet,
  index: number,
  path: string,
  reason: string,
  status: ItemError['status'],
): ItemError => cellAt(sheet, index, columnOf(path), reason, status);
