import Fastify from 'fastify';
import { Server } from 'socket.io';
import type { ClockState } from '../core/clock';
import type { ControlClientToServer, DisplayServerToClient } from '../core/protocol';
import type { Plan } from '../core/scenario';
import { SignInGuard } from './auth/sign-in-guard';
import { generateToken } from './auth/token';
import type { ClusterEvents } from './cluster/cluster-events';
import type { ClusterNode } from './cluster/cluster-node';
import { startCluster } from './cluster/start-cluster';
import { Corridor } from './corridor';
import type { PolledFeed } from './feeds/feed-config';
import { feedRoutes } from './feeds/feed-routes';
import { startFeeds } from './feeds/feeds';
import { registerRoutes } from './http/routes';
import { registerSecurityHeaders } from './http/security';
import { ServedBuild } from './http/served-build';
import { registerIngestRoute } from './ingest/ingest-route';
import { type Ingest, IngestService } from './ingest/ingest-service';
import { csvBodyParser } from './ingest/parse-csv';
import { withLiveShipments } from './live-plan';
import { createLogger, type Logger } from './logger';
import { Metrics } from './metrics';
import { registerPressKit } from './press-kit';
import { type CommandSink, runCommand } from './realtime/commands';
import { attachControlNamespace } from './realtime/control-namespace';
import { Frames } from './realtime/frames';
import { attachViewerStream } from './realtime/viewer-stream';
import { ScenarioPlayer } from './sources/scenario-player';
import { MemoryEventStore } from './store/event-store';
import { SqliteEventStore } from './store/sqlite-event-store';

export interface CorridorServerOptions {
  plan: Plan;
  port: number;
  host: string;
  /** Folder of the built display (index.html and assets). */
  clientDir: string;
  /** Wall seconds to play the whole scenario once, unless `rate` is given. */
  loopSeconds: number;
  rate?: number;
  loop: boolean;
  tickMs: number;
  /** The presenter's secret: /control refuses a handshake without it. */
  controlToken: string;
  /** Folder of the durable event log; absent, the log is kept in memory and lost on exit. */
  dataDir?: string;
  /** Bearer token for POST /api/v1/events; generated when absent. */
  ingestToken?: string;
  /** Live mode: the wall clock at normal speed, with the plan (if any) as what live events override. */
  live?: boolean;
  /** Largest ingest body in bytes (default 4 MiB). */
  ingestMaxBytes?: number;
  /** A node of a cluster on this Redis (`redis://host:port`) instead of one process on its own. */
  redisUrl?: string;
  /** This node's name in the cluster (default: host name and process id). */
  node?: string;
  /** The server's log (default: JSON lines on stdout at LOG_LEVEL). */
  log?: Logger;
  /** Who may frame the display (CSP frame-ancestors; default any). The control page: nobody. */
  frameAncestors?: readonly string[];
  /** Origins besides the page's own that may open a control page. */
  controlOrigins?: readonly string[];
  /** Wrong tokens per address before a lock-out, and the lock-out's window in seconds. */
  signIn?: { failures: number; windowSeconds: number };
  /** Ingest requests per address and minute. */
  ingestPerMinute?: number;
  /** A request not arrived whole by then is cut off (default 30 s). */
  requestTimeoutMs?: number;
  /** Feeds this node polls (ADS-B receivers, OpenSky, GPS trackers): `--feed FORMAT=URL`. */
  feeds?: readonly PolledFeed[];
}

/**
 * socket.io types a server, not each of its namespaces: every `io.of()` carries these maps, so
 * /display's namespace is typed as if displays could send the presenter's commands until
 * attachViewerStream narrows it back (at run time they are refused).
 */
export type CorridorIo = Server<ControlClientToServer, DisplayServerToClient, ClusterEvents>;

export interface CorridorServer {
  url: string;
  port: number;
  corridor: Corridor;
  /** The player of the scenario: this process's, or in a cluster the node's while it plays. */
  readonly player: ScenarioPlayer;
  io: CorridorIo;
  /** The log of what live feeds sent: durable on its own; in a cluster, this node's index of Redis's. */
  log: SqliteEventStore;
  ingest: Ingest;
  ingestToken: string;
  cluster: ClusterNode | undefined;
  metrics: Metrics;
  close(): Promise<void>;
}

/** What differs between one process on its own and a node of a cluster. */
export interface Engine {
  player: () => ScenarioPlayer;
  send: CommandSink;
  ingest: Ingest;
  /** Whether this node's data is current (heartbeats say so). */
  current: () => boolean;
  health: () => Promise<Record<string, unknown>>;
  cluster?: ClusterNode;
  close(): Promise<void>;
}

export async function startCorridorServer(options: CorridorServerOptions): Promise<CorridorServer> {
  const clustered = options.redisUrl !== undefined;
  // In a cluster the feeds' log is Redis's: this node keeps an index of it in memory.
  const log = SqliteEventStore.open(clustered ? null : (options.dataDir ?? null));
  const plan = clustered ? options.plan : withLiveShipments(options.plan, log);
  const rate = options.rate ?? (plan.end - plan.start) / (options.loopSeconds * 1000);
  const now = Date.now();
  const clock: ClockState = options.live
    ? { anchorScenario: now, anchorWall: now, rate: 1, paused: false }
    : { anchorScenario: plan.start, anchorWall: now, rate, paused: false };
  const logger = options.log ?? createLogger();
  const metrics = new Metrics();
  // What screens are sent, numbered per run; the durable log holds what feeds sent.
  const store = new MemoryEventStore();
  const corridor = new Corridor(plan, store, clock, options.tickMs, Date.now, logger);

  // A request that has not arrived whole in 30 s is cut off (slowloris); bodies are bounded apart.
  // Node looks for such requests every 30 s by default, which lets one hold on for a minute.
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const app = Fastify({
    loggerInstance: logger,
    requestTimeout,
    http: { connectionsCheckingInterval: Math.min(5000, requestTimeout / 2) },
  });
  await registerSecurityHeaders(app, options.frameAncestors ?? ['*']);
  const io: CorridorIo = new Server(app.server, {
    serveClient: false,
    // A screen that stops answering (or reading) is let go within 20 s, not Socket.IO's 45.
    pingInterval: 10_000,
    pingTimeout: 10_000,
    // A revoked token must not survive a reconnect: run the middlewares on recovery too.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
  });
  const frames = new Frames(corridor);
  const makePlayer = () =>
    new ScenarioPlayer(corridor, {
      tickMs: options.tickMs,
      loop: options.loop,
      live: options.live ?? false,
      feed: log,
    });
  const engine: Engine =
    options.redisUrl !== undefined
      ? await startCluster(
          { ...options, redisUrl: options.redisUrl, log: logger },
          corridor,
          log,
          io,
          frames,
          makePlayer,
        )
      : alone(corridor, log, makePlayer(), logger);
  const build = new ServedBuild(options.clientDir);
  const feeds = startFeeds(options.feeds ?? [], {
    plan: () => corridor.plan,
    ingest: engine.ingest,
    log: logger,
  });
  const stream = attachViewerStream(io, {
    corridor,
    frames,
    metrics,
    log: logger,
    current: engine.current,
    build: () => build.current(),
    delayedFeeds: () => feeds.delayed(),
    ...(feeds.names.length && { feeds: () => feeds.names }),
  });
  if (engine.cluster) engine.cluster.stream = stream;
  await registerRoutes(app, corridor, io, options.clientDir, build, async () => ({
    ...(await engine.health()),
    ...(options.feeds?.length && { feeds: feeds.health() }),
  }));
  app.get('/metrics', async (_request, reply) => {
    metrics.logEvents.set(log.head);
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  const guard = new SignInGuard(options.signIn?.failures, options.signIn?.windowSeconds);
  attachControlNamespace(io, {
    corridor,
    send: engine.send,
    token: options.controlToken,
    live: options.live ?? false,
    guard,
    origins: options.controlOrigins ?? [],
    metrics,
    log: logger,
  });
  await registerPressKit(app, { corridor, feed: log, options });
  const ingestToken = options.ingestToken ?? generateToken();
  await registerIngestRoute(app, engine.ingest, {
    token: ingestToken,
    maxBytes: options.ingestMaxBytes ?? 4 * 1024 * 1024,
    maxEvents: 10_000,
    parseCsv: csvBodyParser(() => corridor.plan),
    guard,
    perMinute: options.ingestPerMinute ?? 6000,
    metrics,
    more: feedRoutes(engine.ingest, () => corridor.plan),
  });

  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    port,
    corridor,
    get player() {
      return engine.player();
    },
    io,
    log,
    ingest: engine.ingest,
    ingestToken,
    cluster: engine.cluster,
    metrics,
    async close() {
      feeds.stop();
      stream.detach();
      io.disconnectSockets(true);
      // Keep-alive connections of feeds (Fastify keeps them 72 s) would hold the close that long;
      // a batch cut off here was not acknowledged, and resending it is safe.
      app.server.closeAllConnections();
      // The adapter stops using Redis before the engine lets go of it.
      await io.close();
      await engine.close();
      await app.close().catch(() => undefined);
      store.close();
      log.close();
    },
  };
}

/** One process on its own: it plays the scenario and its log is the SQLite file. */
function alone(corridor: Corridor, log: SqliteEventStore, player: ScenarioPlayer, logger: Logger): Engine {
  player.start();
  return {
    player: () => player,
    send: (command) => runCommand(player, corridor, command),
    ingest: new IngestService(corridor, log, player, Date.now, logger),
    current: () => true,
    health: async () => ({}),
    async close() {
      player.stop();
    },
  };
}
