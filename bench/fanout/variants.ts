/**
 * What sends the ticks in the fan-out bench: the product's real server, and the baselines it is
 * compared with, each behind one small interface so the same clients and loop measure them all.
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Server } from 'socket.io';
import { WebSocketServer } from 'ws';
import { measurePath, pointAlong } from '../../core/geo/polyline';
import type { Plan } from '../../core/scenario';
import { startCorridorServer } from '../../server/app';
import type { ClientKind } from './messages';

export interface Variant {
  name: string;
  kind: ClientKind;
  /** Where the clients connect. */
  url: string;
  /** Wait for the snapshot before a client counts as connected. */
  awaitSnapshot: boolean;
  /** The plan version clients say they have, as screens that joined before do. */
  plan?: string;
  /** Sends one tick to every client; returns its tick id. */
  send(): number;
  /** Bytes one tick puts in each client's WebSocket message. */
  bytesPerTick(): number;
  close(): Promise<void>;
}

/**
 * The product: its server, player, encoder and emit path, ticked by the bench instead of a timer.
 * `wireText` is the text a tick puts on the wire, for its size.
 */
export async function corridorVariant(
  plan: Plan,
  busy: number,
  wireText: (tick: number) => string,
): Promise<Variant> {
  const server = await startCorridorServer({
    plan,
    port: 0,
    host: '127.0.0.1',
    clientDir: mkdtempSync(join(tmpdir(), 'corridor-bench-')),
    loopSeconds: 600,
    rate: 1,
    loop: false,
    // No timer ticks: the bench calls tick() itself.
    tickMs: 2 ** 30,
    controlToken: 'bench-control-token-0123456789',
  });
  server.player.seek(busy);
  let lastFixes = 0;
  server.corridor.onEntry((entry) => {
    if (entry.event.type === 'fixes') lastFixes = entry.seq;
  });
  return {
    name: 'Corridor (Socket.IO, 1 string/tick)',
    kind: 'io',
    url: `${server.url}/display`,
    awaitSnapshot: true,
    plan: server.corridor.planVersion,
    send() {
      server.player.tick();
      return lastFixes;
    },
    bytesPerTick: () => Buffer.byteLength(wireText(lastFixes)),
    close: () => server.close(),
  };
}

async function listen(server: ReturnType<typeof createServer>): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Plain `ws`, sending the text the product puts on the wire, one Buffer for all clients. */
export async function rawWsVariant(wireText: (tick: number) => string): Promise<Variant> {
  const http = createServer();
  const wss = new WebSocketServer({ server: http, perMessageDeflate: false });
  const url = (await listen(http)).replace('http', 'ws');
  let tick = 0;
  let bytes = 0;
  return {
    name: 'raw ws, same bytes',
    kind: 'ws',
    url,
    awaitSnapshot: false,
    send() {
      const data = Buffer.from(wireText(++tick));
      bytes = data.length;
      for (const client of wss.clients) client.send(data, { binary: false });
      return tick;
    },
    bytesPerTick: () => bytes,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise((resolve) => wss.close(resolve));
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

/** What a first version would do: an object per vehicle with its coordinates, as JSON. */
export async function naiveVariant(plan: Plan, busy: number): Promise<Variant> {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  const url = await listen(http);
  const paths = plan.legs.map((leg) => measurePath(leg.path));
  let tick = 0;
  const start = Date.now();
  const vehicles = () => {
    const t = busy + (Date.now() - start);
    return plan.legs.map((leg, i) => {
      const point = pointAlong(
        paths[i] as ReturnType<typeof measurePath>,
        (t - leg.depart) / (leg.arrive - leg.depart),
      );
      const round = (x: number) => Math.round(x * 1e4) / 1e4;
      return {
        id: leg.id,
        mode: leg.mode,
        lon: round(point.lon),
        lat: round(point.lat),
        heading: Math.round(point.heading),
      };
    });
  };
  return {
    name: 'naive Socket.IO JSON (object per vehicle)',
    kind: 'io',
    url,
    awaitSnapshot: false,
    send() {
      io.emit('positions', { tick: ++tick, vehicles: vehicles() });
      return tick;
    },
    bytesPerTick: () =>
      Buffer.byteLength(`42${JSON.stringify(['positions', { tick, vehicles: vehicles() }])}`),
    close: async () => {
      io.disconnectSockets(true);
      await io.close();
    },
  };
}
