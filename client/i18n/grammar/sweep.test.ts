import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../core/scenario/vocabulary';
import { LOCALES } from '../locale';
import { countryAfterFor } from './index';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const PAIRS = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b));

/** Every two-letter code that Intl names in the language, that is, whose name is not the code itself. */
function known(language: Language): string[] {
  const names = new Intl.DisplayNames([LOCALES[language]], { type: 'region' });
  return PAIRS.filter((code) => names.of(code) !== code);
}

// Judged apart from the module's own rule: a vowel letter, y only when no vowel follows it (le Yémen).
const vowelStart = (s: string) =>
  /^([aeiou]|y(?![aeiou]))/.test(s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

describe('every region Intl names', () => {
  it.each(LANGUAGES)('gets a clean phrase in %s', (language) => {
    const codes = known(language);
    // 280 with Node 20's ICU 78; the bound only guards against a sweep that silently finds nothing.
    expect(codes.length).toBeGreaterThan(250);
    const bad = codes
      .map((code) => [code, countryAfterFor(language, code)] as const)
      .filter(([, s]) => !s || s !== s.trim() || s.includes('  ') || s.includes('&'));
    expect(bad).toEqual([]);
  });

  it('never has "le" or "la" before a vowel in French', () => {
    const bad = known('fr')
      .map((code) => countryAfterFor('fr', code))
      .filter((s) => /^(le|la) /.test(s) && vowelStart(s.slice(3)));
    expect(bad).toEqual([]);
  });
});
