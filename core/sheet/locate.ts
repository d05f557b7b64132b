import type { ItemError } from '../ingest/errors';
import { formatPath } from '../scenario/validate';
import { cellAt, cellLine, type Table } from './table';

/**
 * Turns a validator's line about one part of a scenario (`hubs[2].lat: …`) into the line a person
 * reads: the file, and in a sheet the cell to edit.
 */
export type Locate = (line: string) => string;

/** `hubs[2].lat: latitude must be ≤ 90` → the path and the reason. */
export function splitLine(line: string): { path: string; reason: string } {
  const colon = line.indexOf(': ');
  return colon < 0
    ? { path: '', reason: line }
    : { path: line.slice(0, colon), reason: line.slice(colon + 2) };
}

/** Lines about a file as it is: JSON, whose paths a person finds. */
export const inFile =
  (file: string): Locate =>
  (line) =>
    `${file}: ${line}`;

/**
 * Lines about `key[2]…` where the sheet's rows are the scenario's `key` (`hubs`, `shipments`), said
 * as cells; another row a reason mentions (`also hubs[0]`) is said as a row too.
 */
export function rowLocate<C extends string>(
  file: string,
  sheet: Table<C>,
  key: string,
  columnOf: (path: string) => C | null,
): Locate {
  const pattern = new RegExp(`^${key}\\[(\\d+)\\]\\.?([^:]*): (.*)$`);
  const others = new RegExp(`${key}\\[(\\d+)\\]`, 'g');
  return (line) => {
    const match = pattern.exec(line);
    if (!match) return `${file}: ${line}`;
    const [, index, path, reason] = match as unknown as [string, string, string, string];
    const said = reason.replace(others, (_, i) => `row ${Number(i) + 1}`);
    return cellLine(file, cellAt(sheet, Number(index), columnOf(path), said, 422));
  };
}

/** `items[0].count.fr`, then `items[0].count`, `items[0]`, `items`. */
function* enclosing(path: string): Generator<string> {
  for (let part = path, up = ''; part; part = up) {
    yield part;
    up = part.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
    if (up === part) return;
  }
}

export interface Origin<C extends string> {
  index: number;
  column: C;
  label: string;
}

/** Where each part of a JSON value built from a sheet came from, so that an error about it names the cell. */
export class Origins<C extends string> {
  private readonly at = new Map<string, Origin<C>>();

  /** Records `path` and, where nothing has yet, every object it lies in; `own` takes the path from another row. */
  note(path: readonly PropertyKey[], origin: Origin<C>, own = false): void {
    for (let n = path.length; n > 0; n--) {
      const key = formatPath(path.slice(0, n));
      if (!this.at.has(key) || (own && n === path.length)) this.at.set(key, origin);
    }
  }

  get(path: readonly PropertyKey[]): Origin<C> | undefined {
    return this.at.get(formatPath(path));
  }

  /**
   * The line for the nearest recorded part of the error's path, the rest of the path before its
   * reason; `unplaced` says a line about a part no row set.
   */
  locate(file: string, sheet: Table<C>, unplaced: (path: string, reason: string) => string): Locate {
    return (line) => {
      const { path, reason } = splitLine(line);
      for (const part of enclosing(path)) {
        const origin = this.at.get(part);
        if (!origin) continue;
        const rest = path.slice(part.length).replace(/^\./, '');
        const error: ItemError = cellAt(sheet, origin.index, origin.column, reason, 422, origin.label);
        // One id of a cell's list ("BRU; ACX") is named by the reason itself: the rest says only its place.
        if (rest && !/^\[\d+\]$/.test(rest)) error.reason = `${rest}: ${reason}`;
        return cellLine(file, error);
      }
      return unplaced(path, reason);
    };
  }
}
