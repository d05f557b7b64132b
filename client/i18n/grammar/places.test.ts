import { describe, expect, it } from 'vitest';
import { placeForms } from './index';

describe('placeForms', () => {
  it('elides French "de" before a vowel but not before h', () => {
    expect(placeForms('fr', 'Anvers')).toEqual({ name: 'Anvers', from: 'd’Anvers', at: 'à Anvers' });
    expect(placeForms('fr', 'Orly').from).toBe('d’Orly');
    expect(placeForms('fr', 'Liège').from).toBe('de Liège');
    expect(placeForms('fr', 'Hambourg').from).toBe('de Hambourg');
  });

  it('gives each language its default phrases', () => {
    expect(placeForms('en', 'Liège')).toEqual({ name: 'Liège', from: 'Liège', at: 'in Liège' });
    expect(placeForms('nl', 'Luik')).toEqual({ name: 'Luik', from: 'uit Luik', at: 'in Luik' });
    expect(placeForms('de', 'Lüttich')).toEqual({ name: 'Lüttich', from: 'Lüttich', at: 'in Lüttich' });
  });

  it('uses the forms a scenario gives as they are', () => {
    const given = { from: 'de l’aéroport de Bruxelles', at: "à l'aéroport de Bruxelles" };
    expect(placeForms('fr', 'Bruxelles', given)).toEqual({ name: 'Bruxelles', ...given });
    expect(placeForms('de', 'Brüssel', { at: 'am Flughafen Brüssel' })).toEqual({
      name: 'Brüssel',
      from: 'Brüssel',
      at: 'am Flughafen Brüssel',
    });
  });
});
