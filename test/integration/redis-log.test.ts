import { afterEach, describe, expect, it } from 'vitest';
import type { LiveFix } from '../../core/ingest/live-event';
import { RedisLog } from '../../server/cluster/redis-log';
import { type RedisProcess, startRedis } from '../helpers/redis';

let redis: RedisProcess | undefined;
const logs: RedisLog[] = [];
afterEach(async () => {
  for (const log of logs.splice(0)) await log.close();
  await redis?.stop();
});

async function open(url: string) {
  const log = new RedisLog(url);
  logs.push(log);
  await log.ready();
  return log;
}

const fix = (id: string, time: number): LiveFix => ({
  kind: 'fix',
  id,
  vehicle: 'V1',
  time,
  progress: 0.25,
  lon: 5.4,
  lat: 50.6,
});

describe('the shared log in Redis', () => {
  it('keeps one order of records for every reader, and lets only the lease holder write outputs', async () => {
    redis = await startRedis();
    const a = await open(redis.url);
    const b = await open(redis.url);
    const lease = await a.acquire('node-a', 3000);
    expect(lease).toEqual({ token: 'node-a/1', term: 1 });
    expect(await b.acquire('node-b', 3000)).toBeNull();
    const entry = { seq: 1, wall: 0, event: { type: 'presenter', change: { banner: 'Hello' } } } as const;
    await a.appendOutput(lease as NonNullable<typeof lease>, entry);
    await expect(b.appendOutput({ token: 'node-b/1', term: 1 }, entry)).rejects.toThrow(/NOTLEADER/);
    await b.appendCommand({ name: 'clock:pause' });
    const seen = await b.read('0', 0);
    expect(seen.map((r) => r.kind)).toEqual(['term', 'output', 'command']);
    expect(seen[1]).toMatchObject({ kind: 'output', entry });
    expect((await a.read('0', 0)).map((r) => r.id)).toEqual(seen.map((r) => r.id));
    expect(await a.renew(lease as NonNullable<typeof lease>, 3000)).toBe(true);
    await a.release(lease as NonNullable<typeof lease>);
    expect(await b.acquire('node-b', 3000)).toEqual({ token: 'node-b/2', term: 2 });
  });

  it('numbers the events of each batch once, whichever node stores them, and knows a resend', async () => {
    redis = await startRedis();
    const a = await open(redis.url);
    const b = await open(redis.url);
    const first = await a.appendLive([fix('f1', 1000), fix('f2', 2000)], 5);
    expect([first.seqs, first.duplicates]).toEqual([
      [1, 2],
      [false, false],
    ]);
    const again = await b.appendLive([fix('f2', 2000), fix('f3', 3000)], 6);
    expect([again.seqs, again.duplicates]).toEqual([
      [2, 3],
      [true, false],
    ]);
    expect((await b.appendLive([fix('f1', 1000)], 7)).id).toBe('');
    const records = await a.read('0', 0);
    expect(records.map((r) => (r.kind === 'live' ? r.events.map((e) => e.id) : r.kind))).toEqual([
      ['f1', 'f2'],
      ['f3'],
    ]);
    expect(records[1]).toMatchObject({ kind: 'live', seqs: [3], wall: 6 });
  });

  it('keeps what it acknowledged across a Redis kill and restart', async () => {
    redis = await startRedis();
    const a = await open(redis.url);
    await a.appendLive([fix('f1', 1000)], 5);
    await a.close();
    logs.length = 0;
    redis = await redis.restart();
    const b = await open(redis.url);
    expect((await b.read('0', 0)).map((r) => r.kind)).toEqual(['live']);
  });
});
