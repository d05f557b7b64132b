import type { Hub, Language } from '../../core/scenario';
import { type PlaceForms, placeForms } from './grammar';

/** The hub's name in the language, as the scenario gives it (the default name otherwise). */
export function hubLabel(hub: Hub | undefined, language: Language): string {
  if (!hub) return '?';
  const given = hub.names?.[language];
  return typeof given === 'string' ? given : (given?.name ?? hub.name);
}

/** The hub as sentences put it ("de l’aéroport de Genève"), from the file's forms or the language's rules. */
export function hubPhrases(hub: Hub | undefined, language: Language): PlaceForms {
  const given = hub?.names?.[language];
  return placeForms(language, hubLabel(hub, language), typeof given === 'object' ? given : undefined);
}
