import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../core/protocol';
import { post, TOKEN, tempDataDir } from '../helpers/ingest';
import { listeningUrl, operationFile, type ServerProcess, spawnServer } from '../helpers/process';
import { planIn } from '../helpers/server';

const ROUNDS = 20;
const POSTERS = 3;
const EVENTS_PER_BATCH = 6;
const M = 60_000;
const base = Date.now();
const iso = (minutesAgo: number) => new Date(base - minutesAgo * M).toISOString();
const hub = (id: string, lon: number, lat: number) => ({
  id,
  name: id,
  kind: 'airport',
  country: 'BE',
  lon,
  lat,
  timeZone: 'Europe/Brussels',
});

/** Batch i: a new shipment on its own truck, its booking and departure, three fixes along the way. */
function batch(i: number) {
  const vehicle = `V-${i}`;
  const at = (f: number) => ({ lon: 5.4428 + f * (4.7639 - 5.4428), lat: 50.6364 + f * (52.3086 - 50.6364) });
  return [
    {
      kind: 'shipment',
      shipment: `F-${i}`,
      title: `Batch ${i}`,
      contents: [{ item: 'masks', quantity: i }],
      legs: [{ vehicle, mode: 'road', from: 'LGG', to: 'AMS', depart: iso(120), arrive: iso(-120) }],
      hubs: [hub('LGG', 5.4428, 50.6364), hub('AMS', 4.7639, 52.3086)],
      booked: iso(180),
    },
    { kind: 'status', shipment: `F-${i}`, code: 'RCS', hub: 'LGG', time: iso(150) },
    { kind: 'status', shipment: `F-${i}`, code: 'departed_terminal', hub: 'LGG', time: iso(115) },
    ...[0.1, 0.25, 0.4].map((f, k) => ({ kind: 'fix', vehicle, time: iso(90 - 30 * k), ...at(f) })),
  ];
}

/** Whole or absent: the shipment, its departure and its three fixes, or none of them. */
function presence(snapshot: Snapshot, i: number): 'whole' | 'absent' | string {
  const shipment = planIn(snapshot).shipments.some((s) => s.id === `F-${i}`);
  const status = snapshot.statuses[`F-${i}`];
  const fixes = snapshot.vehicles.find((v) => v.id === `V-${i}`)?.fixes ?? [];
  if (!shipment) return status || fixes.length ? `batch ${i}: parts without the shipment` : 'absent';
  const departed = status?.code === 'departed' && status.time === Date.parse(iso(115));
  const moved = fixes.map((f) => Math.round(f.progress * 100)).join(',') === '10,25,40';
  return departed && moved ? 'whole' : `batch ${i}: half applied (${status?.code}, fixes ${fixes.length})`;
}

let server: ServerProcess | undefined;
afterEach(() => {
  server?.child.kill('SIGKILL');
});

const start = (dataDir: string) =>
  spawnServer(
    [
      '--live',
      '--operation',
      operationFile(dataDir),
      '--no-build',
      '--data-dir',
      dataDir,
      '--tick-ms',
      '250',
    ],
    { PORT: '0', CORRIDOR_INGEST_TOKEN: TOKEN },
  );

describe('SIGKILL while a feed posts', () => {
  it(`keeps every acknowledged batch and never half of one, over ${ROUNDS} kills`, async () => {
    const dataDir = tempDataDir();
    server = start(dataDir);
    let url = await listeningUrl(server);
    const sent: number[] = [];
    const acknowledged = new Set<number>();
    let next = 0;
    let inFlightAtKill = 0;
    let wholeUnacknowledged = 0;
    for (let round = 0; round < ROUNDS; round++) {
      let killed = false;
      const poster = async () => {
        while (!killed) {
          const i = next++;
          sent.push(i);
          const answer = await post(url, batch(i)).catch(() => null);
          if (!answer) return;
          if (answer.status !== 200)
            throw new Error(`batch ${i}: ${answer.status} ${JSON.stringify(answer.body)}`);
          acknowledged.add(i);
        }
      };
      const first = next;
      const posters = Array.from({ length: POSTERS }, poster);
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 300));
      server.child.kill('SIGKILL');
      killed = true;
      await server.exited;
      await Promise.all(posters);
      const unacknowledged = sent.filter((i) => i >= first && !acknowledged.has(i));
      inFlightAtKill += unacknowledged.length;

      server = start(dataDir);
      url = await listeningUrl(server);
      const snapshot = (await (await fetch(`${url}/api/v1/snapshot`)).json()) as Snapshot;
      for (const i of sent) {
        const seen = presence(snapshot, i);
        expect(seen === 'whole' || seen === 'absent', seen).toBe(true);
        if (acknowledged.has(i)) expect(seen, `acknowledged batch ${i} lost`).toBe('whole');
      }
      wholeUnacknowledged += unacknowledged.filter((i) => presence(snapshot, i) === 'whole').length;
    }
    console.log(
      `${ROUNDS} kills: ${acknowledged.size} acknowledged batches (${acknowledged.size * EVENTS_PER_BATCH} events) ` +
        `all present after every restart; ${inFlightAtKill} batches in flight at the kills ` +
        `(${wholeUnacknowledged} stored whole before the answer, the others absent)`,
    );
    expect(acknowledged.size).toBeGreaterThan(ROUNDS);
  });
});
