import { parse } from 'csv-parse/sync';
import type { ItemError } from '../ingest/errors';

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
const REQUIRED: readonly Column[] = [
  'reference',
  'from',
  'to',
  'mode',
  'planned_departure',
  'planned_arrival',
  'contents',
];
const ALIASES: Record<string, Column> = {
  departure: 'planned_departure',
  arrival: 'planned_arrival',
  id: 'reference',
};

export interface SheetRow {
  /** 1-based line in the file. */
  line: number;
  cells: Partial<Record<Column, string>>;
}

export interface Sheet {
  rows: SheetRow[];
  /** Column letter (A, B, …) of each column present. */
  letters: Partial<Record<Column, string>>;
}

export type SheetResult = { ok: true; sheet: Sheet } | { ok: false; reason: string };

export const letter = (i: number): string =>
  (i >= 26 ? letter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));
const normalize = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Reads the CSV with a well-kept parser; a malformed file is refused with the line it breaks at. */
export function readSheet(text: string): SheetResult {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    return { ok: false, reason: `not a valid CSV file: ${(error as Error).message}` };
  }
  const [header, ...data] = records;
  if (!header)
    return { ok: false, reason: 'the sheet is empty: expected a header row and one row per shipment' };
  const letters: Partial<Record<Column, string>> = {};
  const columns: (Column | undefined)[] = [];
  const unknown: string[] = [];
  header.record.forEach((name, i) => {
    const key = normalize(name);
    const column = (COLUMNS as readonly string[]).includes(key) ? (key as Column) : ALIASES[key];
    if (!column) unknown.push(`"${name}" (${letter(i)})`);
    else if (letters[column]) unknown.push(`"${name}" (${letter(i)}) repeats column ${letters[column]}`);
    else letters[column] = letter(i);
    columns.push(column);
  });
  if (unknown.length)
    return {
      ok: false,
      reason: `unknown column ${unknown.join(', ')}: the columns are ${COLUMNS.join(', ')}`,
    };
  const missing = REQUIRED.filter((c) => !letters[c]);
  if (missing.length)
    return { ok: false, reason: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` };
  const rows = data.map(({ record, info }) => {
    const cells: Partial<Record<Column, string>> = {};
    record.forEach((value, i) => {
      const column = columns[i];
      if (column && value !== '') cells[column] = value;
    });
    return { line: info.lines, cells };
  });
  return { ok: true, sheet: { rows, letters } };
}

/** Which column a path inside a row's shipment (an ingest item or a scenario shipment) comes from. */
export function columnOf(path: string): Column | null {
  const rules: [RegExp, Column][] = [
    [/^(shipment|id)\b/, 'reference'],
    [/^awb\b/, 'awb'],
    [/^title\b/, 'title'],
    [/^contents\b/, 'contents'],
    [/^source\b|provenance/, 'source'],
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

/** An error about row `index` at `path` inside it, said as the cell a person edits: `G4`, line 4. */
export function cellError(
  sheet: Sheet,
  index: number,
  path: string,
  reason: string,
  status: ItemError['status'],
): ItemError {
  const column = columnOf(path);
  const line = sheet.rows[index]?.line ?? 0;
  const letterOf = column ? sheet.letters[column] : undefined;
  const error: ItemError = {
    index,
    line,
    path: column ? `[${index}].${column}` : `[${index}]`,
    reason,
    status,
  };
  if (letterOf) error.cell = `${letterOf}${line}`;
  return error;
}
