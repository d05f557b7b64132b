import type { Namespace } from 'socket.io';
import type { DisplayClientToServer, DisplayServerToClient, Snapshot } from '../../core/protocol';
import type { Corridor } from '../corridor';

type Viewers = Namespace<DisplayClientToServer, DisplayServerToClient>;

/**
 * Snapshots asked for at about the same time are one snapshot, built and encoded once, sent to
 * every screen that asked (a burst of resyncs from a thousand screens, or from one hostile screen,
 * costs one snapshot). A screen waiting for one asks in vain until it has it.
 */
export class SnapshotQueue {
  private readonly waiting = new Map<Viewers, Set<string>>();
  private scheduled = false;

  constructor(
    private readonly corridor: Corridor,
    private readonly onSent: (screens: number) => void = () => undefined,
    /** What the socket's snapshots carry besides the state: the build served, the feeds polled. */
    private readonly extra: () => Pick<Snapshot, 'build' | 'feeds'> = () => ({}),
  ) {}

  /** False where the screen already waits for one. */
  request(nsp: Viewers, socketId: string): boolean {
    let ids = this.waiting.get(nsp);
    if (!ids) {
      ids = new Set();
      this.waiting.set(nsp, ids);
    }
    if (ids.has(socketId)) return false;
    ids.add(socketId);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    return true;
  }

  private flush(): void {
    this.scheduled = false;
    const snapshot = { ...this.corridor.snapshot(), ...this.extra() };
    for (const [nsp, ids] of this.waiting) {
      if (!ids.size) continue;
      // One broadcast to the screens that asked: Socket.IO encodes it once for all of them.
      nsp.local.to([...ids]).emit('snapshot', snapshot);
      this.onSent(ids.size);
      ids.clear();
    }
  }
}
