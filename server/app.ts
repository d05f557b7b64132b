import Fastify from 'fastify';
import { Server } from 'socket.io';
import type { ClockState } from '../core/clock';
import type { ControlClientToServer, DisplayServerToClient } from '../core/protocol';
import type { Plan } from '../core/scenario';
import { generateToken } from './auth/token';
import { Corridor } from './corridor';
import { registerRoutes } from './http/routes';
import { registerIngestRoute } from './ingest/ingest-route';
import { IngestService } from './ingest/ingest-service';
import { csvBodyParser } from './ingest/parse-csv';
import { withLiveShipments } from './live-plan';
import { registerPressKit } from './press-kit';
import { attachControlNamespace } from './realtime/control-namespace';
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
}

/**
 * socket.io types a server, not each of its namespaces: every `io.of()` carries these maps, so
 * /display's namespace is typed as if displays could send the presenter's commands until
 * attachViewerStream narrows it back (at run time they are refused).
 */
export type CorridorIo = Server<ControlClientToServer, DisplayServerToClient>;

export interface CorridorServer {
  url: string;
  port: number;
  corridor: Corridor;
  player: ScenarioPlayer;
  io: CorridorIo;
  /** The durable log of what live feeds sent. */
  log: SqliteEventStore;
  ingest: IngestService;
  ingestToken: string;
  close(): Promise<void>;
}

export async function startCorridorServer(options: CorridorServerOptions): Promise<CorridorServer> {
  const log = SqliteEventStore.open(options.dataDir ?? null);
  const plan = withLiveShipments(options.plan, log);
  const rate = options.rate ?? (plan.end - plan.start) / (options.loopSeconds * 1000);
  const now = Date.now();
  const clock: ClockState = options.live
    ? { anchorScenario: now, anchorWall: now, rate: 1, paused: false }
    : { anchorScenario: plan.start, anchorWall: now, rate, paused: false };
  // What screens are sent, numbered per run; the durable log holds what feeds sent.
  const store = new MemoryEventStore();
  const corridor = new Corridor(plan, store, clock, options.tickMs);

  const app = Fastify({ logger: false });
  const io = new Server<ControlClientToServer, DisplayServerToClient>(app.server, {
    serveClient: false,
    // A revoked token must not survive a reconnect: run the middlewares on recovery too.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
  });
  await registerRoutes(app, corridor, io, options.clientDir);
  await registerPressKit(app, { corridor, feed: log, options });
  const detach = attachViewerStream(io, corridor);
  const player = new ScenarioPlayer(corridor, {
    tickMs: options.tickMs,
    loop: options.loop,
    live: options.live ?? false,
    feed: log,
  });
  attachControlNamespace(io, corridor, player, options.controlToken);
  player.start();
  const ingest = new IngestService(corridor, log, player);
  const ingestToken = options.ingestToken ?? generateToken();
  await registerIngestRoute(app, ingest, {
    token: ingestToken,
    maxBytes: options.ingestMaxBytes ?? 4 * 1024 * 1024,
    maxEvents: 10_000,
    parseCsv: csvBodyParser(() => corridor.plan),
  });

  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    port,
    corridor,
    player,
    io,
    log,
    ingest,
    ingestToken,
    async close() {
      player.stop();
      detach();
      io.disconnectSockets(true);
      // Keep-alive connections of feeds (Fastify keeps them 72 s) would hold the close that long;
      // a batch cut off here was not acknowledged, and resending it is safe.
      app.server.closeAllConnections();
      await io.close();
      await app.close().catch(() => undefined);
      store.close();
      log.close();
    },
  };
}
