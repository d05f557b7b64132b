import { byCode, type Grammar } from './table';

/**
 * Names that read badly in a sentence (CLDR's short forms for the two Congos and the special regions), and
 * the two neuter names whose adjective loses its strong ending once "das" stands before it.
 */
const NAMES: Record<string, string> = {
  CD: 'Demokratische Republik Kongo',
  CG: 'Republik Kongo',
  HK: 'Hongkong',
  MO: 'Macau',
  GB: 'Vereinigte Königreich',
  IO: 'Britische Territorium im Indischen Ozean',
};

/** Countries whose article the rules below cannot see in the name; the accusative, as after "für". */
const ARTICLES = byCode({
  die: 'AQ CH CI EH EZ IM MN SK TR UA VA',
  den: 'IQ IR LB NE SD SS TD YE',
  das: 'GB IO',
  plural: 'AE BQ BS FO KM MP MV NL PH PS SB SC TF UN US',
  // Only the islands after "und" take the article, and the name already carries it.
  '': 'GS',
});

// Island groups are plural (die Kokosinseln), a single island feminine (die Weihnachtsinsel).
const PLURAL = /inseln$/i;
// A republic or a union is feminine wherever it stands in the name (die Republik Moldau). Words are told
// apart by spaces, not \b, which sees a word break inside "Réunion".
const FEMININE = /insel$|(^| )(Republik|Union)( |$)/i;

/** After "die", a plural's adjectives take the weak ending: "Vereinigte Staaten" becomes "die Vereinigten Staaten". */
function weakPlural(name: string): string {
  const words = name.split(' ');
  return words
    .map((word, i) => (i < words.length - 1 && /\p{Lu}.*e$/u.test(word) ? `${word}n` : word))
    .join(' ');
}

export const de: Grammar = {
  country(code, displayName) {
    const name = NAMES[code] ?? displayName;
    const article = ARTICLES.get(code) ?? (PLURAL.test(name) ? 'plural' : FEMININE.test(name) ? 'die' : '');
    if (article === 'plural') return `die ${weakPlural(name)}`;
    return article ? `${article} ${name}` : name;
  },
  // "hat Antwerpen verlassen": the name alone is the accusative object.
  from: (name) => name,
  at: (name) => `in ${name}`,
};
