import { distanceKm, type LngLat } from '../geo/great-circle';
import type { HubSpec, LegSpec, ScenarioFile, ShipmentSpec } from './schema';

const SYNTHETIC = { illustrative: 'synthetic load test' };

/** Cargo airports the synthetic legs fly between, coordinates to about 1 km, hence "approximate". */
const AIRPORTS: [id: string, name: string, country: string, lon: number, lat: number, timeZone: string][] = [
  ['PVG', 'Shanghai', 'CN', 121.805, 31.1434, 'Asia/Shanghai'],
  ['PEK', 'Beijing', 'CN', 116.5846, 40.0801, 'Asia/Shanghai'],
  ['CAN', 'Guangzhou', 'CN', 113.299, 23.3924, 'Asia/Shanghai'],
  ['SZX', 'Shenzhen', 'CN', 113.8108, 22.6393, 'Asia/Shanghai'],
  ['CTU', 'Chengdu', 'CN', 103.9471, 30.5785, 'Asia/Shanghai'],
  ['HKG', 'Hong Kong', 'HK', 113.9185, 22.308, 'Asia/Hong_Kong'],
  ['ICN', 'Seoul Incheon', 'KR', 126.4407, 37.4602, 'Asia/Seoul'],
  ['NRT', 'Tokyo Narita', 'JP', 140.3864, 35.7647, 'Asia/Tokyo'],
  ['DXB', 'Dubai', 'AE', 55.3644, 25.2528, 'Asia/Dubai'],
  ['DOH', 'Doha', 'QA', 51.6081, 25.2731, 'Asia/Qatar'],
  ['IST', 'Istanbul', 'TR', 28.7519, 41.2753, 'Europe/Istanbul'],
  ['FRA', 'Frankfurt', 'DE', 8.5622, 50.0379, 'Europe/Berlin'],
  ['LEJ', 'Leipzig', 'DE', 12.2416, 51.4239, 'Europe/Berlin'],
  ['CGN', 'Cologne', 'DE', 7.1427, 50.8659, 'Europe/Berlin'],
  ['LHR', 'London Heathrow', 'GB', -0.4543, 51.47, 'Europe/London'],
  ['BCN', 'Barcelona', 'ES', 2.0785, 41.2974, 'Europe/Madrid'],
  ['VIE', 'Vienna', 'AT', 16.5697, 48.1103, 'Europe/Vienna'],
  ['WAW', 'Warsaw', 'PL', 20.9671, 52.1657, 'Europe/Warsaw'],
  ['BUD', 'Budapest', 'HU', 19.2556, 47.4298, 'Europe/Budapest'],
  ['PRG', 'Prague', 'CZ', 14.26, 50.1008, 'Europe/Prague'],
  ['CPH', 'Copenhagen', 'DK', 12.6508, 55.618, 'Europe/Copenhagen'],
  ['ARN', 'Stockholm Arlanda', 'SE', 17.9186, 59.6519, 'Europe/Stockholm'],
  ['HEL', 'Helsinki', 'FI', 24.9633, 60.3172, 'Europe/Helsinki'],
  ['ATH', 'Athens', 'GR', 23.9445, 37.9364, 'Europe/Athens'],
  ['LIS', 'Lisbon', 'PT', -9.1342, 38.7813, 'Europe/Lisbon'],
  ['DUB', 'Dublin', 'IE', -6.27, 53.4213, 'Europe/Dublin'],
  ['LUX', 'Luxembourg', 'LU', 6.2044, 49.6233, 'Europe/Luxembourg'],
];

const ASIA = new Set(['CN', 'HK', 'KR', 'JP', 'AE', 'QA']);
const KM_PER_HOUR = { air: 800, rail: 45, road: 70 } as const;

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

/**
 * A scenario of `vehicles` shipments, one leg each, on realistic legs: flights between real cargo
 * airports (Asia → Europe and within Europe), trucks from the base scenario's hubs, and trains on
 * the base scenario's rail route. Every vehicle is on its way at `busy`, so a frame then moves all
 * of them. Everything in it is marked illustrative.
 */
export function syntheticScenario(
  base: ScenarioFile,
  vehicles: number,
  seed = 1,
): { scenario: ScenarioFile; busy: number } {
  if (!Number.isInteger(vehicles) || vehicles < 1)
    throw new Error(`--synthetic: expected a whole number ≥ 1, got ${vehicles}`);
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const added: HubSpec[] = AIRPORTS.filter(([id]) => !base.hubs.some((hub) => hub.id === id)).map(
    ([id, name, country, lon, lat, timeZone]) => ({
      id,
      name,
      kind: 'airport',
      country,
      lon,
      lat,
      timeZone,
      precision: 'approximate',
      provenance: SYNTHETIC,
    }),
  );
  const hubs = [...base.hubs, ...added];
  const at = new Map(hubs.map((hub) => [hub.id, [hub.lon, hub.lat] as LngLat]));
  const airports = hubs.filter((hub) => hub.kind === 'airport');
  const asian = airports.filter((hub) => ASIA.has(hub.country));
  const european = airports.filter((hub) => !ASIA.has(hub.country));
  const roadEnds = base.hubs.filter((hub) => hub.kind !== 'rail-terminal' && !ASIA.has(hub.country));
  const train = base.shipments.flatMap((s) => s.legs).find((leg) => leg.mode === 'rail');

  const busy = Date.parse('2020-03-20T12:00:00Z');
  const shipments: ShipmentSpec[] = [];
  for (let i = 0; i < vehicles; i++) {
    const roll = random();
    const mode: LegSpec['mode'] = train && roll < 0.05 ? 'rail' : roll < 0.25 ? 'road' : 'air';
    let from: string;
    let to: string;
    let via: LegSpec['via'];
    if (mode === 'rail' && train) {
      ({ from, to } = train);
      via = train.via;
    } else {
      const pool = mode === 'road' ? roadEnds : random() < 0.5 ? asian : european;
      from = pick(pool).id;
      do to = pick(mode === 'road' ? roadEnds : european).id;
      while (to === from);
    }
    const points = [at.get(from) as LngLat, ...(via ?? []), at.get(to) as LngLat];
    let km = 0;
    for (let p = 1; p < points.length; p++) km += distanceKm(points[p - 1] as LngLat, points[p] as LngLat);
    const duration = Math.round((km / KM_PER_HOUR[mode] + 1) * 3600) * 1000;
    const depart = busy - Math.round(duration * (0.05 + 0.9 * random()));
    const id = `SYN-${String(i + 1).padStart(6, '0')}`;
    shipments.push({
      id,
      title: `Synthetic ${from} → ${to}`,
      contents: [{ item: 'masks', quantity: 1000 * (1 + Math.floor(random() * 50)), provenance: SYNTHETIC }],
      booked: { time: iso(depart - 3_600_000), provenance: SYNTHETIC },
      legs: [
        {
          vehicle: id,
          mode,
          from,
          to,
          ...(via ? { via } : {}),
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
    ...base,
    id: `synthetic-${vehicles}`,
    title: { en: `Synthetic load: ${vehicles.toLocaleString('en')} vehicles` },
    start: iso(times.reduce((a, b) => Math.min(a, b))),
    end: iso(times.reduce((a, b) => Math.max(a, b))),
    hubs,
    shipments,
  };
  return { scenario, busy };
}
