import { distanceKm, type LngLat } from '../geo/great-circle';
import type { HubSpec, LegSpec, ScenarioFile, ShipmentSpec } from './schema';
import { SCENARIO_FORMAT } from './vocabulary';

const SYNTHETIC = { illustrative: 'synthetic load test' };
const KM_PER_HOUR = { air: 800, rail: 45, road: 70 } as const;
const ROAD_KM = 1200;

/** Deterministic pseudo-random numbers in [0, 1): the same seed gives the same scenario. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
export interface SyntheticPlace {
  id: string;
  name: string;
  country: string;
  lon: number;
  lat: number;
  timeZone: string;
}

/** Where generated vehicles go (data/synthetic/places.json): real airports and one rail corridor. */
export interface SyntheticPlaces {
  airports: SyntheticPlace[];
  rail: { from: SyntheticPlace; to: SyntheticPlace; via: [number, number][] };
  /** Countries whose airports flights leave from towards the others. */
  asia: string[];
}

// Coordinates to about 1 km, hence "approximate".
const hub = (place: SyntheticPlace, kind: HubSpec['kind']): HubSpec => ({
  ...place,
  kind,
  precision: 'approximate',
  provenance: SYNTHETIC,
});

/** What a generated scenario says about itself: its title, item and footnote tell it is generated. */
function generatedStory(vehicles: number): Pick<ScenarioFile, 'title' | 'items' | 'footnote' | 'kpis'> {
  const n = {
    en: vehicles.toLocaleString('en'),
    fr: vehicles.toLocaleString('fr'),
    de: vehicles.toLocaleString('de'),
  };
  return {
    title: {
      en: `Load test: ${n.en} generated vehicles`,
      fr: `Test de charge : ${n.fr} véhicules générés`,
      nl: `Belastingtest: ${n.de} gegenereerde voertuigen`,
      de: `Lasttest: ${n.de} generierte Fahrzeuge`,
    },
    items: [
      {
        id: 'generated',
        name: {
          en: 'Generated cargo',
          fr: 'Fret généré',
          nl: 'Gegenereerde vracht',
          de: 'Generierte Fracht',
        },
        unit: 'parcels',
        count: {
          en: { one: 'generated parcel', other: 'generated parcels' },
          fr: { one: 'colis généré', other: 'colis générés' },
          nl: { one: 'gegenereerd pakket', other: 'gegenereerde pakketten' },
          de: { one: 'generiertes Paket', other: 'generierte Pakete' },
        },
      },
    ],
    kpis: {
      title: {
        en: 'Generated load',
        fr: 'Charge générée',
        nl: 'Gegenereerde belasting',
        de: 'Generierte Last',
      },
    },
    footnote: {
      en: 'Generated data for a load test: no shipment, route, quantity or time is real.',
      fr: 'Données générées pour un test de charge : aucun envoi, trajet, quantité ni horaire n’est réel.',
      nl: 'Gegenereerde gegevens voor een belastingtest: geen zending, route, hoeveelheid of tijd is echt.',
      de: 'Generierte Daten für einen Lasttest: keine Sendung, Route, Menge oder Zeit ist echt.',
    },
  };
}

/**
 * A scenario of `vehicles` shipments, one leg each, on realistic legs: flights between real cargo
 * airports (Asia → Europe and within Europe), trucks between European ones, trains on one rail
 * corridor. Every vehicle is on its way at `busy`, so a frame then moves all of them. Everything
 * in it is marked illustrative and it cites no source.
 */
export function syntheticScenario(
  places: SyntheticPlaces,
  vehicles: number,
  seed = 1,
): { scenario: ScenarioFile; busy: number } {
  if (!Number.isInteger(vehicles) || vehicles < 1)
    throw new Error(`--synthetic: expected a whole number ≥ 1, got ${vehicles}`);
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const { rail } = places;
  const asia = new Set(places.asia);
  const airports = places.airports.map((airport) => hub(airport, 'airport'));
  const hubs = [...airports, hub(rail.from, 'rail-terminal'), hub(rail.to, 'rail-terminal')];
  const at = new Map(hubs.map((h) => [h.id, [h.lon, h.lat] as LngLat]));
  const asian = airports.filter((h) => asia.has(h.country));
  const european = airports.filter((h) => !asia.has(h.country));

  const busy = Date.parse('2026-01-15T12:00:00Z');
  const shipments: ShipmentSpec[] = [];
  for (let i = 0; i < vehicles; i++) {
    const roll = random();
    const mode: LegSpec['mode'] = roll < 0.05 ? 'rail' : roll < 0.25 ? 'road' : 'air';
    let from = rail.from.id;
    let to = rail.to.id;
    if (mode !== 'rail') {
      from = pick(mode === 'road' || random() >= 0.5 ? european : asian).id;
      const start = at.get(from) as LngLat;
      const ends = european.filter(
        (h) => h.id !== from && (mode === 'air' || distanceKm(start, [h.lon, h.lat]) < ROAD_KM),
      );
      to = pick(ends).id;
    }
    const via = mode === 'rail' ? rail.via : undefined;
    const points = [at.get(from) as LngLat, ...(via ?? []), at.get(to) as LngLat];
    let km = 0;
    for (let p = 1; p < points.length; p++) km += distanceKm(points[p - 1] as LngLat, points[p] as LngLat);
    const duration = Math.round((km / KM_PER_HOUR[mode] + 1) * 3600) * 1000;
    const depart = busy - Math.round(duration * (0.05 + 0.9 * random()));
    const id = `SYN-${String(i + 1).padStart(6, '0')}`;
    shipments.push({
      id,
      title: `Generated ${from} → ${to}`,
      contents: [{ item: 'generated', quantity: 1 + Math.floor(random() * 50), provenance: SYNTHETIC }],
      booked: { time: iso(depart - 3_600_000), provenance: SYNTHETIC },
      legs: [
        {
          vehicle: id,
          mode,
          from,
          to,
          ...(via ? { via: via.map(([lon, lat]) => [lon, lat] as [number, number]) } : {}),
          depart: { time: iso(depart), provenance: SYNTHETIC },
          arrive: { time: iso(depart + duration), provenance: SYNTHETIC },
          provenance: SYNTHETIC,
        },
      ],
      milestones: [],
      provenance: SYNTHETIC,
    });
  }
  const times = shipments.flatMap((s) => [
    Date.parse(s.booked.time),
    Date.parse((s.legs[0] as LegSpec).arrive.time),
  ]);
  const scenario: ScenarioFile = {
    format: SCENARIO_FORMAT,
    id: `synthetic-${vehicles}`,
    language: 'en',
    start: iso(times.reduce((a, b) => Math.min(a, b))),
    end: iso(times.reduce((a, b) => Math.max(a, b))),
    sources: {},
    ...generatedStory(vehicles),
    hubs: hubs.filter((h) => shipments.some((s) => s.legs.some((l) => l.from === h.id || l.to === h.id))),
    shipments,
  };
  return { scenario, busy };
}
