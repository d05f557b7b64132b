/**
 * A live feed, as a forwarder and a flight tracker would send it, to a running server:
 *   npm start -- --live --operation data/operations/feed-example.json   (one terminal; note its token)
 *   CORRIDOR_INGEST_TOKEN=… npm run feed:example         (in another; --url to reach another server)
 * A flight Liège → Milan is booked, departs, reports its position every few seconds on the wall
 * clock, then arrives and is delivered. On the way it shows a resend, a late fix and a refusal.
 * With --adsb its positions come as an ADS-B receiver writes them (readsb's aircraft.json, the
 * flight among other aircraft), posted to /api/v1/feeds/adsb: the flight's leg names its callsign.
 */
import { parseArgs } from 'node:util';
import { greatCirclePath, type LngLat } from '../core/geo/great-circle';
import { measurePath, pointAlong } from '../core/geo/polyline';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    every: { type: 'string', default: '3' },
    minutes: { type: 'string', default: '1' },
    adsb: { type: 'boolean', default: false },
  },
});
const url = values.url ?? `http://localhost:${process.env.PORT || 8080}`;
const token = process.env.CORRIDOR_INGEST_TOKEN;
if (!token) {
  console.error('Set CORRIDOR_INGEST_TOKEN to the token the server printed at start (or was started with).');
  process.exit(1);
}
const EVERY_MS = Number(values.every) * 1000;
const LEFT_MS = Number(values.minutes) * 60_000;
const LGG: LngLat = [5.4428, 50.6364];
const MXP: LngLat = [8.7281, 45.6306];
const path = measurePath(greatCirclePath(LGG, MXP, 100));
const now = Date.now();
const depart = now - 80 * 60_000 + LEFT_MS;
const arrive = now + LEFT_MS;
const iso = (ms: number) => new Date(ms).toISOString();
const hub = (id: string, name: string, country: string, [lon, lat]: LngLat, timeZone: string) => ({
  id,
  name,
  kind: 'airport',
  country,
  lon,
  lat,
  timeZone,
});
const fixAt = (t: number) => {
  const { lon, lat, heading } = pointAlong(path, (t - depart) / (arrive - depart));
  return {
    kind: 'fix',
    id: `example-fix-${t}`,
    vehicle: 'EX-LGG-MXP',
    time: iso(t),
    lon,
    lat,
    heading,
    altitude: 9000,
  };
};

async function send(what: string, events: unknown, path = 'events') {
  const response = await fetch(`${url}/api/v1/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(events),
  });
  const body = (await response.json()) as {
    accepted?: number;
    duplicates?: number;
    reason?: string;
    errors?: { path: string; reason: string }[];
    events?: { note?: string }[];
    dropped?: { reason: string }[];
    unmatched?: number;
  };
  const detail = response.ok
    ? `${body.accepted} stored, ${body.duplicates} already there${body.events?.some((e) => e.note) ? ` (${body.events.find((e) => e.note)?.note})` : ''}${body.dropped?.length ? `, dropped: ${body.dropped.map((d) => d.reason).join('; ')}` : ''}${body.unmatched ? `, ${body.unmatched} other aircraft ignored` : ''}`
    : `${body.reason}${body.errors ? `: ${body.errors.map((e) => `${e.path} ${e.reason}`).join('; ')}` : ''}`;
  console.log(`${response.status} ${what}: ${detail}`);
}

/** The receiver's file at time t: the flight (`offLat` degrees off its route) and an aircraft of no leg. */
const aircraftJson = (t: number, offLat = 0) => {
  const { lon, lat, heading } = fixAt(t);
  return {
    now: Date.now() / 1000,
    messages: 1234,
    aircraft: [
      {
        hex: '4ca7b3',
        flight: 'EXM371  ',
        lat: lat + offLat,
        lon,
        alt_baro: 29500,
        gs: 430,
        track: heading,
        seen_pos: (Date.now() - t) / 1000,
        seen: 0.3,
      },
      {
        hex: '3c6444',
        flight: 'DLH9LF  ',
        lat: 50.9,
        lon: 6.1,
        alt_baro: 24000,
        gs: 410,
        track: 88,
        seen_pos: 0.8,
        seen: 0.2,
      },
    ],
  };
};
const position = (what: string, t: number, offLat = 0) =>
  values.adsb
    ? send(`${what} (aircraft.json)`, aircraftJson(t, offLat), 'feeds/adsb')
    : send(what, [offLat ? { ...fixAt(t), lat: fixAt(t).lat + offLat, id: undefined } : fixAt(t)]);

const shipment = {
  kind: 'shipment',
  id: 'example-shipment-1',
  shipment: 'EX-1',
  awb: '176-12345675',
  title: 'Example: masks Liège → Milan',
  contents: [{ item: 'masks', quantity: 50_000 }],
  legs: [
    {
      vehicle: 'EX-LGG-MXP',
      label: 'LGG → MXP (example feed)',
      mode: 'air',
      from: 'LGG',
      to: 'MXP',
      depart: iso(depart),
      arrive: iso(arrive),
      ...(values.adsb && { tracking: { callsign: 'EXM371', icao24: '4ca7b3' } }),
    },
  ],
  hubs: [hub('LGG', 'Liège', 'BE', LGG, 'Europe/Brussels'), hub('MXP', 'Milan', 'IT', MXP, 'Europe/Rome')],
  booked: iso(depart - 3_600_000),
  source: 'example-feed',
};
console.log(`Feeding ${url}: flight EX-LGG-MXP, arriving in ${values.minutes} minute(s).`);
await send('shipment and its booking', [
  shipment,
  { kind: 'status', awb: '176-12345675', code: 'RCS', hub: 'LGG', time: iso(depart - 1_800_000) },
]);
await send('departure', [{ kind: 'status', shipment: 'EX-1', code: 'DEP', hub: 'LGG', time: iso(depart) }]);
await send('the same departure again', [
  { kind: 'status', shipment: 'EX-1', code: 'DEP', hub: 'LGG', time: iso(depart) },
]);
await position('a position 500 km off the route', Date.now(), -4.5);

let last = 0;
while (Date.now() < arrive) {
  const t = Date.now();
  await position(`position at ${iso(t).slice(11, 19)}`, t);
  if (last && Math.random() < 0.2 && !values.adsb)
    await send('a fix that arrives late', [fixAt(last - EVERY_MS / 2)]);
  last = t;
  await new Promise((resolve) => setTimeout(resolve, Math.min(EVERY_MS, Math.max(0, arrive - Date.now()))));
}
await send('arrival, unloading and delivery', [
  { kind: 'status', shipment: 'EX-1', code: 'ARR', hub: 'MXP', time: iso(arrive) },
  { kind: 'status', shipment: 'EX-1', code: 'RCF', hub: 'MXP', time: iso(arrive + 1000) },
  { kind: 'status', shipment: 'EX-1', code: 'DLV', hub: 'MXP', time: iso(Date.now()) },
]);
