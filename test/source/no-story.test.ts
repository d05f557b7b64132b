import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ScenarioFile } from '../../core/scenario';

/**
 * The words of the bundled airlift that product code must not say: its hubs' ids and names in
 * every language, its items' ids, names and plural forms. They belong in its data.
 */
function storyWords(file: string): string[] {
  const s = JSON.parse(readFileSync(file, 'utf8')) as ScenarioFile;
  const names = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(names)
        : [];
  return [
    ...s.hubs.flatMap((hub) => [hub.id, hub.name, ...names(hub.names)]),
    ...s.items.flatMap((item) => [
      item.id,
      ...names(item.name),
      ...Object.values(item.count).map((forms) => forms.other),
    ]),
  ];
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Product files: what git tracks under core/, server/ and client/, tests aside. */
function productFiles(): string[] {
  return execFileSync('git', ['ls-files', 'core', 'server', 'client'], { encoding: 'utf8' })
    .split('\n')
    .filter((file) => file && !/\.test\.ts$/.test(file));
}

describe('product code', () => {
  const words = [...new Set(storyWords('data/scenarios/airlift-2020.json'))];
  const pattern = new RegExp(`(?<![\\p{L}\\d_-])(${words.map(escape).join('|')})(?![\\p{L}\\d_-])`, 'iu');

  it('knows the words of the bundled story it must not name', () => {
    expect(words).toEqual(expect.arrayContaining(['LGG', 'HGH', 'Hangzhou', 'Liège', 'Lüttich', 'masks']));
    expect(pattern.test('the flight lands in Liège')).toBe(true);
    expect(pattern.test('deck.gl masks icons: mask: true')).toBe(true);
    expect(pattern.test('an icon mask')).toBe(false);
  });

  it('names no hub, place or item of the bundled story (they belong in its data)', () => {
    const found = productFiles().flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          const match = pattern.exec(line);
          return match ? [`${file}:${i + 1}: "${match[1]}" in ${line.trim()}`] : [];
        }),
    );
    expect(found).toEqual([]);
  });
});
