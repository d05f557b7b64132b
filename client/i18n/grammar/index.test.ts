import { describe, expect, it } from 'vitest';
import type { Language } from '../../../core/scenario/vocabulary';
import { countryAfterFor } from './index';

const expectCountries = (language: Language, expected: Record<string, string>) => {
  const got = Object.fromEntries(
    Object.keys(expected).map((code) => [code, countryAfterFor(language, code)]),
  );
  expect(got).toEqual(expected);
};

describe('countryAfterFor', () => {
  it('gives French the article, elided before a vowel, and none to islands and city-states', () => {
    expectCountries('fr', {
      ES: 'l’Espagne',
      EC: 'l’Équateur',
      FR: 'la France',
      BE: 'la Belgique',
      CH: 'la Suisse',
      CI: 'la Côte d’Ivoire',
      MK: 'la Macédoine du Nord',
      SL: 'la Sierra Leone',
      GH: 'le Ghana',
      PT: 'le Portugal',
      MX: 'le Mexique',
      GB: 'le Royaume-Uni',
      YE: 'le Yémen',
      HU: 'la Hongrie',
      HN: 'le Honduras',
      NL: 'les Pays-Bas',
      US: 'les États-Unis',
      AE: 'les Émirats arabes unis',
      CK: 'les îles Cook',
      IM: 'l’île de Man',
      IL: 'Israël',
      CU: 'Cuba',
      SG: 'Singapour',
      LC: 'Sainte-Lucie',
      CD: 'la République démocratique du Congo',
    });
  });

  it('gives German the accusative article, with the weak adjective after it', () => {
    expectCountries('de', {
      ES: 'Spanien',
      CH: 'die Schweiz',
      TR: 'die Türkei',
      CI: 'die Côte d’Ivoire',
      CF: 'die Zentralafrikanische Republik',
      CX: 'die Weihnachtsinsel',
      NL: 'die Niederlande',
      US: 'die Vereinigten Staaten',
      AE: 'die Vereinigten Arabischen Emirate',
      IC: 'die Kanarischen Inseln',
      GB: 'das Vereinigte Königreich',
      IR: 'den Iran',
      SS: 'den Südsudan',
      GS: 'Südgeorgien und die Südlichen Sandwichinseln',
      RE: 'Réunion',
    });
  });

  it('gives Dutch "de" or "het" only where a common noun or a plural needs it', () => {
    expectCountries('nl', {
      ES: 'Spanje',
      NL: 'Nederland',
      US: 'de Verenigde Staten',
      PH: 'de Filipijnen',
      BS: 'de Bahama’s',
      CF: 'de Centraal-Afrikaanse Republiek',
      SB: 'de Salomonseilanden',
      GB: 'het Verenigd Koninkrijk',
    });
  });

  it('gives English "the" where the name is a common noun or a plural, and a sentence name to the Congos', () => {
    expectCountries('en', {
      ES: 'Spain',
      NL: 'the Netherlands',
      US: 'the United States',
      GB: 'the United Kingdom',
      PH: 'the Philippines',
      CZ: 'Czechia',
      VA: 'Vatican City',
      CD: 'the Democratic Republic of the Congo',
      CG: 'the Republic of the Congo',
      BA: 'Bosnia and Herzegovina',
    });
  });

  it('reads codes as Intl does: any case, retired codes as their successor, unknown ones unchanged', () => {
    expect(countryAfterFor('fr', 'es')).toBe('l’Espagne');
    expect(countryAfterFor('en', 'UK')).toBe('the United Kingdom');
    expect(countryAfterFor('de', 'ZR')).toBe('die Demokratische Republik Kongo');
    expect(countryAfterFor('en', 'QZ')).toBe('QZ');
    expect(countryAfterFor('en', 'not a code')).toBe('not a code');
    expect(countryAfterFor('fr', 'ZZ')).toBe('région inconnue');
  });
});
