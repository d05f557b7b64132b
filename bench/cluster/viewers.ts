/**
 * The screens of the cluster bench, in their own process: socket.io-clients spread over the
 * nodes, each recording how long after the player's tick its positions frame arrived. The tick's
 * wall time is the frame's scenario time through the clock of the snapshot (one machine, one clock).
 */
import { io, type Socket } from 'socket.io-client';
import type { ClockState } from '../../core/clock';
import type { DisplayServerToClient, PositionsFrame } from '../../core/protocol';

export type ToViewers =
  | { type: 'connect'; urls: string[]; count: number }
  | { type: 'report' }
  | { type: 'close' };
export type FromViewers =
  | { type: 'connected' }
  | { type: 'report'; latencies: number[]; frames: number }
  | { type: 'closed' };

const send = (message: FromViewers) => process.send?.(message);
const sockets: Socket<DisplayServerToClient>[] = [];
let latencies: number[] = [];
let frames = 0;

/** The wall time at which the clock showed scenario time t. */
const wallAt = (clock: ClockState, t: number) => clock.anchorWall + (t - clock.anchorScenario) / clock.rate;

function connect(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket: Socket<DisplayServerToClient> = io(`${url}/display`, { transports: ['websocket'] });
    let clock: ClockState | undefined;
    socket.on('snapshot', (snapshot) => {
      clock = snapshot.clock;
      resolve();
    });
    socket.on('update', (update) => {
      if (update.event.type === 'clock') clock = update.event.clock;
    });
    socket.on('positions', (frame: PositionsFrame) => {
      frames++;
      if (clock && !clock.paused) latencies.push(Date.now() - wallAt(clock, frame.t));
    });
    socket.once('connect_error', reject);
    sockets.push(socket);
  });
}

process.on('message', async (message: ToViewers) => {
  if (message.type === 'connect') {
    // A few at a time: a burst of hundreds of handshakes would measure the accept queue.
    for (let i = 0; i < message.count; i += 50) {
      const batch = Array.from({ length: Math.min(50, message.count - i) }, (_, j) =>
        connect(message.urls[(i + j) % message.urls.length] as string),
      );
      await Promise.all(batch);
    }
    send({ type: 'connected' });
  } else if (message.type === 'report') {
    send({ type: 'report', latencies, frames });
    latencies = [];
    frames = 0;
  } else {
    for (const socket of sockets.splice(0)) socket.disconnect();
    send({ type: 'closed' });
  }
});
