import type { Namespace, Server } from 'socket.io';
import { isVolatile } from '../../core/events';
import {
  DISPLAY_NAMESPACE,
  type DisplayClientToServer,
  type DisplayServerToClient,
  encodePositions,
  type Update,
} from '../../core/protocol';
import type { Corridor } from '../corridor';

/**
 * `/display`: read-only viewers. A joining screen gets a snapshot first, then every update in
 * sequence order; position frames are volatile, since the next one supersedes them.
 */
export function attachDisplayNamespace(io: Server, corridor: Corridor): () => void {
  const displays = io.of(DISPLAY_NAMESPACE) as Namespace<DisplayClientToServer, DisplayServerToClient>;
  // Frames address legs by index in the plan; a live feed can add legs, so follow the plan.
  let indexed = corridor.plan;
  let legIndex = new Map(indexed.legs.map((leg, i) => [leg.id, i]));

  displays.on('connection', (socket) => {
    if (!socket.recovered) socket.emit('snapshot', corridor.snapshot());
    socket.on('resync', () => socket.emit('snapshot', corridor.snapshot()));
    socket.on('time:ping', (ack) => {
      if (typeof ack === 'function') ack(Date.now());
    });
  });

  return corridor.onEntry((entry, prev) => {
    if (isVolatile(entry.event)) {
      if (indexed !== corridor.plan) {
        indexed = corridor.plan;
        legIndex = new Map(indexed.legs.map((leg, i) => [leg.id, i]));
      }
      displays.volatile.emit('positions', encodePositions(entry.seq, entry.event, legIndex));
    } else {
      const update: Update = { seq: entry.seq, prev, event: entry.event };
      displays.emit('update', update);
    }
  });
}
