import type { Item, Language, Leg } from '../../core/scenario';
import type { StatusCode } from '../../core/status';

/** Everything a sentence may name, already formatted for the language. */
export interface SentenceParts {
  time: string;
  mode: Leg['mode'];
  route: string;
  hub: string;
  country: string;
  cargo: string;
}

type Plural = Record<'one' | 'other', string>;

/**
 * Every string on screen, per language. Sentences are whole templates per language, never glued
 * together from fragments: word order and agreement differ between French, Dutch and German.
 */
export interface Messages {
  kpis: {
    title: string;
    delivered: string;
    inTransit: string;
    planned: string;
    byCountry: string;
    items: Record<Item, string>;
  };
  items: Record<Exclude<Item, 'protective_equipment'>, Plural> & {
    protective_equipment: Plural & { unknown: string };
  };
  unknownQuantity: (item: string) => string;
  modes: Record<Leg['mode'], string>;
  /** "Vol HGH→LGG": a vehicle named by its mode and route. */
  route: (mode: string, from: string, to: string) => string;
  /** "500 000 masques": a formatted number and the noun in the matching plural form. */
  count: (n: string, noun: string) => string;
  sentence: Record<StatusCode, (p: SentenceParts) => string>;
  illustrative: string;
  reported: string;
  estimated: string;
  legend: { title: string; status: string };
  live: string;
  replay: (rate: string, date: string) => string;
  paused: (date: string) => string;
  connecting: string;
  reconnecting: string;
  delayedSince: (time: string) => string;
  footnote: string;
  sources: (list: string) => string;
  scenes: Record<'overview' | 'hangzhou' | 'liege' | 'europe', string>;
  basemapCredit: string;
}

export const MESSAGES: Record<Language, Messages> = {
  en: {
    kpis: {
      title: 'Relief supplies',
      delivered: 'Delivered',
      inTransit: 'In transit',
      planned: 'Planned',
      byCountry: 'By destination',
      items: { masks: 'Masks', test_kits: 'Test kits', protective_equipment: 'Protective equipment' },
    },
    items: {
      masks: { one: 'mask', other: 'masks' },
      test_kits: { one: 'test kit', other: 'test kits' },
      protective_equipment: {
        one: 'unit of protective equipment',
        other: 'units of protective equipment',
        unknown: 'protective equipment',
      },
    },
    unknownQuantity: (item) => `${item} (quantity not reported)`,
    modes: { air: 'Flight', rail: 'Train', road: 'Truck' },
    route: (mode, from, to) => `${mode} ${from}→${to}`,
    count: (n, noun) => `${n} ${noun}`,
    sentence: {
      planned: (p) => `${p.time} — Planned: ${p.cargo} for ${p.country}`,
      booked: (p) => `${p.time} — Booked: ${p.cargo} for ${p.country}`,
      departed: (p) => `${p.time} — ${p.route} left ${p.hub} · ${p.cargo}`,
      arrived: (p) => `${p.time} — ${p.route} arrived in ${p.hub} · ${p.cargo}`,
      customs_cleared: (p) => `${p.time} — Cleared customs in ${p.hub} · ${p.cargo}`,
      delivered: (p) => `${p.time} — Delivered in ${p.hub}, ${p.country} · ${p.cargo}`,
    },
    illustrative: 'illustrative',
    reported: 'reported',
    estimated: 'estimated position',
    legend: { title: 'Legend', status: 'Status' },
    live: 'LIVE',
    replay: (rate, date) => `REPLAY ×${rate} · ${date}`,
    paused: (date) => `PAUSED · ${date}`,
    connecting: 'Connecting…',
    reconnecting: 'Reconnecting…',
    delayedSince: (time) => `Data delayed since ${time}`,
    footnote: 'Split by country, onward legs and most times are illustrative.',
    sources: (list) => `Sources: ${list}`,
    scenes: {
      overview: 'Eurasia',
      hangzhou: 'Hangzhou departure',
      liege: 'Liège hub',
      europe: 'Europe distribution',
    },
    basemapCredit: 'Basemap: Natural Earth',
  },
  fr: {
    kpis: {
      title: 'Matériel de secours',
      delivered: 'Livré',
      inTransit: 'En transit',
      planned: 'Prévu',
      byCountry: 'Par destination',
      items: {
        masks: 'Masques',
        test_kits: 'Kits de test',
        protective_equipment: 'Équipement de protection',
      },
    },
    items: {
      masks: { one: 'masque', other: 'masques' },
      test_kits: { one: 'kit de test', other: 'kits de test' },
      protective_equipment: {
        one: 'unité d’équipement de protection',
        other: 'unités d’équipement de protection',
        unknown: 'équipement de protection',
      },
    },
    unknownQuantity: (item) => `${item} (quantité non communiquée)`,
    modes: { air: 'Vol', rail: 'Train', road: 'Camion' },
    route: (mode, from, to) => `${mode} ${from}→${to}`,
    count: (n, noun) => `${n} ${noun}`,
    sentence: {
      planned: (p) => `${p.time} — Prévu : ${p.cargo} pour ${p.country}`,
      booked: (p) => `${p.time} — Réservé : ${p.cargo} pour ${p.country}`,
      departed: (p) => `${p.time} — ${p.route} parti de ${p.hub} · ${p.cargo}`,
      arrived: (p) => `${p.time} — ${p.route} arrivé à ${p.hub} · ${p.cargo}`,
      customs_cleared: (p) => `${p.time} — Dédouané à ${p.hub} · ${p.cargo}`,
      delivered: (p) => `${p.time} — Livré à ${p.hub}, ${p.country} · ${p.cargo}`,
    },
    illustrative: 'illustratif',
    reported: 'rapporté',
    estimated: 'position estimée',
    legend: { title: 'Légende', status: 'Statut' },
    live: 'EN DIRECT',
    replay: (rate, date) => `RELECTURE ×${rate} · ${date}`,
    paused: (date) => `EN PAUSE · ${date}`,
    connecting: 'Connexion…',
    reconnecting: 'Reconnexion…',
    delayedSince: (time) => `Données en retard depuis ${time}`,
    footnote: 'Répartition par pays, trajets au-delà de Liège et la plupart des heures : illustratifs.',
    sources: (list) => `Sources : ${list}`,
    scenes: {
      overview: 'Eurasie',
      hangzhou: 'Départ de Hangzhou',
      liege: 'Plateforme de Liège',
      europe: 'Distribution en Europe',
    },
    basemapCredit: 'Fond de carte : Natural Earth',
  },
  nl: {
    kpis: {
      title: 'Hulpgoederen',
      delivered: 'Geleverd',
      inTransit: 'Onderweg',
      planned: 'Gepland',
      byCountry: 'Per bestemming',
      items: { masks: 'Mondmaskers', test_kits: 'Testkits', protective_equipment: 'Beschermingsmateriaal' },
    },
    items: {
      masks: { one: 'mondmasker', other: 'mondmaskers' },
      test_kits: { one: 'testkit', other: 'testkits' },
      protective_equipment: {
        one: 'eenheid beschermingsmateriaal',
        other: 'eenheden beschermingsmateriaal',
        unknown: 'beschermingsmateriaal',
      },
    },
    unknownQuantity: (item) => `${item} (aantal niet bekendgemaakt)`,
    modes: { air: 'Vlucht', rail: 'Trein', road: 'Vrachtwagen' },
    route: (mode, from, to) => `${mode} ${from}→${to}`,
    count: (n, noun) => `${n} ${noun}`,
    sentence: {
      planned: (p) => `${p.time} — Gepland: ${p.cargo} voor ${p.country}`,
      booked: (p) => `${p.time} — Geboekt: ${p.cargo} voor ${p.country}`,
      departed: (p) => `${p.time} — ${p.route} vertrokken uit ${p.hub} · ${p.cargo}`,
      arrived: (p) => `${p.time} — ${p.route} aangekomen in ${p.hub} · ${p.cargo}`,
      customs_cleared: (p) => `${p.time} — Ingeklaard in ${p.hub} · ${p.cargo}`,
      delivered: (p) => `${p.time} — Geleverd in ${p.hub}, ${p.country} · ${p.cargo}`,
    },
    illustrative: 'illustratief',
    reported: 'gerapporteerd',
    estimated: 'geschatte positie',
    legend: { title: 'Legende', status: 'Status' },
    live: 'LIVE',
    replay: (rate, date) => `HERHALING ×${rate} · ${date}`,
    paused: (date) => `GEPAUZEERD · ${date}`,
    connecting: 'Verbinden…',
    reconnecting: 'Opnieuw verbinden…',
    delayedSince: (time) => `Gegevens vertraagd sinds ${time}`,
    footnote: 'Verdeling per land, verdere trajecten en de meeste tijden zijn illustratief.',
    sources: (list) => `Bronnen: ${list}`,
    scenes: {
      overview: 'Eurazië',
      hangzhou: 'Vertrek Hangzhou',
      liege: 'Knooppunt Luik',
      europe: 'Verdeling in Europa',
    },
    basemapCredit: 'Basiskaart: Natural Earth',
  },
  de: {
    kpis: {
      title: 'Hilfsgüter',
      delivered: 'Zugestellt',
      inTransit: 'Unterwegs',
      planned: 'Geplant',
      byCountry: 'Nach Ziel',
      items: { masks: 'Masken', test_kits: 'Testkits', protective_equipment: 'Schutzausrüstung' },
    },
    items: {
      masks: { one: 'Maske', other: 'Masken' },
      test_kits: { one: 'Testkit', other: 'Testkits' },
      protective_equipment: {
        one: 'Einheit Schutzausrüstung',
        other: 'Einheiten Schutzausrüstung',
        unknown: 'Schutzausrüstung',
      },
    },
    unknownQuantity: (item) => `${item} (Menge nicht gemeldet)`,
    modes: { air: 'Flug', rail: 'Zug', road: 'Lkw' },
    route: (mode, from, to) => `${mode} ${from}→${to}`,
    count: (n, noun) => `${n} ${noun}`,
    sentence: {
      planned: (p) => `${p.time} — Geplant: ${p.cargo} für ${p.country}`,
      booked: (p) => `${p.time} — Gebucht: ${p.cargo} für ${p.country}`,
      departed: (p) => `${p.time} — ${p.route} hat ${p.hub} verlassen · ${p.cargo}`,
      arrived: (p) => `${p.time} — ${p.route} in ${p.hub} angekommen · ${p.cargo}`,
      customs_cleared: (p) => `${p.time} — In ${p.hub} verzollt · ${p.cargo}`,
      delivered: (p) => `${p.time} — In ${p.hub}, ${p.country} zugestellt · ${p.cargo}`,
    },
    illustrative: 'illustrativ',
    reported: 'gemeldet',
    estimated: 'geschätzte Position',
    legend: { title: 'Legende', status: 'Status' },
    live: 'LIVE',
    replay: (rate, date) => `WIEDERGABE ×${rate} · ${date}`,
    paused: (date) => `PAUSIERT · ${date}`,
    connecting: 'Verbinde…',
    reconnecting: 'Verbinde erneut…',
    delayedSince: (time) => `Daten verzögert seit ${time}`,
    footnote: 'Aufteilung nach Ländern, Weiterleitungen und die meisten Zeiten sind illustrativ.',
    sources: (list) => `Quellen: ${list}`,
    scenes: {
      overview: 'Eurasien',
      hangzhou: 'Abflug Hangzhou',
      liege: 'Drehkreuz Lüttich',
      europe: 'Verteilung in Europa',
    },
    basemapCredit: 'Basiskarte: Natural Earth',
  },
};
