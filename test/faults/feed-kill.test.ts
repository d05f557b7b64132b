import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedHealth } from '../../server/feeds/feed-runner';
import { ok, TOKEN, tempDataDir } from '../helpers/ingest';
import { listeningUrl, operationFile, type ServerProcess, spawnServer } from '../helpers/process';
import { aircraftAt, type FakeReceiver, startReceiver, trackedFlight } from '../helpers/receiver';

const ROUNDS = 5;
let server: ServerProcess | undefined;
let receiver: FakeReceiver | undefined;
afterEach(async () => {
  server?.child.kill('SIGKILL');
  await receiver?.close();
});

const start = (dataDir: string, feedUrl: string) =>
  spawnServer(
    [
      '--live',
      '--operation',
      operationFile(dataDir, 'test_kits'),
      '--no-build',
      '--data-dir',
      dataDir,
      '--feed',
      `adsb=${feedUrl}#every=0.5`,
    ],
    { PORT: '0', CORRIDOR_INGEST_TOKEN: TOKEN },
  );

/** The feed's fixes in the durable log, read from its SQLite file once no server holds it. */
const loggedFixes = (dataDir: string) => {
  const db = new Database(join(dataDir, 'corridor.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT id, time FROM log WHERE id LIKE 'adsb:%' ORDER BY seq").all() as {
      id: string;
      time: number;
    }[];
  } finally {
    db.close();
  }
};
const accepted = async (url: string) =>
  ((await (await fetch(`${url}/healthz`)).json()) as { feeds: FeedHealth[] }).feeds[0]?.accepted ?? 0;

describe('SIGKILL while a feed is polled', () => {
  it(`loses no fix it stored and repeats none on restart, over ${ROUNDS} kills`, async () => {
    receiver = await startReceiver();
    const dataDir = tempDataDir();
    server = start(dataDir, receiver.url);
    let url = await listeningUrl(server);
    await ok(url, [trackedFlight(Date.now())]);
    let fraction = 0.5;
    let stored = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // The aircraft moves on a little every 100 ms: a new position for about every poll.
      const moving = setInterval(() => {
        fraction += 0.00003;
        if (receiver) receiver.aircraft = [aircraftAt(fraction)];
      }, 100);
      await new Promise((resolve) => setTimeout(resolve, 1200 + Math.random() * 800));
      // The aircraft stops where it is; the feed keeps polling it, and is killed mid-poll.
      clearInterval(moving);
      const heard = receiver.requests;
      while (receiver.requests < heard + 2) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 500));
      const acknowledged = (await accepted(url)) + stored;
      server.child.kill('SIGKILL');
      await server.exited;
      const logged = loggedFixes(dataDir).length;
      expect(logged, `round ${round}: fixes the feed stored before the kill`).toBeGreaterThanOrEqual(
        acknowledged,
      );

      server = start(dataDir, receiver.url);
      url = await listeningUrl(server);
      // The receiver still serves the last position it heard: polled again, it is a repeat.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect((await accepted(url)) + logged, `round ${round}: the last position stored again`).toBe(logged);
      stored = logged;
    }
    server.child.kill('SIGKILL');
    await server.exited;
    // The server holds its log exclusively: read once it is gone.
    const times = loggedFixes(dataDir).map((f) => f.time);
    expect(times.length).toBe(stored);
    expect(new Set(times).size, 'two fixes of one position time').toBe(times.length);
    console.log(
      `${ROUNDS} kills while polling: ${stored} fixes stored, none lost, none repeated after a restart`,
    );
  });
});
