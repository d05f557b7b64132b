import type { DelayedFeed } from '../../core/protocol';
import type { Connection, ConnectionState } from './connection';

/**
 * Where a screen's state comes from and what time it is on the server: the live socket, or an
 * exporter that hands the page one scenario time after another (client/export).
 */
export interface Feed {
  state(): ConnectionState;
  /** The server's wall time at a local wall time (default now). */
  serverNow(localWall?: number): number;
  /** Local wall time the last message arrived: a screen that hears nothing says its data is delayed. */
  lastDataAt(): number;
  snapshots(): number;
  /** Round trip of the clock sample trusted; the offset is good to half of it. */
  clockRtt(): number;
  /** Live feeds gone silent, as the server's last heartbeat said. */
  delayedFeeds(): readonly DelayedFeed[];
  /** The live feeds the server polls: the legend names them. */
  feeds(): readonly string[];
  /** The display build the server serves, as its last snapshot said. */
  servedBuild(): string | null | undefined;
  /** Socket handlers per event: stays 1 however often the screen reconnects. */
  handlerCounts(): Record<string, number>;
}

const EVENTS = ['snapshot', 'update', 'positions', 'heartbeat', 'connect', 'disconnect'] as const;

export function socketFeed(connection: Connection): Feed {
  return {
    state: connection.state,
    serverNow: (localWall) => connection.clock.serverNow(localWall),
    lastDataAt: connection.lastDataAt,
    snapshots: connection.snapshots,
    clockRtt: () => connection.clock.rtt,
    servedBuild: connection.servedBuild,
    delayedFeeds: connection.delayedFeeds,
    feeds: connection.feeds,
    handlerCounts: () => Object.fromEntries(EVENTS.map((e) => [e, connection.socket.listeners(e).length])),
  };
}
