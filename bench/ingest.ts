/**
 * Ingest throughput: a live server in its own process (SQLite in WAL mode, a full sync per batch,
 * one display connected), fed position fixes over HTTP by a few concurrent clients. Every event
 * counted was acknowledged, so it was on disk. Prints figures; asserts nothing about speed.
 *   npm run bench:ingest [-- --events 200000 --clients 4]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { io } from 'socket.io-client';
import { greatCirclePath, type LngLat } from '../core/geo/great-circle';
import { measurePath, pointAlong } from '../core/geo/polyline';
import { listeningUrl, operationFile, spawnServer } from '../test/helpers/process';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '200000' }, clients: { type: 'string', default: '4' } },
});
const TOTAL = Number(values.events);
const CLIENTS = Number(values.clients);
const TOKEN = 'bench-ingest-token-0123456789';
const VEHICLES = 150;
const STEP_MS = 30_000;
const STEPS = 2400;
const now = Date.now();
const start = now - STEPS * STEP_MS;
const HGH: LngLat = [120.434, 30.2295];
const LGG: LngLat = [5.4428, 50.6364];
const path = measurePath(greatCirclePath(HGH, LGG, 100));
const hub = (id: string, [lon, lat]: LngLat) => ({
  id,
  name: id,
  kind: 'airport',
  country: 'CN',
  lon,
  lat,
  timeZone: 'UTC',
});

const dataDir = mkdtempSync(join(tmpdir(), 'corridor-bench-'));
const server = spawnServer(
  ['--live', '--operation', operationFile(dataDir), '--no-build', '--data-dir', dataDir],
  {
    PORT: '0',
    CORRIDOR_INGEST_TOKEN: TOKEN,
  },
);
const url = await listeningUrl(server);
const display = io(`${url}/display`, { transports: ['websocket'] });
let frames = 0;
display.on('positions', () => frames++);

async function send(events: unknown[]): Promise<void> {
  const response = await fetch(`${url}/api/v1/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(events),
  });
  if (response.status !== 200)
    throw new Error(`${response.status}: ${(await response.text()).slice(0, 500)}`);
}

const shipments = Array.from({ length: VEHICLES }, (_, v) => ({
  kind: 'shipment',
  shipment: `B${v}`,
  title: `Bench ${v}`,
  contents: [{ item: 'masks', quantity: 1000 }],
  legs: [
    {
      vehicle: `BV${v}`,
      mode: 'air',
      from: 'HGH',
      to: 'LGG',
      depart: new Date(start).toISOString(),
      arrive: new Date(now + 3_600_000).toISOString(),
    },
  ],
  hubs: [hub('HGH', HGH), hub('LGG', LGG)],
}));
await send(shipments);

/** The next fix of each vehicle in turn: along the great circle at about 400 km/h, 30 s apart. */
let cursor = 0;
function nextFixes(count: number) {
  const fixes = [];
  for (let i = 0; i < count; i++, cursor++) {
    const vehicle = cursor % VEHICLES;
    const step = Math.floor(cursor / VEHICLES) % STEPS;
    const { lon, lat } = pointAlong(path, (step / STEPS) * 0.9);
    fixes.push({
      kind: 'fix',
      vehicle: `BV${vehicle}`,
      time: new Date(start + step * STEP_MS).toISOString(),
      lon,
      lat,
      altitude: 10_600,
    });
  }
  return fixes;
}

async function phase(batchSize: number, events: number) {
  const batches = Math.ceil(events / batchSize);
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < batches) {
        next++;
        await send(nextFixes(batchSize));
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  return { batchSize, events: batches * batchSize, seconds, rate: (batches * batchSize) / seconds };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');
console.log(
  `Ingest of position fixes, ${CLIENTS} clients, server in its own process (live mode, 1 display); ` +
    `${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(1)} at start:`,
);
console.log('batch size  events     seconds  acknowledged + durable events/s');
let ingested = VEHICLES;
for (const [size, share] of [
  [1, 0.01],
  [100, 0.25],
  [1000, 0.74],
] as const) {
  const result = await phase(size, Math.max(size * CLIENTS, Math.round(TOTAL * share)));
  ingested += result.events;
  console.log(
    `${String(size).padEnd(11)} ${fmt(result.events).padEnd(10)} ${result.seconds.toFixed(1).padEnd(8)} ${fmt(result.rate)}`,
  );
}
console.log(`the display received ${fmt(frames)} positions frames`);

display.close();
const stopping = performance.now();
server.child.kill('SIGTERM');
await server.exited;
console.log(`the server stopped ${fmt(performance.now() - stopping)} ms after SIGTERM`);
const bytes = statSync(join(dataDir, 'corridor.db')).size;
const wal = statSync(join(dataDir, 'corridor.db-wal'), { throwIfNoEntry: false })?.size ?? 0;
console.log(
  `log: ${fmt(ingested)} events in ${fmt(bytes)} bytes (+ ${fmt(wal)} bytes of write-ahead log) = ` +
    `${(((bytes / ingested) * 1e6) / 2 ** 20).toFixed(0)} MiB per million events (${fmt(bytes / ingested)} bytes each)`,
);
rmSync(dataDir, { recursive: true, force: true });
