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

/** A scenario's own words: ids (as written: "AMS", not the "aMs" of a variable) and names (in any case). */
export function storyWords(file: string): { ids: string[]; names: string[] } {
  const s = JSON.parse(readFileSync(file, 'utf8')) as ScenarioFile;
  return {
    ids: [...new Set([...s.hubs.map((hub) => hub.id), ...s.items.map((item) => item.id)])],
    names: [
      ...new Set([
        ...s.hubs.flatMap((hub) => [hub.name, ...texts(hub.names)]),
        ...s.items.flatMap((item) => [
          ...texts(item.name),
          ...Object.values(item.count).map((forms) => forms.other),
        ]),
      ]),
    ],
  };
}

const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const whole = (words: readonly string[]) =>
  `(?<![\\p{L}\\d_-])(${words.map(literal).join('|')})(?![\\p{L}\\d_-])`;

/** Matches any of the ids as written, or any of the names in any case, each whole. */
export function wordPattern({ ids, names }: { ids: readonly string[]; names: readonly string[] }) {
  const exact = new RegExp(whole(ids), 'u');
  const anyCase = new RegExp(whole(names), 'iu');
  return {
    exec: (text: string) => exact.exec(text) ?? anyCase.exec(text),
    test: (text: string) => exact.test(text) || anyCase.test(text),
  };
}
