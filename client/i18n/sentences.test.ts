import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan, validateScenario } from '../../core/scenario';
import { Formats } from './locale';
import { MESSAGES } from './messages';
import { describeStatus } from './sentences';

const result = validateScenario(JSON.parse(readFileSync('data/scenarios/airlift-2020.json', 'utf8')));
if (!result.ok) throw new Error(result.errors.join('\n'));
const plan = compilePlan(result.scenario);
const landing = {
  type: 'status',
  shipment: 'S1-IT',
  status: 'arrived',
  hub: 'LGG',
  time: Date.parse('2020-03-13T20:00:00Z'),
  leg: 0,
} as const;
const say = (language: 'en' | 'fr' | 'nl' | 'de') =>
  describeStatus(landing, plan, MESSAGES[language], new Formats(language));

describe('status sentences', () => {
  // French groups digits with a narrow no-break space (U+202F), as typeset French does.
  it('tells the first landing in Liège in each language, with local time and grouping', () => {
    expect(say('fr').text).toBe(
      '21:00 — Vol HGH→LGG arrivé à Liège · 500\u202f000 masques et 20\u202f000 kits de test',
    );
    expect(say('nl').text).toBe(
      '21:00 — Vlucht HGH→LGG aangekomen in Luik · 500.000 mondmaskers en 20.000 testkits',
    );
    expect(say('de').text).toBe(
      '21:00 — Flug HGH→LGG in Lüttich angekommen · 500.000 Masken und 20.000 Testkits',
    );
    expect(say('en').text).toBe(
      '21:00 — Flight HGH→LGG arrived in Liège · 500,000 masks and 20,000 test kits',
    );
  });

  it('marks the reported landing as reported and an invented clearance as illustrative', () => {
    expect(say('en').illustrative).toBe(false);
    const cleared = {
      ...landing,
      status: 'customs_cleared',
      time: Date.parse('2020-03-14T03:00:00Z'),
    } as const;
    expect(describeStatus(cleared, plan, MESSAGES.fr, new Formats('fr'))).toEqual({
      text: '04:00 — Dédouané à Liège · 500\u202f000 masques et 20\u202f000 kits de test',
      illustrative: true,
    });
  });

  it('names the destination country in the language', () => {
    const delivered = {
      ...landing,
      status: 'delivered',
      hub: 'MXP',
      time: Date.parse('2020-03-14T10:30:00Z'),
      leg: 1,
    } as const;
    expect(describeStatus(delivered, plan, MESSAGES.de, new Formats('de')).text).toBe(
      '11:30 — In Mailand, Italien zugestellt · 500.000 Masken und 20.000 Testkits',
    );
  });

  it('gives each destination country the article its language needs', () => {
    const booked = (shipment: string, language: 'en' | 'fr' | 'nl' | 'de') =>
      describeStatus(
        {
          type: 'status',
          shipment,
          status: 'booked',
          hub: 'HGH',
          time: Date.parse('2020-03-11T00:00:00Z'),
          leg: -1,
        },
        plan,
        MESSAGES[language],
        new Formats(language),
      ).text.replace(/ ·.*|^.*— /g, '');
    expect(booked('S2-ES', 'fr')).toBe(
      'Réservé : 500\u202f000 masques et 40\u202f000 kits de test pour l’Espagne',
    );
    expect(booked('S4-FR', 'fr')).toMatch(/ pour la France$/);
    expect(booked('S5-NL', 'fr')).toMatch(/ pour les Pays-Bas$/);
    expect(booked('S5-NL', 'en')).toMatch(/ for the Netherlands$/);
    expect(booked('S5-NL', 'nl')).toMatch(/ voor Nederland$/);
    expect(booked('S5-NL', 'de')).toMatch(/ für die Niederlande$/);
    expect(booked('S7-CH', 'de')).toBe('Gebucht: Schutzausrüstung für die Schweiz');
  });

  it('has every message in every language', () => {
    const shape = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' ? shape(v).map((s) => `${k}.${s}`) : [k],
      );
    const english = shape(MESSAGES.en).sort();
    for (const language of ['fr', 'nl', 'de'] as const)
      expect(shape(MESSAGES[language]).sort()).toEqual(english);
  });
});
