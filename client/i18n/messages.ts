import type { Language, Leg } from '../../core/scenario';
import type { Unit } from '../../core/scenario/vocabulary';
import type { StatusCode } from '../../core/status';

/** Everything a sentence may name, already formatted for the language. */
export interface SentenceParts {
  time: string;
  mode: Leg['mode'];
  route: string;
  /** The hub as the language puts it after "left" / "parti" / "vertrokken" / "hat … verlassen". */
  from: string;
  /** The hub with the preposition of place: "in Antwerp", "à Anvers", "in Antwerpen", "in Antwerpen". */
  at: string;
  /** The destination country as it stands after "for" / "pour" / "voor" / "für". */
  forCountry: string;
  country: string;
  cargo: string;
}

/**
 * Every string on screen, per language. Sentences are whole templates per language, never glued
 * together from fragments: word order and agreement differ between French, Dutch and German.
 */
export interface Messages {
  kpis: {
    /** Where the operation names its panel none. */
    title: string;
    delivered: string;
    inTransit: string;
    planned: string;
    byCountry: string;
    shipments: string;
    /** The line for the destinations beyond the leading ones. */
    others: (count: string) => string;
    notReported: string;
  };
  units: Record<Unit, string>;
  unknownQuantity: (item: string) => string;
  modes: Record<Leg['mode'], string>;
  /** "Vol BOM→ACC": a vehicle named by its mode and route. */
  route: (mode: string, from: string, to: string) => string;
  /** "500 000 doses de vaccin": a formatted number and the noun in the matching plural form. */
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
  /** The live feeds whose positions the screen shows, reported by them. */
  livePositions: (feeds: string) => string;
  /** A live feed gone silent: its vehicles' positions are old, the rest of the screen is live. */
  feedDelayed: (feed: string, since: string | null, vehicles: number) => string;
  /** The GPU dropped the map's drawing (driver reset, sleep): it is being drawn again. */
  mapRestoring: string;
  /** The screen stopped drawing and reloads itself. */
  restarting: string;
  /** The software build the page runs, for whoever looks after the screens. */
  build: (id: string) => string;
  sources: (list: string) => string;
  /** The name of the view of the whole operation, where the operation names none. */
  wholeOperation: string;
  basemapCredit: string;
  /** The closing card of an exported video. */
  closing: { period: (from: string, to: string) => string; sources: string; illustrative: string };
  /** The embed's links: the whole screen, and the figures behind it. */
  embed: { fullScreen: string; data: string };
  /** What a screen reader reads beside the map. */
  a11y: {
    summary: string;
    shownAt: (time: string) => string;
    map: (title: string) => string;
    latest: string;
  };
}

/** German starts a sentence with the place: "In Accra …". */
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const MESSAGES: Record<Language, Messages> = {
  en: {
    kpis: {
      title: 'Shipments',
      delivered: 'Delivered',
      inTransit: 'In transit',
      planned: 'Planned',
      byCountry: 'By destination',
      shipments: 'Shipments',
      others: (n) => `${n} other destinations`,
      notReported: 'not reported',
    },
    units: {
      pieces: 'pieces',
      doses: 'doses',
      pallets: 'pallets',
      parcels: 'parcels',
      boxes: 'boxes',
      containers: 'containers',
      tonnes: 'tonnes',
      kilograms: 'kg',
      litres: 'litres',
    },
    unknownQuantity: (item) => `${item} (quantity not reported)`,
    modes: { air: 'Flight', rail: 'Train', road: 'Truck' },
    route: (mode, from, to) => `${mode} ${from}→${to}`,
    count: (n, noun) => `${n} ${noun}`,
    sentence: {
      planned: (p) => `${p.time} — Planned: ${p.cargo} for ${p.forCountry}`,
      booked: (p) => `${p.time} — Booked: ${p.cargo} for ${p.forCountry}`,
      departed: (p) => `${p.time} — ${p.route} left ${p.from} · ${p.cargo}`,
      arrived: (p) => `${p.time} — ${p.route} arrived ${p.at} · ${p.cargo}`,
      customs_cleared: (p) => `${p.time} — Cleared customs ${p.at} · ${p.cargo}`,
      delivered: (p) => `${p.time} — Delivered ${p.at}, ${p.country} · ${p.cargo}`,
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
    mapRestoring: 'Map redrawing…',
    livePositions: (feeds) => `Positions reported live by: ${feeds}`,
    feedDelayed: (feed, since, n) =>
      `${feed} delayed${since ? ` since ${since}` : ''}: ${n === 1 ? '1 vehicle' : `${n} vehicles`}`,
    restarting: 'Screen stalled: restarting…',
    build: (id) => `Build ${id}`,
    sources: (list) => `Sources: ${list}`,
    wholeOperation: 'Whole operation',
    basemapCredit: 'Basemap: Natural Earth',
    closing: {
      period: (from, to) => `${from} – ${to}`,
      sources: 'Sources',
      illustrative:
        'Dashed routes and statuses marked “illustrative” illustrate; they are not reported facts.',
    },
    embed: { fullScreen: 'Full screen', data: 'Get the data' },
    a11y: {
      summary: 'Summary',
      shownAt: (time) => `Time shown: ${time}`,
      map: (title) => `Map of the routes: ${title}`,
      latest: 'Latest events',
    },
  },
  fr: {
    kpis: {
      title: 'Envois',
      delivered: 'Livré',
      inTransit: 'En transit',
      planned: 'Prévu',
      byCountry: 'Par destination',
      shipments: 'Envois',
      others: (n) => `${n} autres destinations`,
      notReported: 'non communiqué',
    },
    units: {
      pieces: 'pièces',
      doses: 'doses',
      pallets: 'palettes',
      parcels: 'colis',
      boxes: 'cartons',
      containers: 'conteneurs',
      tonnes: 'tonnes',
      kilograms: 'kg',
      litres: 'litres',
    },
    unknownQuantity: (item) => `${item} (quantité non communiquée)`,
    modes: { air: 'Vol', rail: 'Train', road: 'Camion' },
    route: (mode, from, to) => `${mode} ${from}→${to}`,
    count: (n, noun) => `${n} ${noun}`,
    sentence: {
      planned: (p) => `${p.time} — Prévu : ${p.cargo} pour ${p.forCountry}`,
      booked: (p) => `${p.time} — Réservé : ${p.cargo} pour ${p.forCountry}`,
      departed: (p) => `${p.time} — ${p.route} parti ${p.from} · ${p.cargo}`,
      arrived: (p) => `${p.time} — ${p.route} arrivé ${p.at} · ${p.cargo}`,
      customs_cleared: (p) => `${p.time} — Dédouané ${p.at} · ${p.cargo}`,
      delivered: (p) => `${p.time} — Livré ${p.at}, ${p.country} · ${p.cargo}`,
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
    mapRestoring: 'Carte en cours de rétablissement…',
    livePositions: (feeds) => `Positions rapportées en direct par : ${feeds}`,
    feedDelayed: (feed, since, n) =>
      `${feed} en retard${since ? ` depuis ${since}` : ''} : ${n} ${n > 1 ? 'véhicules' : 'véhicule'}`,
    restarting: 'Écran figé : redémarrage…',
    build: (id) => `Version ${id}`,
    sources: (list) => `Sources : ${list}`,
    wholeOperation: 'Toute l’opération',
    basemapCredit: 'Fond de carte : Natural Earth',
    closing: {
      period: (from, to) => `${from} – ${to}`,
      sources: 'Sources',
      illustrative:
        'Les trajets en pointillés et les statuts marqués « illustratif » illustrent ; ce ne sont pas des faits rapportés.',
    },
    embed: { fullScreen: 'Plein écran', data: 'Les données' },
    a11y: {
      summary: 'Résumé',
      shownAt: (time) => `Heure affichée : ${time}`,
      map: (title) => `Carte des trajets : ${title}`,
      latest: 'Derniers événements',
    },
  },
  nl: {
    kpis: {
      title: 'Zendingen',
      delivered: 'Geleverd',
      inTransit: 'Onderweg',
      planned: 'Gepland',
      byCountry: 'Per bestemming',
      shipments: 'Zendingen',
      others: (n) => `${n} andere bestemmingen`,
      notReported: 'niet bekendgemaakt',
    },
    units: {
      pieces: 'stuks',
      doses: 'dosissen',
      pallets: 'pallets',
      parcels: 'pakketten',
      boxes: 'dozen',
      containers: 'containers',
      tonnes: 'ton',
      kilograms: 'kg',
      litres: 'liter',
    },
    unknownQuantity: (item) => `${item} (aantal niet bekendgemaakt)`,
    modes: { air: 'Vlucht', rail: 'Trein', road: 'Vrachtwagen' },
    route: (mode, from, to) => `${mode} ${from}→${to}`,
    count: (n, noun) => `${n} ${noun}`,
    sentence: {
      planned: (p) => `${p.time} — Gepland: ${p.cargo} voor ${p.forCountry}`,
      booked: (p) => `${p.time} — Geboekt: ${p.cargo} voor ${p.forCountry}`,
      departed: (p) => `${p.time} — ${p.route} vertrokken ${p.from} · ${p.cargo}`,
      arrived: (p) => `${p.time} — ${p.route} aangekomen ${p.at} · ${p.cargo}`,
      customs_cleared: (p) => `${p.time} — Ingeklaard ${p.at} · ${p.cargo}`,
      delivered: (p) => `${p.time} — Geleverd ${p.at}, ${p.country} · ${p.cargo}`,
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
    mapRestoring: 'Kaart wordt hersteld…',
    livePositions: (feeds) => `Posities live gemeld door: ${feeds}`,
    feedDelayed: (feed, since, n) =>
      `${feed} vertraagd${since ? ` sinds ${since}` : ''}: ${n} ${n === 1 ? 'voertuig' : 'voertuigen'}`,
    restarting: 'Scherm vastgelopen: herstart…',
    build: (id) => `Versie ${id}`,
    sources: (list) => `Bronnen: ${list}`,
    wholeOperation: 'Hele operatie',
    basemapCredit: 'Basiskaart: Natural Earth',
    closing: {
      period: (from, to) => `${from} – ${to}`,
      sources: 'Bronnen',
      illustrative:
        'Gestippelde routes en statussen gemarkeerd als „illustratief” zijn illustraties, geen gerapporteerde feiten.',
    },
    embed: { fullScreen: 'Volledig scherm', data: 'De gegevens' },
    a11y: {
      summary: 'Samenvatting',
      shownAt: (time) => `Getoonde tijd: ${time}`,
      map: (title) => `Kaart van de routes: ${title}`,
      latest: 'Laatste gebeurtenissen',
    },
  },
  de: {
    kpis: {
      title: 'Sendungen',
      delivered: 'Zugestellt',
      inTransit: 'Unterwegs',
      planned: 'Geplant',
      byCountry: 'Nach Ziel',
      shipments: 'Sendungen',
      others: (n) => `${n} weitere Ziele`,
      notReported: 'nicht gemeldet',
    },
    units: {
      pieces: 'Stück',
      doses: 'Dosen',
      pallets: 'Paletten',
      parcels: 'Pakete',
      boxes: 'Kartons',
      containers: 'Container',
      tonnes: 'Tonnen',
      kilograms: 'kg',
      litres: 'Liter',
    },
    unknownQuantity: (item) => `${item} (Menge nicht gemeldet)`,
    modes: { air: 'Flug', rail: 'Zug', road: 'Lkw' },
    route: (mode, from, to) => `${mode} ${from}→${to}`,
    count: (n, noun) => `${n} ${noun}`,
    sentence: {
      planned: (p) => `${p.time} — Geplant: ${p.cargo} für ${p.forCountry}`,
      booked: (p) => `${p.time} — Gebucht: ${p.cargo} für ${p.forCountry}`,
      departed: (p) => `${p.time} — ${p.route} hat ${p.from} verlassen · ${p.cargo}`,
      arrived: (p) => `${p.time} — ${p.route} ${p.at} angekommen · ${p.cargo}`,
      customs_cleared: (p) => `${p.time} — ${capital(p.at)} verzollt · ${p.cargo}`,
      delivered: (p) => `${p.time} — ${capital(p.at)}, ${p.country} zugestellt · ${p.cargo}`,
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
    mapRestoring: 'Karte wird wiederhergestellt…',
    livePositions: (feeds) => `Positionen live gemeldet von: ${feeds}`,
    feedDelayed: (feed, since, n) =>
      `${feed} verzögert${since ? ` seit ${since}` : ''}: ${n} ${n === 1 ? 'Fahrzeug' : 'Fahrzeuge'}`,
    restarting: 'Anzeige hängt: Neustart…',
    build: (id) => `Version ${id}`,
    sources: (list) => `Quellen: ${list}`,
    wholeOperation: 'Gesamte Operation',
    basemapCredit: 'Basiskarte: Natural Earth',
    closing: {
      period: (from, to) => `${from} – ${to}`,
      sources: 'Quellen',
      illustrative:
        'Gestrichelte Routen und als „illustrativ“ markierte Status veranschaulichen; sie sind keine gemeldeten Fakten.',
    },
    embed: { fullScreen: 'Vollbild', data: 'Die Daten' },
    a11y: {
      summary: 'Zusammenfassung',
      shownAt: (time) => `Angezeigte Zeit: ${time}`,
      map: (title) => `Karte der Routen: ${title}`,
      latest: 'Neueste Ereignisse',
    },
  },
};
