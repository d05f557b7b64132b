import Fastify from 'fastify';
import { Server } from 'socket.io';
import type { ClockState } from '../core/clock';
import type { Plan } from '../core/scenario';
import { Corridor } from './corridor';
import { registerRoutes } from './http/routes';
import { attachControlNamespace } from './realtime/control-namespace';
import { attachViewerStream } from './realtime/display-namespace';
import { ScenarioPlayer } from './sources/scenario-player';
import { MemoryEventStore } from './store/event-store';

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
}

export interface CorridorServer {
  url: string;
  port: number;
  corridor: Corridor;
  player: ScenarioPlayer;
  io: Server;
  close(): Promise<void>;
}

export async function startCorridorServer(options: CorridorServerOptions): Promise<CorridorServer> {
  const { plan } = options;
  const rate = options.rate ?? (plan.end - plan.start) / (options.loopSeconds * 1000);
  const clock: ClockState = { anchorScenario: plan.start, anchorWall: Date.now(), rate, paused: false };
  const store = new MemoryEventStore();
  const corridor = new Corridor(plan, store, clock, options.tickMs);

  const app = Fastify({ logger: false });
  const io = new Server(app.server, {
    serveClient: false,
    // A revoked token must not survive a reconnect: run the middlewares on recovery too.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
  });
  await registerRoutes(app, corridor, io, options.clientDir);
  const detach = attachViewerStream(io, corridor);
  const player = new ScenarioPlayer(corridor, { tickMs: options.tickMs, loop: options.loop });
  attachControlNamespace(io, corridor, player, options.controlToken);
  player.start();

  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    port,
    corridor,
    player,
    io,
    async close() {
      player.stop();
      detach();
      io.disconnectSockets(true);
      await io.close();
      await app.close().catch(() => undefined);
      store.close();
    },
  };
}
