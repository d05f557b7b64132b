import { parse } from 'csv-parse/sync';
import type { ItemError } from '../ingest/errors';

/** The columns one kind of sheet has, those it cannot do without, and other names people give them. */
export interface Layout<C extends string> {
  columns: readonly C[];
  required: readonly C[];
  aliases?: Readonly<Record<string, C>>;
  /** What the rows under the header are, for the message about an empty sheet: "one row per hub". */
  rows: string;
}

export interface SheetRow<C extends string> {
  /** 1-based line in the file. */
  line: number;
  cells: Partial<Record<C, string>>;
}

export interface Table<C extends string> {
  rows: SheetRow<C>[];
  /** Column letter (A, B, …) of each column present. */
  letters: Partial<Record<C, string>>;
}

export type TableResult<C extends string> = { ok: true; sheet: Table<C> } | { ok: false; reason: string };

export const letter = (i: number): string =>
  (i >= 26 ? letter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));
const normalize = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/**
 * Spreadsheet programs in French, Dutch or German save "CSV" with semicolons between cells: the
 * header row, whose names hold neither, says which one the file uses.
 */
function delimiter(text: string): ',' | ';' {
  const header = text.split('\n', 1)[0] ?? '';
  return header.split(';').length > header.split(',').length ? ';' : ',';
}

/** Reads the CSV with a well-kept parser; a malformed file is refused with the line it breaks at. */
export function readTable<C extends string>(text: string, layout: Layout<C>): TableResult<C> {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      delimiter: delimiter(text),
      skip_empty_lines: true,
      // A spreadsheet saves the rows it once had as lines of empty cells.
      skip_records_with_empty_values: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    return { ok: false, reason: `not a valid CSV file: ${(error as Error).message}` };
  }
  const [header, ...data] = records;
  if (!header) return { ok: false, reason: `the sheet is empty: expected a header row and ${layout.rows}` };
  const letters: Partial<Record<C, string>> = {};
  const columns: (C | undefined)[] = [];
  const unknown: string[] = [];
  header.record.forEach((name, i) => {
    const key = normalize(name);
    const column = layout.columns.includes(key as C) ? (key as C) : layout.aliases?.[key];
    if (!column) unknown.push(`"${name}" (${letter(i)})`);
    else if (letters[column]) unknown.push(`"${name}" (${letter(i)}) repeats column ${letters[column]}`);
    else letters[column] = letter(i);
    columns.push(column);
  });
  if (unknown.length)
    return {
      ok: false,
      reason: `unknown column ${unknown.join(', ')}: the columns are ${layout.columns.join(', ')}`,
    };
  const missing = layout.required.filter((c) => !letters[c]);
  if (missing.length)
    return { ok: false, reason: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` };
  const rows = data.map(({ record, info }) => {
    const cells: Partial<Record<C, string>> = {};
    record.forEach((value, i) => {
      const column = columns[i];
      if (column && value !== '') cells[column] = value;
    });
    return { line: info.lines, cells };
  });
  return { ok: true, sheet: { rows, letters } };
}

/**
 * An error about row `index`, said as the cell a person edits: `G4`, line 4. `label` is what the
 * line calls the cell, its column unless the sheet names it otherwise ("item unit").
 */
export function cellAt<C extends string>(
  sheet: Table<C>,
  index: number,
  column: C | null,
  reason: string,
  status: ItemError['status'],
  label: string | null = column,
): ItemError {
  const line = sheet.rows[index]?.line ?? 0;
  const letterOf = column ? sheet.letters[column] : undefined;
  const error: ItemError = {
    index,
    line,
    path: label ? `[${index}].${label}` : `[${index}]`,
    reason,
    status,
  };
  if (letterOf) error.cell = `${letterOf}${line}`;
  return error;
}

/** `s.csv: F2 (row 1, to): unknown hub "BRU-CTY"`: the file, the cell, its row under the header, why. */
export function cellLine(file: string, e: ItemError): string {
  const dot = e.path.indexOf('.');
  const label = dot < 0 ? '' : `, ${e.path.slice(dot + 1)}`;
  return `${file}: ${e.cell ?? `line ${e.line}`} (row ${e.index + 1}${label}): ${e.reason}`;
}

/** A decimal number as a spreadsheet writes it, with a point or, in much of Europe, a comma. */
export function decimal(text: string): number | null {
  return /^[+-]?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : null;
}
