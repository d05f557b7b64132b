import { describe, expect, it } from 'vitest';
import { scenarioNow } from '../../core/clock';
import { type PositionsFrame, readPositions, type Snapshot, type Update } from '../../core/protocol';

function countVehicles(frame: PositionsFrame): number {
  let count = 0;
  readPositions(frame, () => count++);
  return count;
}

import type { CorridorServer } from '../../server/app';
import { connectDisplay, planIn, planOf, startTestServer, until } from '../helpers/server';
import { useTeardown } from '../helpers/teardown';

const { track } = useTeardown();
// The server of the running test: display() starts it, the test reads it.
let server: CorridorServer | undefined;

async function display(options: Parameters<typeof startTestServer>[0] = {}) {
  server = track(await startTestServer(options));
  const client = connectDisplay(server.url);
  track(client.socket);
  await until('the snapshot', () => client.received.length > 0);
  return client;
}

const firstSnapshot = (received: ReturnType<typeof connectDisplay>['received']): Snapshot => {
  const first = received[0];
  if (first?.kind !== 'snapshot') throw new Error(`first message is ${first?.kind}, not snapshot`);
  return first.snapshot;
};

describe('/display', () => {
  it('sends the snapshot of the bundled airlift first', async () => {
    const { received } = await display();
    const snapshot = firstSnapshot(received);
    const plan = await planOf(server?.url ?? '', snapshot);
    expect(plan.hubs.map((h) => h.id)).toEqual(expect.arrayContaining(['HGH', 'LGG']));
    const firstFlight = plan.legs.find((leg) => leg.from === 'HGH' && leg.to === 'LGG');
    expect(new Date(firstFlight?.arrive ?? 0).toISOString()).toBe('2020-03-13T20:00:00.000Z');
    const onBoard = plan.shipments.filter((s) => firstFlight?.shipments.includes(s.id));
    const masks = onBoard.flatMap((s) => s.contents).filter((c) => c.item === 'masks');
    expect(masks.reduce((sum, c) => sum + (c.quantity ?? 0), 0)).toBe(500_000);
    expect(plan.shipments.find((s) => s.id === 'S1-IT')?.destination).toBe('MXP');
    expect(snapshot.kpis.total.masks?.planned).toBe(2_000_000);
    expect(snapshot.seq).toBeGreaterThan(0);
  });

  it('serves the same snapshot over HTTP, and a health check', async () => {
    server = track(await startTestServer());
    const snapshot = (await (await fetch(`${server.url}/api/v1/snapshot`)).json()) as Snapshot;
    expect(planIn(snapshot).id).toBe('airlift-2020');
    expect(snapshot.runId).toBe(server.corridor.runId);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', scenario: 'airlift-2020' });
  });

  it('never sends the plan on the socket: each version once over HTTP, cacheable and compressed', async () => {
    const { received } = await display();
    const { planVersion, plan } = firstSnapshot(received);
    expect(plan).toBeNull();
    expect(planVersion).toBe(`${server?.corridor.runId}.0`);
    const url = `${server?.url}/api/v1/plan/${planVersion}`;
    const full = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect(full.status).toBe(200);
    expect(full.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(full.headers.get('etag')).toBe(`"${planVersion}"`);
    const text = await full.text();
    expect((JSON.parse(text) as { id: string }).id).toBe('airlift-2020');
    const zipped = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(await zipped.text()).toBe(text);
    expect((await fetch(url, { headers: { 'if-none-match': `"${planVersion}"` } })).status).toBe(304);
    const stale = await fetch(`${server?.url}/api/v1/plan/${planVersion}0`);
    expect([stale.status, ((await stale.json()) as { current: string }).current]).toEqual([404, planVersion]);
    const resynced: Snapshot[] = [];
    const client = track(connectDisplay(server?.url ?? '').socket);
    client.on('snapshot', (snapshot) => resynced.push(snapshot));
    await until('a snapshot', () => resynced.length === 1);
    client.emit('resync');
    await until('another snapshot', () => resynced.length === 2);
    expect(resynced.map((r) => r.plan)).toEqual([null, null]);
  });

  it('streams updates in sequence order with no gap, and one positions frame per tick', async () => {
    const { received } = await display({ loopSeconds: 4, tickMs: 40 });
    await until(
      'status events and frames',
      () => received.filter((m) => m.kind === 'update').length > 30,
      8000,
    );
    const snapshot = firstSnapshot(received);
    let previous = snapshot.updateSeq;
    let lastSeq = snapshot.seq;
    for (const message of received.slice(1)) {
      if (message.kind === 'update') {
        expect(message.update.prev).toBe(previous);
        previous = message.update.seq;
      }
      const seq =
        message.kind === 'update' ? message.update.seq : message.kind === 'positions' ? message.frame.seq : 0;
      expect(seq).toBeGreaterThan(lastSeq);
      lastSeq = seq;
    }
    const frames = received.flatMap((m) => (m.kind === 'positions' ? [m.frame] : []));
    expect(frames.length).toBeGreaterThan(5);
    expect(Math.max(...frames.map((f) => countVehicles(f)))).toBeGreaterThan(1);
    const statuses = received.flatMap((m) =>
      m.kind === 'update' && m.update.event.type === 'status' ? [m.update.event] : [],
    );
    expect(statuses.map((e) => e.status)).toEqual(
      expect.arrayContaining(['departed', 'arrived', 'customs_cleared', 'delivered']),
    );
  });

  it('shows a seek and a pause to the client', async () => {
    const { received } = await display();
    const live = server as CorridorServer;
    const target = Date.parse('2020-03-13T20:30:00Z');
    live.player.seek(target);
    live.player.pause();
    const updates = () => received.flatMap((m) => (m.kind === 'update' ? [m.update.event] : []));
    await until('the pause', () => updates().some((e) => e.type === 'clock' && e.reason === 'pause'));
    const events = updates();
    const rebase = events.find((e): e is Extract<Update['event'], { type: 'rebase' }> => e.type === 'rebase');
    expect(rebase?.time).toBe(target);
    expect(rebase?.statuses['S1-IT']).toMatchObject({ code: 'arrived', hub: 'LGG' });
    const clock = events.findLast((e) => e.type === 'clock');
    if (clock?.type !== 'clock') throw new Error('no clock update');
    expect(clock.clock.paused).toBe(true);
    const at = scenarioNow(clock.clock, Date.now());
    expect(at - target).toBeGreaterThanOrEqual(0);
    expect(at - target).toBeLessThan(60 * 60_000);
    expect(scenarioNow(clock.clock, Date.now() + 10_000)).toBe(at);
  });

  it('loops back to the start at the end of the scenario', async () => {
    const { received } = await display({ loopSeconds: 1, tickMs: 25 });
    await until(
      'the loop',
      () =>
        received.some(
          (m) => m.kind === 'update' && m.update.event.type === 'clock' && m.update.event.reason === 'loop',
        ),
      5000,
    );
  });

  it('answers a resync with a fresh snapshot and a ping with its time', async () => {
    const { socket, received } = await display();
    socket.emit('resync');
    await until('a second snapshot', () => received.filter((m) => m.kind === 'snapshot').length === 2);
    const before = Date.now();
    const serverTime = await new Promise<number>((resolve) => socket.emit('time:ping', resolve));
    expect(serverTime).toBeGreaterThanOrEqual(before - 5);
    expect(serverTime).toBeLessThanOrEqual(Date.now() + 5);
  });

  it('survives hostile messages from a display', async () => {
    const { socket } = await display();
    const raw = socket as unknown as { emit: (...args: unknown[]) => void };
    raw.emit('time:ping', 'not a function');
    raw.emit('resync', { $where: 'x' }, 42);
    raw.emit('clock:seek', 0);
    raw.emit('__proto__', { polluted: true });
    raw.emit('update', { seq: 1e9, prev: 0, event: { type: 'rebase', statuses: {} } });
    raw.emit('x'.repeat(10_000), 'y'.repeat(100_000));
    const live = server as CorridorServer;
    const health = await fetch(`${live.url}/healthz`);
    expect(health.status).toBe(200);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(live.corridor.state.statuses['S1-IT']?.code).not.toBe(undefined);
  });
});

describe('/display heartbeat', () => {
  it('beats every tick even while nothing moves', async () => {
    server = track(await startTestServer({ tickMs: 50 }));
    server.player.pause();
    const client = connectDisplay(server.url);
    track(client.socket);
    const beats: number[] = [];
    client.socket.on('heartbeat', (beat) => beats.push(beat.serverTime));
    await until('five heartbeats', () => beats.length >= 5);
    const gaps = beats.slice(1).map((t, i) => t - (beats[i] as number));
    expect(Math.max(...gaps)).toBeLessThan(500);
  });
});
