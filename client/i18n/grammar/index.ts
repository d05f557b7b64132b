import type { Language } from '../../../core/scenario/vocabulary';
import { LOCALES } from '../locale';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import type { Grammar } from './table';

const GRAMMARS: Record<Language, Grammar> = { en, fr, nl, de };

// Codes that Intl.DisplayNames names but that are no place: a sentence shows their name as it is.
const NOT_PLACES = new Set(['XA', 'XB', 'ZZ']);

const regions = new Map<Language, Intl.DisplayNames>();
function displayNames(language: Language): Intl.DisplayNames {
  let names = regions.get(language);
  if (!names) {
    names = new Intl.DisplayNames([LOCALES[language]], { type: 'region', fallback: 'none' });
    regions.set(language, names);
  }
  return names;
}

/**
 * The code the tables are keyed by: upper case, and with retired codes replaced as Intl does it (UK is GB,
 * ZR is CD), so that a retired code gets its successor's article. Undefined when it is no region code at all.
 */
function canonical(code: string): string | undefined {
  try {
    return new Intl.Locale('und', { region: code.toUpperCase() }).region;
  } catch {
    return undefined;
  }
}

/** The country as it stands after the "for" preposition of the language's templates: en "for ___", fr "pour ___", nl "voor ___", de "für ___" (accusative). */
export function countryAfterFor(language: Language, code: string): string {
  const region = canonical(code);
  if (!region) return code;
  const name = displayNames(language).of(region);
  if (!name) return code;
  if (NOT_PLACES.has(region)) return name;
  return GRAMMARS[language].country(region, name);
}

/** A place's phrases as the templates use them. `name` is the hub's name in that language; `given` are forms a scenario file may set to override the defaults. */
export interface PlaceForms {
  name: string;
  from: string;
  at: string;
}

export function placeForms(
  language: Language,
  name: string,
  given?: { from?: string; at?: string },
): PlaceForms {
  const grammar = GRAMMARS[language];
  return { name, from: given?.from ?? grammar.from(name), at: given?.at ?? grammar.at(name) };
}
