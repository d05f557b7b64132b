import type { ItemError } from '../ingest/errors';
import { SCENARIO_FORMAT } from '../scenario/vocabulary';
import { type Locate, type Origin, Origins } from './locate';
import { complete } from './operation-complete';
import {
  type Entity,
  FIELDS,
  fieldName,
  fieldOf,
  OPERATION_COLUMNS,
  type OperationColumn,
  TRANSLATIONS,
} from './operation-fields';
import { cellValue, rowProblem } from './operation-values';
import { cellAt, cellLine, type Layout, readTable } from './table';

const LAYOUT: Layout<OperationColumn> = {
  columns: OPERATION_COLUMNS,
  required: ['field', 'id', 'value'],
  aliases: { en: 'value' },
  rows: 'one row per thing it sets',
};

export type OperationSheetResult =
  | { ok: true; operation: Record<string, unknown>; locate: Locate }
  | { ok: false; errors: string[] };

type Json = Record<string | number, unknown>;
type Path = (string | number)[];

/**
 * An operation sheet (long format, one row per thing it sets: see FIELDS) as the JSON of an
 * operation file, which the validators then check; each part remembers the cell it came from.
 */
export function operationSheet(file: string, text: string): OperationSheetResult {
  const read = readTable(text, LAYOUT);
  if (!read.ok) return { ok: false, errors: [`${file}: ${read.reason}`] };
  const { sheet } = read;
  const json: Json = { format: SCENARIO_FORMAT };
  const origins = new Origins<OperationColumn>();
  const errors: ItemError[] = [];
  const refuse = ({ index, column, label }: Origin<OperationColumn>, reason: string) => {
    errors.push(cellAt(sheet, index, column, reason, 400, label));
  };
  const rowOf = new Map<string, number>();
  const things: Record<Entity, Map<string, number>> = {
    items: new Map(),
    scenes: new Map(),
    sources: new Map(),
  };
  let cuts = 0;
  const put = (path: Path, value: unknown, origin: Origin<OperationColumn>, own = false) => {
    let node = json;
    path.slice(0, -1).forEach((key, i) => {
      node[key] ??= typeof path[i + 1] === 'number' ? [] : {};
      node = node[key] as Json;
    });
    node[path[path.length - 1] as string | number] = value;
    origins.note(path, origin, own);
  };

  for (const [index, { cells }] of sheet.rows.entries()) {
    const name = fieldName(cells.field ?? '');
    const field = FIELDS[name];
    const at = (column: OperationColumn) => ({
      index,
      column,
      label: !field ? column : column === 'value' || column === 'field' ? name : `${name}, ${column}`,
    });
    if (!field) {
      const known = `the fields are ${Object.keys(FIELDS).join(', ')}`;
      refuse(at('field'), `${cells.field ? `unknown field "${cells.field}"` : 'no field'}: ${known}`);
      continue;
    }
    const problem = rowProblem(name, field, cells);
    const id = cells.id ?? '';
    // Each cut row is one more cut; any other row says its field once.
    const repeated = field.kind === 'cut' ? undefined : rowOf.get(`${name}|${id}`);
    const result = cellValue(field, cells.value ?? '');
    if (problem) refuse(at(problem[0]), problem[1]);
    else if (repeated !== undefined && field.kind !== 'cut')
      refuse(at('field'), `repeats row ${repeated + 1}`);
    else if ('error' in result) refuse(at('value'), result.error);
    if (problem || repeated !== undefined || 'error' in result) continue;
    rowOf.set(`${name}|${id}`, index);

    let base: Path = [];
    if (field.of) {
      const list = things[field.of];
      if (!list.has(id)) list.set(id, list.size);
      base = field.of === 'sources' ? ['sources', id] : [field.of, list.get(id) as number];
      // The thing as a whole is its declaring row, else the first row that names it.
      origins.note(base, at(field.needs ? 'value' : 'id'), Boolean(field.needs));
      if (field.of !== 'sources') put([...base, 'id'], id, at('id'), Boolean(field.needs));
    } else if (field.kind === 'cut') base = ['kiosk', 'cuts', cuts++];

    if (field.kind === 'texts' || field.kind === 'form') {
      const where = (lang: string) =>
        field.kind === 'form'
          ? [...base, 'count', lang, field.path[1] as string]
          : [...base, ...field.path, lang];
      put(where('en'), result.value, at('value'));
      for (const lang of TRANSLATIONS) if (cells[lang]) put(where(lang), cells[lang], at(lang));
    } else if (field.kind === 'cut') {
      put(base, { ...(result.value as object), scene: id }, at('value'));
      origins.note([...base, 'scene'], at('id'), true);
    } else put([...base, ...field.path], result.value, at('value'));
  }

  for (const [origin, reason] of complete(json, things, rowOf, origins)) refuse(origin, reason);
  if (errors.length) return { ok: false, errors: errors.map((e) => cellLine(file, e)) };
  const unplaced = (path: string, reason: string) => {
    const field = fieldOf(path);
    return field ? `${file}: no "${field}" row: ${reason}` : `${file}: ${path}: ${reason}`;
  };
  return { ok: true, operation: json, locate: origins.locate(file, sheet, unplaced) };
}
