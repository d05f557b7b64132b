import { io, type Socket } from 'socket.io-client';
import { LiveState } from '../../client/live/live-state';
import type { DisplayClientToServer, DisplayServerToClient, Snapshot, Update } from '../../core/protocol';
import { TOKEN } from './ingest';
import { listeningUrl, type ServerProcess, spawnServer } from './process';
import { freePort } from './redis';
import { planOf } from './server';

export const CLUSTER_CONTROL_TOKEN = 'cluster-control-token-0123456789';

export interface NodeProcess extends ServerProcess {
  name: string;
  port: number;
  url: string;
}

/** A node as an operator starts it: `REDIS_URL=… PORT=… npm start`, its own process. */
export async function startNode(redisUrl: string, name: string, args: string[] = []): Promise<NodeProcess> {
  const port = await freePort();
  const server = spawnServer(['--no-build', '--tick-ms', '250', ...args], {
    PORT: String(port),
    REDIS_URL: redisUrl,
    CORRIDOR_NODE: name,
    CORRIDOR_INGEST_TOKEN: TOKEN,
    CORRIDOR_CONTROL_TOKEN: CLUSTER_CONTROL_TOKEN,
  });
  const url = await listeningUrl(server);
  return { ...server, name, port, url };
}

export interface ClusterHealth {
  displays: number;
  seq: number;
  cluster: { node: string; playing: boolean; redis: boolean; screens: number; term: number };
}

export async function healthOf(url: string): Promise<ClusterHealth> {
  return (await (await fetch(`${url}/healthz`)).json()) as ClusterHealth;
}

/**
 * A screen as the display page runs it: its own fold of the stream (the page's LiveState), a
 * resync on a gap, the plan fetched once per version, Socket.IO's jittered reconnection.
 */
export function screen(url: string) {
  const live = new LiveState();
  const socket: Socket<DisplayServerToClient, DisplayClientToServer> = io(`${url}/display`, {
    transports: ['websocket'],
    auth: (send) => send({ seq: live.state?.updateSeq ?? 0 }),
  });
  const times = { connects: [] as number[], disconnects: [] as number[], snapshots: [] as number[] };
  socket.on('connect', () => times.connects.push(Date.now()));
  socket.on('disconnect', () => times.disconnects.push(Date.now()));
  // As the display does (client/live/connection.ts): updates that come while the plan is fetched
  // are kept and applied once it is loaded.
  let early: Update[] | null = null;
  socket.on('snapshot', async (snapshot) => {
    times.snapshots.push(Date.now());
    if (live.load(snapshot)) return;
    early = [];
    const plan = await planOf(url, snapshot).catch(() => null);
    const missed = (early ?? []).filter((update) => update.seq > snapshot.updateSeq);
    early = null;
    if (!plan || !live.load({ ...snapshot, plan })) return socket.emit('resync');
    if (!missed.every((update) => live.applyUpdate(update))) socket.emit('resync');
  });
  socket.on('update', (update) => {
    if (early) early.push(update);
    else if (live.state && !live.applyUpdate(update)) socket.emit('resync');
  });
  socket.on('positions', (frame) => live.applyPositions(frame));
  return { socket, live, times, close: () => socket.disconnect() };
}

/** What every node and every screen must agree on; positions move with each node's frames. */
export const agreed = (s: Pick<Snapshot, 'runId' | 'updateSeq' | 'statuses' | 'clock' | 'presenter'>) => ({
  runId: s.runId,
  updateSeq: s.updateSeq,
  statuses: s.statuses,
  clock: s.clock,
  presenter: s.presenter,
});

/** Counts of values in bins of `width` ms: a text histogram for the test's output. */
export function histogram(values: number[], width: number): string {
  const bins = new Map<number, number>();
  for (const v of values) bins.set(Math.floor(v / width), (bins.get(Math.floor(v / width)) ?? 0) + 1);
  return [...bins.entries()]
    .sort(([a], [b]) => a - b)
    .map(
      ([bin, n]) =>
        `${String(bin * width).padStart(5)}–${String((bin + 1) * width).padEnd(5)} ms ${'#'.repeat(Math.ceil(n / 5))} ${n}`,
    )
    .join('\n');
}
