import type { Namespace, Socket } from 'socket.io';
import { isVolatile } from '../../core/events';
import {
  CONTROL_EVENTS,
  CONTROL_NAMESPACE,
  type DelayedFeed,
  DISPLAY_NAMESPACE,
  type DisplayClientToServer,
  type DisplayServerToClient,
  type Update,
} from '../../core/protocol';
import type { CorridorIo } from '../app';
import type { Corridor } from '../corridor';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { Budget, SCREEN_BUDGETS } from './budgets';
import type { Frames } from './frames';
import { SLOW, SlowScreens } from './slow-screens';
import { SnapshotQueue } from './snapshot-queue';

type Viewers = Namespace<DisplayClientToServer, DisplayServerToClient>;
type Viewer = Socket<DisplayClientToServer, DisplayServerToClient>;

export interface ViewerStream {
  /** Every screen of this node gets a fresh snapshot: after the state was folded again. */
  resendSnapshots(): void;
  detach(): void;
}

export interface ViewerStreamOptions {
  corridor: Corridor;
  frames: Frames;
  metrics: Metrics;
  log: Logger;
  /** Whether this node's data is current: a node that is not sends no heartbeats. */
  current?: () => boolean;
  /** The feeds this node polls, named in every snapshot (the legend says where positions come from). */
  feeds?: () => string[];
  /** Feeds gone silent on this node, told in every heartbeat. */
  delayedFeeds?: () => DelayedFeed[];
  /** The display build this node serves, told in every snapshot. */
  build?: () => string | null;
}

/**
 * Screens of both namespaces get the same stream: a snapshot first, then every update in
 * sequence order; position frames and heartbeats are volatile, since the next one supersedes them.
 * Each node sends to its own screens only (`local`): in a cluster every node folds the same log.
 * Heartbeats say the data is current: a node that is not sends none, and its screens say their
 * data is delayed. What a screen sends is budgeted: over budget it is dropped, and a screen that
 * keeps pushing is let go; a screen that does not read gets no frames, then is let go too.
 */
export function attachViewerStream(io: CorridorIo, options: ViewerStreamOptions): ViewerStream {
  const { corridor, frames, metrics, log } = options;
  const current = options.current ?? (() => true);
  // Typed with the display's events only: they are all this stream handles, on either namespace.
  const displays: Viewers = io.of(DISPLAY_NAMESPACE);
  const namespaces: Viewers[] = [displays, io.of(CONTROL_NAMESPACE)];
  const snapshots = new SnapshotQueue(
    corridor,
    (n) => metrics.sent.inc({ event: 'snapshot' }, n),
    () => ({ build: options.build?.() ?? null, ...(options.feeds && { feeds: options.feeds() }) }),
  );
  const budgets = {
    resync: new Budget(SCREEN_BUDGETS.resync.points, SCREEN_BUDGETS.resync.seconds),
    ping: new Budget(SCREEN_BUDGETS.ping.points, SCREEN_BUDGETS.ping.seconds),
    strikes: new Budget(SCREEN_BUDGETS.strikes.points, SCREEN_BUDGETS.strikes.seconds),
  };
  const refuse = refusals(metrics, log, budgets.strikes);
  const slow = new SlowScreens(namespaces, (reason) => refuse.count(reason));

  for (const nsp of namespaces) {
    nsp.on('connection', (socket) => {
      if (!socket.recovered) {
        // A screen that comes from another node of a cluster says how far it got there: this
        // node answers once its own fold is as far, so that the screen never steps back.
        const seen = Number((socket.handshake.auth as { seq?: unknown } | undefined)?.seq);
        void caughtUp(corridor, Number.isSafeInteger(seen) ? seen : 0, 2000).then(() =>
          snapshots.request(nsp, socket.id),
        );
      }
      socket.on('resync', async () => {
        metrics.resyncs.inc();
        if (!(await budgets.resync.spend(socket.id))) return refuse.strike(socket, 'resync_over_budget');
        snapshots.request(nsp, socket.id);
      });
      socket.on('time:ping', async (ack) => {
        if (typeof ack !== 'function') return;
        if (await budgets.ping.spend(socket.id)) ack(Date.now());
        else refuse.strike(socket, 'ping_over_budget');
      });
    });
  }
  refuseControlFromDisplays(displays, refuse);

  metrics.screensNow = () => Object.fromEntries(namespaces.map((nsp) => [nsp.name, nsp.sockets.size]));
  const heartbeat = setInterval(() => {
    if (!current()) return;
    const delayed = options.delayedFeeds?.() ?? [];
    const beat = { seq: corridor.state.seq, serverTime: Date.now(), ...(delayed.length && { delayed }) };
    for (const nsp of namespaces) nsp.local.volatile.emit('heartbeat', beat);
  }, corridor.tickMs);
  const detach = corridor.onEntry((entry, prev) => {
    if (isVolatile(entry.event)) {
      // An emit encodes even for a namespace nobody is on: skip those.
      const watched = namespaces.reduce((n, nsp) => n + nsp.sockets.size, 0);
      if (!watched) return;
      const behind = slow.check();
      const frame = frames.of(entry, entry.event);
      for (const nsp of namespaces)
        if (nsp.sockets.size) nsp.local.volatile.except(SLOW).emit('positions', frame);
      metrics.sent.inc({ event: 'positions' }, watched - behind);
      metrics.bytes.inc(frame.b.length * (watched - behind));
      metrics.dropped.inc(behind);
    } else {
      const update: Update = { seq: entry.seq, prev, event: entry.event };
      for (const nsp of namespaces) {
        nsp.local.emit('update', update);
        metrics.sent.inc({ event: 'update' }, nsp.sockets.size);
      }
    }
  });
  return {
    resendSnapshots() {
      for (const nsp of namespaces) for (const id of nsp.sockets.keys()) snapshots.request(nsp, id);
    },
    detach() {
      clearInterval(heartbeat);
      detach();
    },
  };
}

/**
 * What is refused is counted in the metrics, logged once per screen per minute, and a screen
 * whose strikes run out is disconnected: a flood costs its sender, not the other screens.
 */
function refusals(metrics: Metrics, log: Logger, strikes: Budget) {
  const logged = new Budget(1, 60);
  return {
    count(reason: string) {
      metrics.refusals.inc({ reason });
    },
    async strike(socket: Viewer, reason: string) {
      metrics.refusals.inc({ reason });
      if (await logged.spend(`${socket.id} ${reason}`))
        log.warn({ socket: socket.id, address: socket.handshake.address, reason }, 'screen over its budget');
      if (!(await strikes.spend(socket.id)) && socket.connected) {
        log.warn(
          { socket: socket.id, address: socket.handshake.address, reason },
          'screen let go: it kept pushing',
        );
        metrics.refusals.inc({ reason: 'disconnected' });
        socket.disconnect(true);
      }
    },
  };
}

/** Resolves once the state has folded the update `seq` (at once if it has), or after `timeoutMs`. */
function caughtUp(corridor: Corridor, seq: number, timeoutMs: number): Promise<void> {
  if (corridor.state.updateSeq >= seq) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stop();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    const stop = corridor.onEntry(() => {
      if (corridor.state.updateSeq >= seq) done();
    });
  });
}

/** A display can change nothing: a control command from one is answered with an error and struck. */
function refuseControlFromDisplays(displays: Viewers, refuse: ReturnType<typeof refusals>) {
  const commands = new Set<string>(CONTROL_EVENTS);
  displays.on('connection', (socket) => {
    socket.onAny((event: unknown, ...args: unknown[]) => {
      if (typeof event !== 'string' || !commands.has(event)) return;
      const ack = args[args.length - 1];
      if (typeof ack === 'function') ack({ ok: false, error: `"${event}" refused: displays cannot control` });
      void refuse.strike(socket, 'control_from_display');
    });
  });
}
