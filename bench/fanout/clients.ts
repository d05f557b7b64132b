/**
 * The viewers of the fan-out bench, in their own process so that their CPU is not the server's:
 * C real clients (socket.io-client, or plain `ws` for the raw baseline) that read each frame's
 * tick id and record when it arrived. The parent is told as soon as every client has a tick.
 */
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { type ClientKind, type FromClients, type ToClients, tickOf } from './messages';

const now = () => performance.timeOrigin + performance.now();
const send = (message: FromClients) => process.send?.(message);

let arrivals = new Map<number, number[]>();
/** How many clients have each tick or a later one: a later frame supersedes a dropped one. */
let current = new Map<number, number>();
let latest: number[] = [];
let expected = 0;
const closers: (() => void)[] = [];

function arrived(client: number, tick: number) {
  const at = now();
  let times = arrivals.get(tick);
  if (!times) {
    times = [];
    arrivals.set(tick, times);
  }
  times.push(at);
  const previous = latest[client] ?? -1;
  if (tick <= previous) return;
  latest[client] = tick;
  // Ticks between are covered too; the first tick a client sees starts its count.
  for (let t = previous < 0 ? tick : previous + 1; t <= tick; t++) {
    const count = (current.get(t) ?? 0) + 1;
    current.set(t, count);
    if (count === expected) {
      current.delete(t);
      send({ type: 'tick', tick: t });
    }
  }
}

function connectOne(
  client: number,
  kind: ClientKind,
  url: string,
  awaitSnapshot: boolean,
  plan?: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (kind === 'ws') {
      const socket = new WebSocket(url, { perMessageDeflate: false });
      socket.on('message', (data) => arrived(client, tickOf(data.toString())));
      socket.once('open', () => resolve());
      socket.once('error', reject);
      closers.push(() => socket.terminate());
      return;
    }
    const socket: Socket = io(url, {
      transports: ['websocket'],
      reconnection: false,
      ...(plan ? { auth: { plan } } : {}),
    });
    socket.on('positions', (frame: unknown) => {
      arrived(client, tickOf(frame));
    });
    // A display is ready once its snapshot is in: measuring earlier would time the snapshots.
    socket.once(awaitSnapshot ? 'snapshot' : 'connect', () => resolve());
    socket.once('connect_error', reject);
    closers.push(() => socket.disconnect());
  });
}

process.on('message', async (message: ToClients) => {
  if (message.type === 'connect') {
    expected = message.count;
    arrivals = new Map();
    current = new Map();
    latest = [];
    // A few at a time: a burst of hundreds of handshakes would measure the accept queue instead.
    for (let i = 0; i < message.count; i += 50) {
      const batch = Array.from({ length: Math.min(50, message.count - i) }, (_, j) =>
        connectOne(i + j, message.kind, message.url, message.awaitSnapshot, message.plan),
      );
      await Promise.all(batch);
    }
    send({ type: 'connected' });
  } else if (message.type === 'report') {
    send({ type: 'arrivals', arrivals: [...arrivals] });
    arrivals = new Map();
  } else if (message.type === 'close') {
    for (const close of closers.splice(0)) close();
    send({ type: 'closed' });
  }
});
