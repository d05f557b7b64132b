import type { Namespace } from 'socket.io';
import { isVolatile } from '../../core/events';
import {
  CONTROL_EVENTS,
  CONTROL_NAMESPACE,
  DISPLAY_NAMESPACE,
  type DisplayClientToServer,
  type DisplayServerToClient,
  type Update,
} from '../../core/protocol';
import type { CorridorIo } from '../app';
import type { Corridor } from '../corridor';
import type { Frames } from './frames';

type Viewers = Namespace<DisplayClientToServer, DisplayServerToClient>;

export interface ViewerStream {
  /** Every screen of this node gets a fresh snapshot: after the state was folded again. */
  resendSnapshots(): void;
  detach(): void;
}

/**
 * Screens of both namespaces get the same stream: a snapshot first, then every update in
 * sequence order; position frames and heartbeats are volatile, since the next one supersedes them.
 * Each node sends to its own screens only (`local`): in a cluster every node folds the same log.
 * Heartbeats say the data is current: a node that is not (`current()` false) sends none, and
 * its screens say their data is delayed.
 */
export function attachViewerStream(
  io: CorridorIo,
  corridor: Corridor,
  frames: Frames,
  current: () => boolean = () => true,
): ViewerStream {
  // Typed with the display's events only: they are all this stream handles, on either namespace.
  const displays: Viewers = io.of(DISPLAY_NAMESPACE);
  const namespaces: Viewers[] = [displays, io.of(CONTROL_NAMESPACE)];

  for (const nsp of namespaces) {
    nsp.on('connection', (socket) => {
      if (!socket.recovered) socket.emit('snapshot', corridor.snapshot());
      socket.on('resync', () => socket.emit('snapshot', corridor.snapshot()));
      socket.on('time:ping', (ack) => {
        if (typeof ack === 'function') ack(Date.now());
      });
    });
  }
  refuseControlFromDisplays(displays);

  const heartbeat = setInterval(() => {
    if (!current()) return;
    const beat = { seq: corridor.state.seq, serverTime: Date.now() };
    for (const nsp of namespaces) nsp.local.volatile.emit('heartbeat', beat);
  }, corridor.tickMs);
  const detach = corridor.onEntry((entry, prev) => {
    if (isVolatile(entry.event)) {
      // An emit encodes even for a namespace nobody is on: skip those.
      if (!namespaces.some((nsp) => nsp.sockets.size)) return;
      const frame = frames.of(entry, entry.event);
      for (const nsp of namespaces) if (nsp.sockets.size) nsp.local.volatile.emit('positions', frame);
    } else {
      const update: Update = { seq: entry.seq, prev, event: entry.event };
      for (const nsp of namespaces) nsp.local.emit('update', update);
    }
  });
  return {
    resendSnapshots() {
      const snapshot = corridor.snapshot();
      for (const nsp of namespaces) nsp.local.emit('snapshot', snapshot);
    },
    detach() {
      clearInterval(heartbeat);
      detach();
    },
  };
}

/** A display can change nothing: a control command from one is answered with an error and logged. */
function refuseControlFromDisplays(displays: Viewers) {
  const commands = new Set<string>(CONTROL_EVENTS);
  displays.on('connection', (socket) => {
    socket.onAny((event: unknown, ...args: unknown[]) => {
      if (typeof event !== 'string' || !commands.has(event)) return;
      console.warn(
        `refused "${event}" from display ${socket.id} (${socket.handshake.address}): displays cannot control`,
      );
      const ack = args[args.length - 1];
      if (typeof ack === 'function') ack({ ok: false, error: `"${event}" refused: displays cannot control` });
    });
  });
}
