import { byCode, type Grammar } from './table';

/** Names that read badly in a sentence: CLDR's short forms for the two Congos and the special regions. */
const NAMES: Record<string, string> = {
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  HK: 'Hong Kong',
  MO: 'Macao',
  MM: 'Myanmar',
  EZ: 'eurozone',
  GS: 'South Georgia and the South Sandwich Islands',
  HM: 'Heard Island and McDonald Islands',
};

/** Countries whose article the rule below cannot see in the name. */
const ARTICLES = byCode({
  // Plural island groups and a river country named without "Islands" in it.
  the: 'BS GM KM MV PH SC EZ',
  // The islands that follow "and" are what takes "the" here, not the whole name.
  '': 'GS HM',
});

// A name built on a common noun (a republic, a kingdom, islands, a union) takes "the"; a bare proper name does
// not. Words are told apart by spaces, as \b breaks words at accented letters.
const COMMON_NOUN =
  /(^| )(Islands|Republic|Kingdom|States|Emirates|Territories|Territory|Union|Nations|Netherlands)( |$)|^Isle of /;

export const en: Grammar = {
  country(code, displayName) {
    // CLDR's short names use "&", which reads as an abbreviation in running text.
    const name = (NAMES[code] ?? displayName).replaceAll(' & ', ' and ');
    const article = ARTICLES.get(code) ?? (COMMON_NOUN.test(name) ? 'the' : '');
    return article ? `${article} ${name}` : name;
  },
  from: (name) => name,
  at: (name) => `in ${name}`,
};
