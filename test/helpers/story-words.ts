import { readFileSync } from 'node:fs';
import type { ScenarioFile } from '../../core/scenario';

/** The bundled airlift: the story product code must not tell, nor another operation's screen show. */
export const AIRLIFT = 'data/scenarios/airlift-2020.json';

const texts = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(texts)
      : [];

/** A scenario's own words: its hubs' ids and names in every language, its items' ids, names and plural forms. */
export function storyWords(file: string): string[] {
  const s = JSON.parse(readFileSync(file, 'utf8')) as ScenarioFile;
  return [
    ...new Set([
      ...s.hubs.flatMap((hub) => [hub.id, hub.name, ...texts(hub.names)]),
      ...s.items.flatMap((item) => [
        item.id,
        ...texts(item.name),
        ...Object.values(item.count).map((forms) => forms.other),
      ]),
    ]),
  ];
}

const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches any of the words, whole, in any case. */
export const wordPattern = (words: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\d_-])(${words.map(literal).join('|')})(?![\\p{L}\\d_-])`, 'iu');
