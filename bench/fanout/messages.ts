/** `io`: socket.io-client on a namespace; `ws`: a plain WebSocket reading text frames. */
export type ClientKind = 'io' | 'ws';

export type ToClients =
  | { type: 'connect'; kind: ClientKind; url: string; count: number; awaitSnapshot: boolean; plan?: string }
  | { type: 'report' }
  | { type: 'close' };

export type FromClients =
  | { type: 'connected' }
  | { type: 'tick'; tick: number }
  | { type: 'arrivals'; arrivals: [tick: number, times: number[]][] }
  | { type: 'closed' };

/**
 * The tick id a client reads from what it received: every variant carries it as `seq` (the
 * product's frame) or `tick`, and the raw WebSocket clients parse the whole text like
 * socket.io-client does, so both sides of a comparison do the same work.
 */
export function tickOf(message: unknown): number {
  if (typeof message === 'string') {
    const json = message.slice(message.indexOf('['));
    return tickOf((JSON.parse(json) as unknown[])[1]);
  }
  if (message && typeof message === 'object') {
    const m = message as { seq?: unknown; tick?: unknown };
    if (typeof m.seq === 'number') return m.seq;
    if (typeof m.tick === 'number') return m.tick;
  }
  return -1;
}
