import { byCode, type Grammar } from './table';

/**
 * The typographic apostrophe (U+2019), as the French messages already write "unité d’équipement" and as
 * CLDR writes "Côte d’Ivoire". Forms a scenario file gives are used as they are, whatever apostrophe they hold.
 */
export const APOSTROPHE = '’';

/**
 * French elides "le", "la" and "de" before a vowel sound: a, e, i, o, u or y, with any accent. A y before a
 * vowel is a consonant (le Yémen, de Yaoundé); h is taken as aspirated (la Hongrie, le Honduras, de Hambourg).
 */
export function elides(name: string): boolean {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return /^[aeiou]|^y(?![aeiou])/.test(plain);
}

/** Names that read badly in a sentence: CLDR's short forms for the two Congos and the special regions. */
const NAMES: Record<string, string> = {
  CD: 'République démocratique du Congo',
  CG: 'République du Congo',
  HK: 'Hong Kong',
  MO: 'Macao',
  MM: 'Myanmar',
  VA: 'Cité du Vatican',
  UN: 'Nations unies',
};

/** Countries whose article the rule below gets wrong. */
const ARTICLES = byCode({
  // Islands, cities and city-states that French names without an article (pour Cuba, pour Israël).
  '': 'AD AG AI AW BH CQ CU CW CY DG DJ EA GG GI GU HK HT IL JE KI MC MG MO MS MT MU NR NU OM PR SG TA TK TT TV TW WF YT',
  // Masculine although the head noun ends in -e (le Mexique, le Royaume-Uni).
  le: 'BZ GB IO KH MX MZ SR YE ZW',
  // Feminine although the head noun does not end in -e (la Sierra Leone, la Cité du Vatican).
  la: 'SL VA',
  les: 'AE AS BM BQ BS FJ KM MV NL PH PS PW QO SC TF TO UN US WS',
});

/** The rule: saints' names and names with their own article stand bare, "Îles" is plural, a head noun in -e feminine. */
function ruleArticle(name: string): string {
  if (/^(Saint|Sainte|Sao|São)[- ]|^(La|Le|Les) |^L’/.test(name)) return '';
  if (/^Îles /.test(name)) return 'les';
  const head = name.split(/[ -]/)[0] ?? name;
  return head.endsWith('e') ? 'la' : 'le';
}

/** In running text the generic noun of an island's name is written lower case: "les îles Cook". */
const prose = (name: string) => name.replace(/^Îles? /, (word) => word.toLowerCase());

export const fr: Grammar = {
  country(code, displayName) {
    const given = NAMES[code] ?? displayName;
    const article = ARTICLES.get(code) ?? ruleArticle(given);
    const name = prose(given);
    if (!article) return name;
    if (article !== 'les' && elides(name)) return `l${APOSTROPHE}${name}`;
    return `${article} ${name}`;
  },
  from: (name) => (elides(name) ? `d${APOSTROPHE}${name}` : `de ${name}`),
  at: (name) => `à ${name}`,
};
