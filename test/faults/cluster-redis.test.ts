import { io, type Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import type { AckResult, ControlClientToServer, DisplayServerToClient, Snapshot } from '../../core/protocol';
import { RedisLog } from '../../server/cluster/redis-log';
import {
  agreed,
  CLUSTER_CONTROL_TOKEN,
  healthOf,
  type NodeProcess,
  screen,
  startNode,
} from '../helpers/cluster';
import { type RedisProcess, startRedis } from '../helpers/redis';
import { until } from '../helpers/server';
import { useTeardown } from '../helpers/teardown';

const { track } = useTeardown();

/** A shipment a live feed introduces: every batch is new, every event its own id. */
const batch = (i: number) => [
  {
    kind: 'shipment',
    shipment: `R-${i}`,
    title: `Feed ${i}`,
    contents: [{ item: 'masks', quantity: i }],
    legs: [
      {
        vehicle: `RV-${i}`,
        mode: 'road',
        from: 'LGG',
        to: 'AMS',
        depart: '2020-03-20T08:00:00Z',
        arrive: '2020-03-20T12:00:00Z',
      },
    ],
    id: `r-${i}`,
  },
];

interface Outcome {
  i: number;
  status: number;
  retryAfter: string | null;
  ms: number;
}

/** Posts batches one after another to the nodes in turn until told to stop; every answer kept. */
function poster(nodes: NodeProcess[]) {
  const outcomes: Outcome[] = [];
  let stop = false;
  const done = (async () => {
    for (let i = 0; !stop; i++) {
      const started = Date.now();
      const node = nodes[i % nodes.length] as NodeProcess;
      const response = await fetch(`${node.url}/api/v1/events`, {
        method: 'POST',
        headers: { authorization: 'Bearer test-ingest-token-0123456789', 'content-type': 'application/json' },
        body: JSON.stringify(batch(i)),
        signal: AbortSignal.timeout(10_000),
      }).catch(() => null);
      outcomes.push({
        i,
        status: response?.status ?? 0,
        retryAfter: response?.headers.get('retry-after') ?? null,
        ms: Date.now() - started,
      });
      await response?.body?.cancel();
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    outcomes,
    async stop() {
      stop = true;
      await done;
    },
  };
}

/** Every feed event id the shared log holds, read from Redis itself. */
async function storedIds(url: string): Promise<Set<string>> {
  const log = new RedisLog(url);
  await log.ready();
  const ids = new Set<string>();
  for (let records = await log.read('0', 0), last = '0'; records.length; records = await log.read(last, 0))
    for (const record of records) {
      last = record.id;
      if (record.kind === 'live') for (const event of record.events) ids.add(event.id);
    }
  await log.close();
  return ids;
}

async function cluster() {
  let current: RedisProcess = await startRedis();
  track({ close: () => current.stop() });
  const nodes = [await startNode(current.url, 'a'), await startNode(current.url, 'b')];
  for (const node of nodes) track(node.child);
  return {
    nodes,
    get redis() {
      return current;
    },
    async restart() {
      current = await current.restart();
    },
  };
}

const bothCurrent = async (nodes: NodeProcess[]) => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const health = await Promise.all(nodes.map((n) => healthOf(n.url)));
    if (health.every((h) => h.cluster.redis) && health.some((h) => h.cluster.playing)) return;
    if (Date.now() > deadline)
      throw new Error(`nodes not back: ${JSON.stringify(health.map((h) => h.cluster))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('Redis stopped under a cluster', () => {
  it('answers 503 with Retry-After while it is gone, says data delayed, and keeps every acknowledged batch', async () => {
    const c = await cluster();
    const display = track(screen(c.nodes[1]?.url as string));
    const beats: number[] = [];
    display.socket.on('heartbeat', () => beats.push(Date.now()));
    await until('a screen', () => display.live.state !== undefined);
    const feed = poster(c.nodes);
    await until('batches stored', () => feed.outcomes.filter((o) => o.status === 200).length >= 10, 20_000);

    const presenter: Socket<DisplayServerToClient, ControlClientToServer> = io(`${c.nodes[0]?.url}/control`, {
      transports: ['websocket'],
      auth: { token: CLUSTER_CONTROL_TOKEN },
    });
    track(presenter);
    await until('the presenter connected', () => presenter.connected);
    const stoppedAt = Date.now();
    await c.redis.stop();
    await new Promise((r) => setTimeout(r, 1000));
    const refusedCommand = await new Promise<AckResult>((resolve) => presenter.emit('clock:pause', resolve));
    await new Promise((r) => setTimeout(r, 2000));
    const during = feed.outcomes.filter((o) => o.status !== 200 && o.i > 0);
    const silentFrom = stoppedAt + 1000;
    const beatsWhileDown = beats.filter((t) => t > silentFrom && t < stoppedAt + 3000).length;
    await c.restart();
    await bothCurrent(c.nodes);
    await until('batches stored again', () => feed.outcomes.at(-1)?.status === 200, 20_000);
    await feed.stop();

    const acknowledged = feed.outcomes.filter((o) => o.status === 200);
    const refused = feed.outcomes.filter((o) => o.status !== 200);
    console.log(
      `Redis down 3 s under ingest: ${acknowledged.length} batches acknowledged, ${refused.length} refused (${[...new Set(refused.map((o) => o.status))].join(', ')}), slowest answer ${Math.max(...feed.outcomes.map((o) => o.ms))} ms; heartbeats to a screen while down: ${beatsWhileDown}`,
    );
    expect(during.length).toBeGreaterThan(0);
    for (const o of refused) expect([o.status, o.retryAfter]).toEqual([503, '5']);
    expect(Math.max(...feed.outcomes.map((o) => o.ms))).toBeLessThan(10_000);
    expect(beatsWhileDown).toBe(0);
    expect(refusedCommand).toEqual({
      ok: false,
      error: 'clock:pause: the shared log (Redis) is not reachable: the command was not recorded',
    });
    const stored = await storedIds(c.redis.url);
    expect(acknowledged.filter((o) => !stored.has(`r-${o.i}`)).map((o) => o.i)).toEqual([]);
    // Nothing refused was stored behind the feed's back: a 503 means not stored.
    expect(refused.filter((o) => stored.has(`r-${o.i}`)).map((o) => o.i)).toEqual([]);
  });

  it('loses no acknowledged batch over 20 kills of Redis under ingest (appendfsync always)', async () => {
    const c = await cluster();
    const feed = poster(c.nodes);
    for (let round = 0; round < 20; round++) {
      const before = feed.outcomes.filter((o) => o.status === 200).length;
      await until(
        `round ${round}: a batch stored`,
        () => feed.outcomes.filter((o) => o.status === 200).length > before,
        30_000,
      );
      await c.redis.stop();
      await c.restart();
    }
    await bothCurrent(c.nodes);
    await feed.stop();
    const acknowledged = feed.outcomes.filter((o) => o.status === 200);
    const stored = await storedIds(c.redis.url);
    console.log(
      `20 Redis kills under ingest: ${acknowledged.length} batches acknowledged, ${feed.outcomes.length - acknowledged.length} refused, ${acknowledged.filter((o) => !stored.has(`r-${o.i}`)).length} acknowledged and lost`,
    );
    expect(acknowledged.filter((o) => !stored.has(`r-${o.i}`)).map((o) => o.i)).toEqual([]);
    // And both nodes folded the same log after all of it.
    const snapshot = async (node: NodeProcess) =>
      agreed((await (await fetch(`${node.url}/api/v1/snapshot`)).json()) as Snapshot);
    const [a, b] = c.nodes as [NodeProcess, NodeProcess];
    const deadline = Date.now() + 10_000;
    while (JSON.stringify(await snapshot(a)) !== JSON.stringify(await snapshot(b)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(await snapshot(a)).toEqual(await snapshot(b));
  });
});
