/** The columns of an operation sheet: one row sets one thing, named in `field`. */
export const OPERATION_COLUMNS = ['field', 'id', 'value', 'fr', 'nl', 'de'] as const;
export type OperationColumn = (typeof OPERATION_COLUMNS)[number];
export const TRANSLATIONS = ['fr', 'nl', 'de'] as const;

/**
 * What a row's value is: `text` as written; `word` lowercased (`Doses` is the unit `doses`); `texts`
 * in English with its translations beside it; `form` one plural form in each language; `list` ids
 * separated by ";"; `seconds` a number; `area` four numbers; `cut` a sentence (see `cutOf`).
 */
export type Kind = 'text' | 'word' | 'texts' | 'form' | 'list' | 'seconds' | 'area' | 'cut';

/** The things an operation declares several of, each named by the row's id column. */
export type Entity = 'items' | 'scenes' | 'sources';

export interface Field {
  /** The thing the row's id names; absent, the row is about the whole operation. */
  of?: Entity;
  /** Where the value goes, inside that thing or the operation. */
  path: string[];
  kind: Kind;
  /** For the row that declares a thing (`item`): the rows it cannot do without. */
  needs?: string[];
}

const FORMS = ['one', 'other', 'zero', 'two', 'few', 'many'] as const;

/** Every field, in the order the docs and the error about an unknown field list them. */
export const FIELDS: Readonly<Record<string, Field>> = {
  id: { path: ['id'], kind: 'text' },
  title: { path: ['title'], kind: 'texts' },
  language: { path: ['language'], kind: 'word' },
  item: { of: 'items', path: ['name'], kind: 'texts', needs: ['item other'] },
  'item unit': { of: 'items', path: ['unit'], kind: 'word' },
  ...Object.fromEntries(
    FORMS.map((form): [string, Field] => [
      `item ${form}`,
      { of: 'items', path: ['count', form], kind: 'form' },
    ]),
  ),
  'item unknown': { of: 'items', path: ['unknown'], kind: 'texts' },
  source: { of: 'sources', path: ['title'], kind: 'text', needs: ['source publisher'] },
  'source publisher': { of: 'sources', path: ['publisher'], kind: 'text' },
  'source date': { of: 'sources', path: ['date'], kind: 'text' },
  'source url': { of: 'sources', path: ['url'], kind: 'text' },
  'panel title': { path: ['kpis', 'title'], kind: 'texts' },
  lead: { path: ['kpis', 'lead'], kind: 'list' },
  breakdown: { path: ['kpis', 'breakdown'], kind: 'text' },
  clocks: { path: ['clocks'], kind: 'list' },
  emphasis: { path: ['emphasis'], kind: 'list' },
  scene: { of: 'scenes', path: ['name'], kind: 'texts', needs: ['scene area'] },
  'scene area': { of: 'scenes', path: ['area'], kind: 'area' },
  'scene seconds': { of: 'scenes', path: ['seconds'], kind: 'seconds' },
  tour: { path: ['kiosk', 'tour'], kind: 'list' },
  cut: { path: ['kiosk', 'cuts'], kind: 'cut' },
  footnote: { path: ['footnote'], kind: 'texts' },
  credits: { path: ['credits'], kind: 'texts' },
};

/** `Item_Unit`, `item-unit` and `item  unit` all name the field `item unit`. */
export const fieldName = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** The field a path in the operation comes from where no row set it: `items` from `item` rows. */
export function fieldOf(path: string): string | null {
  const root = /^[^.[]*/.exec(path)?.[0];
  return Object.entries(FIELDS).find(([, f]) => (f.of ?? f.path[0]) === root)?.[0] ?? null;
}

const THING: Record<Entity, string> = { items: 'item', scenes: 'scene', sources: 'source' };

/** What a row's id column names: an item, a scene or a source; the scene a cut shows; or nothing. */
export const idOf = (field: Field): string | null =>
  field.of ? THING[field.of] : field.kind === 'cut' ? 'scene' : null;

/** The field that declares a thing, and the word for it: `item` for the items. */
export function declaring(of: Entity): [name: string, thing: string] {
  const name = Object.keys(FIELDS).find((key) => FIELDS[key]?.of === of && FIELDS[key]?.needs) as string;
  return [name, THING[of]];
}
