import type { Namespace, Socket } from 'socket.io';

/** The room of screens that get no positions frames until they have read what they were sent. */
export const SLOW = 'slow-screens';

export const SLOW_LIMITS = {
  /** Bytes queued for a screen beyond which it is sent no more frames (the next one supersedes them). */
  skipFramesAbove: 1024 * 1024,
  /** Bytes queued beyond which the screen is let go: it reconnects, or it was never reading. */
  dropAbove: 8 * 1024 * 1024,
  /** How long a screen may stay slow before it is let go. */
  patienceMs: 30_000,
};

/** Bytes the server holds for one screen: its engine's write buffer and its WebSocket's. */
export function queuedBytes(socket: Socket): number {
  const conn = socket.conn as unknown as {
    writeBuffer?: { data?: unknown }[];
    transport?: { socket?: { bufferedAmount?: unknown } };
  };
  // engine.io keeps these as internals: read them defensively, a missing one counts as empty.
  const buffered = conn.transport?.socket?.bufferedAmount;
  let bytes = typeof buffered === 'number' ? buffered : 0;
  for (const packet of conn.writeBuffer ?? [])
    if (typeof packet.data === 'string') bytes += packet.data.length;
  return bytes;
}

/**
 * What a slow screen may cost: past a megabyte queued it is sent no frames, past eight, or slow for
 * 30 s, it is disconnected. So memory per screen stays bounded whatever the screen does.
 */
export class SlowScreens {
  private readonly since = new Map<string, number>();

  constructor(
    private readonly namespaces: readonly Namespace[],
    private readonly onDropped: (reason: string) => void,
    private readonly limits = SLOW_LIMITS,
  ) {}

  /** Once a tick, before the frame goes out. */
  check(now = Date.now()): number {
    let slow = 0;
    for (const nsp of this.namespaces)
      for (const socket of nsp.sockets.values()) {
        const queued = queuedBytes(socket);
        if (queued <= this.limits.skipFramesAbove) {
          if (this.since.delete(socket.id)) socket.leave(SLOW);
          continue;
        }
        slow++;
        const since = this.since.get(socket.id) ?? now;
        this.since.set(socket.id, since);
        socket.join(SLOW);
        if (queued > this.limits.dropAbove || now - since > this.limits.patienceMs) {
          this.since.delete(socket.id);
          this.onDropped(queued > this.limits.dropAbove ? 'queue_full' : 'slow');
          socket.disconnect(true);
        }
      }
    for (const id of this.since.keys())
      if (!this.namespaces.some((nsp) => nsp.sockets.has(id))) this.since.delete(id);
    return slow;
  }
}
