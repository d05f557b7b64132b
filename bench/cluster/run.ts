/**
 * The cluster part of `npm run bench`: the same screens on 1, 2 and 3 nodes (each node its own
 * process, Redis and the screens in theirs), the bundled operation playing. Per run: the nodes'
 * CPU per tick per screen, the frames' latency from the player's tick to the screen, and what the
 * shared log costs per event. Figures only.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';
import { RedisLog } from '../../server/cluster/redis-log';
import { CLUSTER_CONTROL_TOKEN, healthOf, type NodeProcess, startNode } from '../../test/helpers/cluster';
import { startRedis } from '../../test/helpers/redis';
import type { FromViewers, ToViewers } from './viewers';

export interface ClusterRow {
  nodes: number;
  clients: number;
  /** CPU of all nodes together, per tick and per screen. */
  cpuMsPerTickPerClient: number;
  /** The busiest node's share of one core. */
  busiestCorePercent: number;
  redisCorePercent: number;
  p50Ms: number;
  p99Ms: number;
  framesPerClientPerSecond: number;
}

/** User and system CPU ms a process has used (Linux /proc, 100 ticks a second). */
function cpuMs(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

class Viewers {
  private readonly child: ChildProcess = fork(fileURLToPath(new URL('./viewers.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
  });
  request<T extends FromViewers['type']>(message: ToViewers, reply: T) {
    return new Promise<Extract<FromViewers, { type: T }>>((resolve) => {
      const on = (answer: FromViewers) => {
        if (answer.type !== reply) return;
        this.child.off('message', on);
        resolve(answer as Extract<FromViewers, { type: T }>);
      };
      this.child.on('message', on);
      this.child.send(message);
    });
  }
  kill() {
    this.child.kill();
  }
}

/** The first flight over Russia at 60×: vehicles move in every frame. */
async function play(url: string) {
  const control = io(`${url}/control`, { transports: ['websocket'], auth: { token: CLUSTER_CONTROL_TOKEN } });
  const emit = (event: string, ...args: unknown[]) =>
    new Promise((resolve) => control.emit(event, ...args, resolve));
  await new Promise((resolve) => control.on('connect', () => resolve(undefined)));
  await emit('clock:seek', Date.parse('2020-03-13T12:00:00Z'));
  await emit('clock:rate', 60);
  control.disconnect();
}

async function runOnce(nodeCount: number, clients: number, seconds: number): Promise<ClusterRow> {
  const redis = await startRedis();
  const nodes: NodeProcess[] = [];
  const viewers = new Viewers();
  try {
    for (let i = 0; i < nodeCount; i++)
      nodes.push(await startNode(redis.url, `bench-${i}`, ['--tick-ms', '1000']));
    const deadline = Date.now() + 15_000;
    while (!(await healthOf((nodes[0] as NodeProcess).url)).cluster.playing && Date.now() < deadline) {
      if ((await Promise.all(nodes.map((n) => healthOf(n.url)))).some((h) => h.cluster.playing)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await play((nodes[0] as NodeProcess).url);
    await viewers.request({ type: 'connect', urls: nodes.map((n) => n.url), count: clients }, 'connected');
    await new Promise((r) => setTimeout(r, 2000));
    await viewers.request({ type: 'report' }, 'report');
    const before = nodes.map((n) => cpuMs(n.child.pid));
    const redisBefore = cpuMs(redis.child.pid);
    const started = Date.now();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const wall = Date.now() - started;
    const used = nodes.map((n, i) => cpuMs(n.child.pid) - (before[i] as number));
    const redisUsed = cpuMs(redis.child.pid) - redisBefore;
    const report = await viewers.request({ type: 'report' }, 'report');
    const ticks = wall / 1000;
    const latencies = report.latencies.sort((a, b) => a - b);
    return {
      nodes: nodeCount,
      clients,
      cpuMsPerTickPerClient: used.reduce((a, b) => a + b, 0) / ticks / clients,
      busiestCorePercent: (100 * Math.max(...used)) / wall,
      redisCorePercent: (100 * redisUsed) / wall,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      framesPerClientPerSecond: report.frames / clients / (wall / 1000),
    };
  } finally {
    await viewers.request({ type: 'close' }, 'closed').catch(() => undefined);
    viewers.kill();
    for (const node of nodes) node.child.kill('SIGKILL');
    await redis.stop();
  }
}

/** What one record of the shared log costs: a fenced append, acknowledged once on Redis's disk. */
export async function logCost(events: number): Promise<{ appendMs: number; bytesPerEvent: number }> {
  const redis = await startRedis();
  const log = new RedisLog(redis.url);
  try {
    await log.ready();
    const lease = await log.acquire('bench', 60_000);
    if (!lease) throw new Error('no lease');
    const entry = (seq: number) => ({
      seq,
      wall: Date.now(),
      event: {
        type: 'status',
        shipment: 'S1-IT',
        status: 'departed',
        hub: 'HGH',
        time: Date.now(),
        leg: 0,
      } as const,
    });
    const started = performance.now();
    for (let i = 1; i <= events; i++) await log.appendOutput(lease, entry(i));
    const appendMs = (performance.now() - started) / events;
    const probe = new (await import('ioredis')).Redis(redis.url);
    const bytes = Number(await probe.memory('USAGE', 'corridor:log'));
    probe.disconnect();
    return { appendMs, bytesPerEvent: bytes / events };
  } finally {
    await log.close();
    await redis.stop();
  }
}

export async function clusterBench(
  options: { nodes: number[]; clients: number; seconds: number },
  onRow: (row: ClusterRow) => void,
): Promise<ClusterRow[]> {
  const rows: ClusterRow[] = [];
  for (const n of options.nodes) {
    const row = await runOnce(n, options.clients, options.seconds);
    rows.push(row);
    onRow(row);
  }
  return rows;
}
