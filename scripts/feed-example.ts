/**
 * A live feed, as a forwarder and a flight tracker would send it, to a running server:
 *   npm start -- --live                                  (in one terminal; note its ingest token)
 *   CORRIDOR_INGEST_TOKEN=… npm run feed:example         (in another; --url to reach another server)
 * A flight Liège → Milan is booked, departs, reports its position every few seconds on the wall
 * clock, then arrives and is delivered. On the way it shows a resend, a late fix and a refusal.
 */
import { parseArgs } from 'node:util';
import { greatCirclePath, type LngLat } from '../core/geo/great-circle';
import { measurePath, pointAlong } from '../core/geo/polyline';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    every: { type: 'string', default: '3' },
    minutes: { type: 'string', default: '1' },
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

async function send(what: string, events: unknown[]) {
  const response = await fetch(`${url}/api/v1/events`, {
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
  };
  const detail = response.ok
    ? `${body.accepted} stored, ${body.duplicates} already there${body.events?.some((e) => e.note) ? ` (${body.events.find((e) => e.note)?.note})` : ''}`
    : `${body.reason}${body.errors ? `: ${body.errors.map((e) => `${e.path} ${e.reason}`).join('; ')}` : ''}`;
  console.log(`${response.status} ${what}: ${detail}`);
}

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
await send('a position 500 km off the route', [
  { ...fixAt(Date.now()), lon: 12.5, lat: 41.9, id: undefined },
]);

let last = 0;
while (Date.now() < arrive) {
  const t = Date.now();
  await send(`position at ${iso(t).slice(11, 19)}`, [fixAt(t)]);
  if (last && Math.random() < 0.2) await send('a fix that arrives late', [fixAt(last - EVERY_MS / 2)]);
  last = t;
  await new Promise((resolve) => setTimeout(resolve, Math.min(EVERY_MS, Math.max(0, arrive - Date.now()))));
}
await send('arrival, unloading and delivery', [
  { kind: 'status', shipment: 'EX-1', code: 'ARR', hub: 'MXP', time: iso(arrive) },
  { kind: 'status', shipment: 'EX-1', code: 'RCF', hub: 'MXP', time: iso(arrive + 1000) },
  { kind: 'status', shipment: 'EX-1', code: 'DLV', hub: 'MXP', time: iso(Date.now()) },
]);
