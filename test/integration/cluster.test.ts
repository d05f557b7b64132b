import { io, type Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import type {
  AckResult,
  ControlClientToServer,
  DisplayServerToClient,
  Snapshot,
  Update,
} from '../../core/protocol';
import type { CorridorServer } from '../../server/app';
import { fixAlong, ok, TOKEN } from '../helpers/ingest';
import { startRedis } from '../helpers/redis';
import { bundledPlan, connectDisplay, startTestServer, TEST_CONTROL_TOKEN, until } from '../helpers/server';
import { useTeardown } from '../helpers/teardown';

const { track } = useTeardown();

/** Nodes on one real Redis, each with its own port, as `REDIS_URL=… npm start` would run them. */
async function cluster(count: number) {
  const redis = track(await startRedis());
  const nodes: CorridorServer[] = [];
  for (let i = 0; i < count; i++)
    nodes.push(
      track(
        await startTestServer({ redisUrl: redis.url, node: `node-${i}`, ingestToken: TOKEN, tickMs: 200 }),
      ),
    );
  await until('one node playing', () => nodes.filter((n) => n.cluster?.leading).length === 1, 10_000);
  return { redis, nodes };
}

const snapshotOf = async (node: CorridorServer) =>
  (await (await fetch(`${node.url}/api/v1/snapshot`)).json()) as Snapshot;

/** What must be the same on every node; positions move with each node's frames. */
const shared = (s: Snapshot) => ({
  runId: s.runId,
  updateSeq: s.updateSeq,
  planVersion: s.planVersion,
  statuses: s.statuses,
  clock: s.clock,
  presenter: s.presenter,
});

function control(url: string) {
  const socket: Socket<DisplayServerToClient, ControlClientToServer> = io(`${url}/control`, {
    transports: ['websocket'],
    reconnection: false,
    auth: { token: TEST_CONTROL_TOKEN },
  });
  const send = (event: 'clock:pause' | 'clock:play') =>
    new Promise<AckResult>((resolve) => socket.emit(event, resolve));
  return { socket, send };
}

/** Every update a display received after its snapshot follows the one before it. */
function contiguous(updates: Update[], from: number) {
  let expected = from;
  for (const update of updates) {
    if (update.prev !== expected) return `update ${update.seq} follows ${update.prev}, not ${expected}`;
    expected = update.seq;
  }
  return 'contiguous';
}

describe('a cluster of nodes on one Redis', () => {
  it('moves every node with a presenter on any of them: the same clock, presenter and numbers', async () => {
    const { nodes } = await cluster(3);
    const [a, b, c] = nodes as [CorridorServer, CorridorServer, CorridorServer];
    const displays = [b, c].map((node) => connectDisplay(node.url));
    for (const d of displays) track(d.socket);
    await until('snapshots', () => displays.every((d) => d.received.length > 0));
    const presenter = control(a.url);
    track(presenter.socket);
    await until('connected', () => presenter.socket.connected);
    expect(await presenter.send('clock:pause')).toEqual({ ok: true });
    for (const d of displays)
      await until('the pause on every display', () =>
        d.received.some(
          (r) => r.kind === 'update' && r.update.event.type === 'clock' && r.update.event.clock.paused,
        ),
      );
    await until('every node folded the pause', () => nodes.every((n) => n.corridor.state.clock.paused));
    const snapshots = await Promise.all(nodes.map(snapshotOf));
    expect(snapshots.map(shared)).toEqual([0, 1, 2].map(() => shared(snapshots[0] as Snapshot)));
    const health = async () =>
      ((await (await fetch(`${c.url}/healthz`)).json()) as { cluster: Record<string, unknown> }).cluster;
    // A node's first answers can come after the adapter's first heartbeat: ask until all three do.
    let seen = await health();
    for (let i = 0; i < 20 && seen.nodesAnswered !== 3; i++) seen = await health();
    expect(seen).toMatchObject({ node: 'node-2', redis: true, behind: 0, screens: 2, nodesAnswered: 3 });
  });

  it('stores a batch sent to any node once, and every node shows it in the same order with the same numbers', async () => {
    const { nodes } = await cluster(2);
    const [a, b] = nodes as [CorridorServer, CorridorServer];
    const plan = bundledPlan();
    const playing = nodes.find((n) => n.cluster?.leading) as CorridorServer;
    playing.player.seek(Date.parse('2020-03-13T12:00:00Z'));
    playing.player.pause();
    await until('both paused', () => nodes.every((n) => n.corridor.state.clock.paused));
    const watching = nodes.map((node) => connectDisplay(node.url));
    for (const w of watching) track(w.socket);
    await until('snapshots', () => watching.every((w) => w.received.length > 0));
    const batch = [
      fixAlong(plan, 'CN-HGH-LGG-0313', 0.4, '2020-03-13T11:00:00Z'),
      { kind: 'status', shipment: 'S1-IT', code: 'DEP', hub: 'HGH', time: '2020-03-13T07:05:00Z' },
    ];
    const answer = await ok(b.url, batch);
    expect(answer).toMatchObject({ accepted: 2, duplicates: 0 });
    const again = await ok(a.url, batch);
    expect(again).toMatchObject({ accepted: 0, duplicates: 2 });
    const updatesOf = (w: (typeof watching)[number]) =>
      w.received.flatMap((r) => (r.kind === 'update' ? [[r.update.seq, r.update.event.type]] : []));
    await until('the batch on both nodes', () => watching.every((w) => updatesOf(w).length > 0), 5000);
    await new Promise((r) => setTimeout(r, 500));
    expect(updatesOf(watching[0] as (typeof watching)[number])).toEqual(
      updatesOf(watching[1] as (typeof watching)[number]),
    );
    const [sa, sb] = await Promise.all([a, b].map(snapshotOf));
    expect(shared(sa as Snapshot)).toEqual(shared(sb as Snapshot));
    expect(sa?.statuses['S1-IT']).toMatchObject({
      code: 'departed',
      time: Date.parse('2020-03-13T07:05:00Z'),
    });
  });

  it('lets a screen move to another node mid-stream without a gap, and plays each scenario event once', async () => {
    const { nodes } = await cluster(2);
    const [a, b] = nodes as [CorridorServer, CorridorServer];
    const playing = nodes.find((n) => n.cluster?.leading) as CorridorServer;
    playing.player.seek(Date.parse('2020-03-13T06:00:00Z'));
    playing.player.setRate(20_000);
    const first = connectDisplay(a.url);
    track(first.socket);
    await until('a snapshot from A', () => first.received.length > 0);
    const snapshot = (first.received[0] as { snapshot: Snapshot }).snapshot;
    await until(
      'updates from A',
      () => first.received.filter((r) => r.kind === 'update').length >= 3,
      10_000,
    );
    first.socket.disconnect();
    const updatesA = first.received.flatMap((r) => (r.kind === 'update' ? [r.update] : []));
    const lastSeq = updatesA.at(-1)?.seq ?? snapshot.updateSeq;
    const second = connectDisplay(b.url);
    track(second.socket);
    await until('a snapshot from B', () => second.received.some((r) => r.kind === 'snapshot'), 10_000);
    const moved = (second.received.find((r) => r.kind === 'snapshot') as { snapshot: Snapshot }).snapshot;
    expect(moved.plan).toBeNull();
    expect(moved.runId).toBe(snapshot.runId);
    // The same plan version on every node: a screen that moves fetches nothing.
    expect(moved.planVersion).toBe(snapshot.planVersion);
    expect(moved.updateSeq).toBeGreaterThanOrEqual(lastSeq);
    await until(
      'updates from B',
      () => second.received.filter((r) => r.kind === 'update').length >= 3,
      10_000,
    );
    const updatesB = second.received.flatMap((r) => (r.kind === 'update' ? [r.update] : []));
    expect(contiguous(updatesA, snapshot.updateSeq)).toBe('contiguous');
    expect(contiguous(updatesB, moved.updateSeq)).toBe('contiguous');
    const statuses = [...updatesA, ...updatesB].flatMap((u) =>
      u.event.type === 'status' ? [`${u.event.shipment} ${u.event.status} ${u.event.time}`] : [],
    );
    expect(new Set(statuses).size).toBe(statuses.length);
  });
});
