import { byCode, type Grammar } from './table';

/** Names that read badly in a sentence: CLDR's short forms for the two Congos and the special regions. */
const NAMES: Record<string, string> = {
  CD: 'Democratische Republiek Congo',
  CG: 'Republiek Congo',
  HK: 'Hongkong',
  MO: 'Macau',
  MM: 'Myanmar',
  GS: 'Zuid-Georgia en de Zuidelijke Sandwicheilanden',
};

/** Countries whose article the rule below cannot see in the name. */
const ARTICLES = byCode({
  // Plurals that are not named "eilanden", and regions named after a common noun.
  de: 'BS EH EZ FO KM MP MV PH SC',
  // A neuter noun (koninkrijk, territorium) takes "het".
  het: 'GB IO',
  // Only the islands after "en" take the article, and the name already carries it.
  '': 'GS',
});

// Dutch names most countries bare (voor Spanje); a name built on a common noun, or a plural, takes "de".
const COMMON_NOUN = /(eilanden|republiek|unie|staten|emiraten|gebieden|naties)(\s|$)/i;

export const nl: Grammar = {
  country(code, displayName) {
    const name = NAMES[code] ?? displayName;
    const article = ARTICLES.get(code) ?? (COMMON_NOUN.test(name) ? 'de' : '');
    return article ? `${article} ${name}` : name;
  },
  from: (name) => `uit ${name}`,
  at: (name) => `in ${name}`,
};
