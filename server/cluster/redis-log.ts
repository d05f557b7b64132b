import { Redis } from 'ioredis';
import type { LogEntry } from '../../core/events';
import type { LiveEvent } from '../../core/ingest/live-event';
import type { Command } from '../realtime/commands';
import { SCRIPTS } from './redis-scripts';
import type { InputReceipt, Lease, LogRecord, SharedLog } from './shared-log';

const KEYS = {
  log: 'corridor:log',
  lease: 'corridor:lease',
  term: 'corridor:term',
  ids: 'corridor:ids',
  counter: 'corridor:feed-seq',
  run: 'corridor:run',
  plan: 'corridor:plan',
};

type Scripts = {
  [K in keyof typeof SCRIPTS]: (...args: (string | number)[]) => Promise<unknown>;
};

/** One stream record as ioredis returns it: [id, [field, value, …]]. */
type Raw = [string, string[]];

function record([id, fields]: Raw): LogRecord | null {
  const kind = fields[fields.indexOf('k') + 1];
  const body = JSON.parse(fields[fields.indexOf('b') + 1] ?? 'null');
  if (kind === 'o') return { kind: 'output', id, entry: body };
  if (kind === 'l') return { kind: 'live', id, events: body.events, seqs: body.seqs, wall: body.wall };
  if (kind === 'c') return { kind: 'command', id, command: body };
  if (kind === 't') return { kind: 'term', id, term: body.term, node: body.node };
  return null;
}

/**
 * The shared log in Redis: a stream for the records, a hash of event ids for de-duplication, a
 * key for the lease. Writes answer once Redis has them, and with `appendfsync always` once they
 * are on its disk (docs/operations.md). Reads block on a connection of their own.
 */
export class RedisLog implements SharedLog {
  private readonly redis: Redis & Scripts;
  private readonly reader: Redis;

  private readonly others: Redis[] = [];

  constructor(private readonly url: string) {
    // Reconnecting within half a second at most: a node that was cut off is current again soon.
    const retryStrategy = (times: number) => Math.min(times * 50, 500);
    const options = {
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      enableOfflineQueue: false,
      retryStrategy,
    };
    this.redis = new Redis(url, options) as Redis & Scripts;
    // A read pending when the connection drops fails at once, so the node knows it is cut off.
    this.reader = new Redis(url, { ...options, maxRetriesPerRequest: 0 });
    // Errors reach the callers of each command; a lost connection is retried by ioredis itself.
    this.redis.on('error', () => undefined);
    this.reader.on('error', () => undefined);
    for (const [name, { numberOfKeys, lua }] of Object.entries(SCRIPTS))
      this.redis.defineCommand(name, { numberOfKeys, lua });
  }

  /**
   * A client for Socket.IO's adapter, which duplicates it for its own reads and subscriptions:
   * connected before it is handed over (`lazyConnect`, so the adapter connects its duplicates
   * before subscribing on them too), and queueing commands while reconnecting, since the adapter
   * retries a failed read at once.
   */
  async adapterClient(): Promise<Redis> {
    const client = new Redis(this.url, {
      lazyConnect: true,
      retryStrategy: (times) => Math.min(times * 50, 500),
    });
    client.on('error', () => undefined);
    this.others.push(client);
    await client.connect();
    return client;
  }

  get connected(): boolean {
    return this.redis.status === 'ready' && this.reader.status === 'ready';
  }

  async read(after: string, blockMs: number): Promise<LogRecord[]> {
    const reply = (await (blockMs > 0
      ? this.reader.xread('COUNT', 1000, 'BLOCK', blockMs, 'STREAMS', KEYS.log, after)
      : this.reader.xread('COUNT', 1000, 'STREAMS', KEYS.log, after))) as [string, Raw[]][] | null;
    return (reply?.[0]?.[1] ?? []).flatMap((raw) => record(raw) ?? []);
  }

  /** How many records the log holds after `after` (counted up to 10,000). */
  async behind(after: string): Promise<number> {
    const start = after === '0' ? '-' : `(${after}`;
    return (await this.redis.xrange(KEYS.log, start, '+', 'COUNT', 10_000)).length;
  }

  async appendOutput(lease: Lease, entry: LogEntry): Promise<void> {
    await this.redis.appendOutput(KEYS.lease, KEYS.log, lease.token, JSON.stringify(entry));
  }

  async appendLive(events: readonly LiveEvent[], wall: number): Promise<InputReceipt> {
    const ids = events.map((event) => event.id);
    const bodies = events.map((event) => JSON.stringify(event));
    const [id, ...seqs] = (await this.redis.appendLive(
      KEYS.log,
      KEYS.ids,
      KEYS.counter,
      wall,
      events.length,
      ...ids,
      ...bodies,
    )) as [string, ...number[]];
    return { id, seqs: seqs.map(Math.abs), duplicates: seqs.map((seq) => seq < 0) };
  }

  async appendCommand(command: Command): Promise<void> {
    await this.redis.xadd(KEYS.log, '*', 'k', 'c', 'b', JSON.stringify(command));
  }

  async acquire(node: string, ttlMs: number): Promise<Lease | null> {
    const won = (await this.redis.acquire(KEYS.lease, KEYS.term, KEYS.log, node, ttlMs)) as
      | [string, number]
      | null;
    return won ? { token: won[0], term: won[1] } : null;
  }

  async renew(lease: Lease, ttlMs: number): Promise<boolean> {
    return (await this.redis.renew(KEYS.lease, lease.token, ttlMs)) === 1;
  }

  async release(lease: Lease): Promise<void> {
    await this.redis.release(KEYS.lease, lease.token);
  }

  async join(planDigest: string, runId: string): Promise<{ runId: string; planDigest: string }> {
    await this.redis.set(KEYS.plan, planDigest, 'NX');
    await this.redis.set(KEYS.run, runId, 'NX');
    const [plan, run] = await this.redis.mget(KEYS.plan, KEYS.run);
    return { runId: run ?? runId, planDigest: plan ?? planDigest };
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  /** Resolves once both connections are up; rejects after `timeoutMs`. */
  async ready(timeoutMs = 5000): Promise<void> {
    const up = (client: Redis) =>
      client.status === 'ready'
        ? Promise.resolve()
        : new Promise<void>((resolve) => client.once('ready', () => resolve()));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([Promise.all([up(this.redis), up(this.reader)]), late]).finally(() =>
      clearTimeout(timer),
    );
  }

  async close(): Promise<void> {
    for (const client of this.others) client.disconnect();
    this.reader.disconnect();
    this.redis.disconnect();
  }
}
