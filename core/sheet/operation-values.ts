import { type Field, idOf, type OperationColumn, TRANSLATIONS } from './operation-fields';
import { decimal } from './table';

/** The cell of a row that cannot say what its field needs, and why; null where the row is whole. */
export function rowProblem(
  name: string,
  field: Field,
  cells: Partial<Record<OperationColumn, string>>,
): [OperationColumn, string] | null {
  const thing = idOf(field);
  if (thing && !cells.id) return ['id', `empty: a "${name}" row names its ${thing} in the id column`];
  if (!thing && cells.id) return ['id', `a "${name}" row has no id: leave the cell empty`];
  const translated = field.kind === 'texts' || field.kind === 'form';
  const language = TRANSLATIONS.find((lang) => cells[lang]);
  if (language && !translated) return [language, `a "${name}" row has no translations: leave the cell empty`];
  if (!cells.value) return ['value', translated ? 'empty: the English text goes here' : 'empty'];
  return null;
}

const CUT = /^(.+?)(?:\s+at\s+(\S+))?(?:\s+for\s+(\S+)\s*(?:s|seconds?)?)?$/i;

/**
 * A kiosk cut in one cell: "arrived" (anywhere), "arrived at ACC", "delivered at ACC for 20 seconds";
 * `customs cleared` reads as the status `customs_cleared`.
 */
export function cutOf(text: string): { status: string; hub?: string; seconds?: number } | null {
  const match = CUT.exec(text.trim());
  if (!match) return null;
  const [, status = '', hub, seconds] = match;
  const cut = { status: status.toLowerCase().replace(/[\s-]+/g, '_'), ...(hub ? { hub } : {}) };
  if (seconds === undefined) return cut;
  const n = decimal(seconds);
  return n === null ? null : { ...cut, seconds: n };
}

/** A row's value as the operation file has it, or why it cannot be. */
export function cellValue(field: Field, text: string): { value: unknown } | { error: string } {
  if (field.kind === 'word') return { value: text.toLowerCase() };
  if (field.kind === 'list') return { value: text.split(';').flatMap((id) => id.trim() || []) };
  if (field.kind === 'seconds') {
    const seconds = decimal(text);
    return seconds === null
      ? { error: `expected a number of seconds like 20, got "${text}"` }
      : { value: seconds };
  }
  if (field.kind === 'area') {
    const [west, south, east, north, ...rest] = text.split(/\s+/).map(decimal);
    if (rest.length || [west, south, east, north].some((n) => n === null || n === undefined))
      return { error: `expected "west south east north" in degrees like "-20 2 10 54", got "${text}"` };
    return {
      value: [
        [west, south],
        [east, north],
      ],
    };
  }
  if (field.kind === 'cut') {
    const cut = cutOf(text);
    return cut
      ? { value: cut }
      : { error: `expected "arrived", "arrived at ACC" or "arrived at ACC for 20 seconds", got "${text}"` };
  }
  return { value: text };
}
