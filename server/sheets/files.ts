import { readFileSync } from 'node:fs';
import type { Locate } from '../../core/sheet/locate';

export type Failed = { ok: false; errors: string[] };

/** One file's part of a scenario, and how to say a validator's line about it. */
export type Part<T> = ({ ok: true; locate: Locate } & T) | Failed;

/** A `.csv` file is a sheet; anything else is read as JSON. */
export const isSheet = (path: string) => path.toLowerCase().endsWith('.csv');

export function readText(path: string): { ok: true; text: string } | Failed {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { ok: false, errors: [`${path}: cannot read: ${(error as Error).message}`] };
  }
}

/** Reads, parses and validates a JSON file; every error line starts with the file's name. */
export function readJson<R extends { ok: true } | Failed>(
  path: string,
  validate: (json: unknown) => R,
): R | Failed {
  const read = readText(path);
  if (!read.ok) return read;
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (error) {
    return { ok: false, errors: [`${path}: not valid JSON: ${(error as Error).message}`] };
  }
  const result = validate(json);
  return result.ok ? result : { ok: false, errors: result.errors.map((line) => `${path}: ${line}`) };
}
