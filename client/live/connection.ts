import { io, type Socket } from 'socket.io-client';
import {
  type DelayedFeed,
  DISPLAY_NAMESPACE,
  type DisplayClientToServer,
  type DisplayServerToClient,
  type Update,
} from '../../core/protocol';
import type { Plan } from '../../core/scenario';
import { ClockSync } from './clock-sync';
import type { LiveState } from './live-state';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting';

/** `Emits`: what the page may send on its namespace, the display's events and perhaps more. */
export interface Connection<Emits extends DisplayClientToServer = DisplayClientToServer> {
  readonly socket: Socket<DisplayServerToClient, Emits>;
  readonly clock: ClockSync;
  readonly state: () => ConnectionState;
  readonly snapshots: () => number;
  /** Wall time (local) the last message of any kind arrived. */
  readonly lastDataAt: () => number;
  readonly servedBuild: () => string | null | undefined;
  /** Feeds the last heartbeat said have gone silent. */
  readonly delayedFeeds: () => readonly DelayedFeed[];
  /** The live feeds the server polls, as its last snapshot said. */
  readonly feeds: () => readonly string[];
}

async function fetchPlan(version: string): Promise<Plan> {
  const response = await fetch(`${import.meta.env.BASE_URL}api/v1/plan/${encodeURIComponent(version)}`);
  if (!response.ok) throw new Error(`plan ${version}: ${response.status}`);
  return (await response.json()) as Plan;
}

// Often enough that a screen whose main thread is busy drawing still meets a quick round trip soon.
const PING_EVERY_MS = 3000;

/**
 * Joins /display and keeps the live state current. Handlers are registered once, here, never
 * inside `connect`, so a reconnect cannot duplicate them.
 */
export function connectLive<Emits extends DisplayClientToServer = DisplayClientToServer>(
  live: LiveState,
  onChange: (state: ConnectionState) => void = () => undefined,
  namespace = DISPLAY_NAMESPACE,
  auth?: Record<string, string>,
): Connection<Emits> {
  // io() returns an untyped socket: the caller says which events its namespace takes.
  const page: Socket<DisplayServerToClient, Emits> = io(namespace, {
    transports: ['websocket', 'polling'],
    // Read at every (re)connection: how far this screen got, so another node answers from as far.
    auth: (send) => send({ ...auth, seq: live.state?.updateSeq ?? 0 }),
  });
  // This function sends only the display's events, which TypeScript cannot look up on `Emits`.
  const socket: Socket<DisplayServerToClient, DisplayClientToServer> = page;
  const clock = new ClockSync();
  let state: ConnectionState = 'connecting';
  let snapshots = 0;
  let awaitingSnapshot = true;
  let lastDataAt = Date.now();
  let servedBuild: string | null | undefined;
  let delayedFeeds: readonly DelayedFeed[] = [];
  let feedsNamed: readonly string[] = [];
  socket.onAny(() => {
    lastDataAt = Date.now();
  });
  const set = (next: ConnectionState) => {
    state = next;
    onChange(next);
  };

  const ping = () => {
    if (!socket.connected) return;
    const sentAt = Date.now();
    socket.timeout(5000).emit('time:ping', (error, serverTime) => {
      if (!error) clock.addSample(sentAt, serverTime, Date.now());
    });
  };
  setInterval(ping, PING_EVERY_MS);

  socket.on('connect', () => {
    clock.reset();
    for (let i = 0; i < 6; i++) setTimeout(ping, i * 200);
  });
  socket.on('disconnect', (reason) => {
    set('reconnecting');
    // Let go by the server (over a budget, too slow): Socket.IO's client does not come back by
    // itself from that; a screen on a wall must, a little later and not all at once.
    if (reason === 'io server disconnect') setTimeout(() => socket.connect(), 5000 + Math.random() * 5000);
  });
  const loaded = () => {
    snapshots++;
    awaitingSnapshot = false;
    set('live');
  };
  let fetching: string | undefined;
  let early: Update[] = [];
  socket.on('snapshot', (snapshot) => {
    clock.roughly(snapshot.serverTime);
    servedBuild = snapshot.build;
    // Kept as it was where the list is unchanged: the HUD redraws its line only for a new one.
    if (JSON.stringify(snapshot.feeds ?? []) !== JSON.stringify(feedsNamed))
      feedsNamed = snapshot.feeds ?? [];
    if (live.load(snapshot)) return loaded();
    // A plan this screen does not have: fetched once per version over HTTP, however often it
    // reconnects; the snapshots on the socket carry only the state.
    if (fetching === snapshot.planVersion) return;
    fetching = snapshot.planVersion;
    fetchPlan(snapshot.planVersion)
      .then((plan) => {
        if (!live.load({ ...snapshot, plan })) return socket.emit('resync');
        loaded();
        const missed = early.filter((update) => update.seq > snapshot.updateSeq);
        if (!missed.every((update) => live.applyUpdate(update))) {
          awaitingSnapshot = true;
          socket.emit('resync');
        }
      })
      // The plan changed meanwhile, or the server is away: a new snapshot says which plan now.
      .catch(() => setTimeout(() => socket.emit('resync'), 1000))
      .finally(() => {
        fetching = undefined;
        early = [];
      });
  });
  socket.on('update', (update) => {
    // Updates that come while the plan is fetched follow the snapshot: kept, applied once it is loaded.
    if (awaitingSnapshot && fetching !== undefined && early.length < 1000) early.push(update);
    if (awaitingSnapshot) return;
    if (!live.applyUpdate(update)) {
      awaitingSnapshot = true;
      socket.emit('resync');
    }
  });
  socket.on('heartbeat', (beat) => {
    delayedFeeds = beat.delayed ?? [];
  });
  socket.on('positions', (frame) => {
    if (!awaitingSnapshot) live.applyPositions(frame);
  });

  return {
    socket: page,
    clock,
    state: () => state,
    snapshots: () => snapshots,
    lastDataAt: () => lastDataAt,
    servedBuild: () => servedBuild,
    delayedFeeds: () => delayedFeeds,
    feeds: () => feedsNamed,
  };
}
