import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AIRLIFT, storyWords, wordPattern } from '../helpers/story-words';

/** Product files: what git tracks under core/, server/ and client/, tests aside. */
function productFiles(): string[] {
  return execFileSync('git', ['ls-files', 'core', 'server', 'client'], { encoding: 'utf8' })
    .split('\n')
    .filter((file) => file && !/\.test\.ts$/.test(file));
}

describe('product code', () => {
  const words = storyWords(AIRLIFT);
  const pattern = wordPattern(words);

  it('knows the words of the bundled story it must not name', () => {
    expect(words.ids).toEqual(expect.arrayContaining(['LGG', 'HGH', 'masks']));
    expect(words.names).toEqual(expect.arrayContaining(['Hangzhou', 'Liège', 'Lüttich', 'masks']));
    expect(pattern.test('the flight lands in Liège')).toBe(true);
    expect(pattern.test('deck.gl masks icons: mask: true')).toBe(true);
    expect(pattern.test('a flight HGH→LGG')).toBe(true);
    expect(pattern.test('an icon mask')).toBe(false);
    expect(pattern.test('const [aMs, bMs] = times')).toBe(false);
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
