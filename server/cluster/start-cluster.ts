import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { DISPLAY_NAMESPACE } from '../../core/protocol';
import type { Plan } from '../../core/scenario';
import type { CorridorIo, Engine } from '../app';
import type { Corridor } from '../corridor';
import type { Frames } from '../realtime/frames';
import type { ScenarioPlayer } from '../sources/scenario-player';
import type { SqliteEventStore } from '../store/sqlite-event-store';
import { ClusterIngest } from './cluster-ingest';
import { ClusterNode } from './cluster-node';
import { RedisLog } from './redis-log';

export interface ClusterStartOptions {
  plan: Plan;
  redisUrl: string;
  node?: string;
  live?: boolean;
  tickMs: number;
}

const digestOf = (plan: Plan) => createHash('sha256').update(JSON.stringify(plan)).digest('hex').slice(0, 16);

/**
 * Joins the cluster on a Redis: the same plan as the nodes already there (refused otherwise),
 * their run, Socket.IO's Redis Streams adapter for what crosses nodes, and the whole log folded
 * before this node serves anything.
 */
export async function startCluster(
  options: ClusterStartOptions,
  corridor: Corridor,
  index: SqliteEventStore,
  io: CorridorIo,
  frames: Frames,
  makePlayer: () => ScenarioPlayer,
): Promise<Engine> {
  const node = options.node ?? `${hostname()}-${process.pid}`;
  const log = new RedisLog(options.redisUrl);
  try {
    await log.ready();
    const digest = digestOf(options.plan);
    const joined = await log.join(digest, corridor.runId);
    if (joined.planDigest !== digest)
      throw new Error(
        `the cluster on ${options.redisUrl} plays another plan (${joined.planDigest}, this one is ${digest}): start every node with the same --scenario`,
      );
    corridor.runId = joined.runId;
  } catch (error) {
    await log.close();
    throw error;
  }
  io.adapter(createAdapter(await log.adapterClient()));
  io.on('corridor:screens', (answer) => {
    if (typeof answer === 'function') answer(io.of(DISPLAY_NAMESPACE).sockets.size);
  });
  const leaseMs = Math.max(3000, 3 * options.tickMs);
  const cluster = new ClusterNode(corridor, index, io, log, frames, makePlayer, {
    node,
    leaseMs,
    renewMs: Math.round(leaseMs / 3),
    readBlockMs: 2000,
  });
  await cluster.start();
  return {
    player: () => {
      const player = cluster.player;
      if (!player)
        throw new Error(`${node} does not play the scenario now: the node that holds the lease does`);
      return player;
    },
    send: async (command) => {
      if (!cluster.current)
        throw new Error('the shared log (Redis) is not reachable: the command was not recorded');
      await log.appendCommand(command);
    },
    ingest: new ClusterIngest(corridor, index, log, cluster),
    current: () => cluster.current,
    health: async () => ({
      cluster: {
        node,
        playing: cluster.leading,
        term: cluster.term,
        redis: await log.ping(),
        lastRecord: cluster.last,
        behind: await log.behind(cluster.last).catch(() => null),
        ...(await screens(io)),
      },
    }),
    cluster,
    async close() {
      await cluster.close();
      await log.close();
    },
  };
}

/**
 * Screens connected to every node: each answers for its own. A node that has not answered within
 * a second is left out, and the answer says how many did, so /healthz never waits on a dead node.
 */
function screens(io: CorridorIo): Promise<{ screens: number; nodesAnswered: number }> {
  const own = io.of(DISPLAY_NAMESPACE).sockets.size;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ screens: own, nodesAnswered: 1 }), 1000);
    io.serverSideEmit('corridor:screens', (_error: Error | null, answers: number[]) => {
      clearTimeout(timer);
      resolve({ screens: own + answers.reduce((a, b) => a + b, 0), nodesAnswered: 1 + answers.length });
    });
  });
}
