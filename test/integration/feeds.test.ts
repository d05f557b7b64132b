import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Heartbeat, Snapshot } from '../../core/protocol';
import type { CorridorServer } from '../../server/app';
import { parseFeedOption } from '../../server/feeds/feed-config';
import type { FeedHealth } from '../../server/feeds/feed-runner';
import { emptyPlan } from '../../server/live-plan';
import { screen } from '../helpers/cluster';
import { ok, TOKEN, tempDataDir } from '../helpers/ingest';
import { listeningUrl, runScript, spawnServer } from '../helpers/process';
import { aircraftAt, type FakeReceiver, startReceiver, trackedFlight } from '../helpers/receiver';
import { bundledPlan, connectDisplay, startTestServer, until } from '../helpers/server';
import { useTeardown } from '../helpers/teardown';

const { track } = useTeardown();
const POLL_MS = 500;

/** A live server whose plan has the tracked flight, polling the receiver if there is one. */
async function liveServerWithFeed(receiver?: FakeReceiver): Promise<CorridorServer> {
  const now = Date.now();
  const items = bundledPlan().items.filter((item) => item.id === 'test_kits');
  const server = track(
    await startTestServer({
      ingestToken: TOKEN,
      dataDir: tempDataDir(),
      live: true,
      plan: emptyPlan(now, { items }),
      tickMs: 250,
      feeds: receiver ? [parseFeedOption(`adsb=${receiver.url}#every=${POLL_MS / 1000}`, {})] : [],
    }),
  );
  await ok(server.url, [trackedFlight(now)]);
  return server;
}

const feedHealth = async (server: CorridorServer) =>
  ((await (await fetch(`${server.url}/healthz`)).json()) as { feeds: FeedHealth[] }).feeds[0] as FeedHealth;

/** Until the feed has stored this many fixes, as its /healthz says. */
async function untilAccepted(server: CorridorServer, n: number, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while ((await feedHealth(server)).accepted < n) {
    if (Date.now() > deadline) throw new Error(`the feed did not store ${n} fixes in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('an ADS-B receiver polled as a feed', () => {
  let receiver: FakeReceiver;
  afterEach(async () => {
    await receiver?.close();
  });

  it('moves the flight along its leg as the receiver hears it, and drops an aircraft 500 km off', async () => {
    receiver = await startReceiver();
    const server = await liveServerWithFeed(receiver);
    const display = track(screen(server.url));
    await until('the snapshot', () => !!display.live.state);
    /** The flight's latest fix as the screen holds it. */
    const onScreen = () => display.live.state?.tracks['FLIGHT-1']?.at(-1);
    // Another aircraft the receiver hears, no leg's: ignored. One without a position: skipped.
    const other = { hex: '3c6444', flight: 'DLH9LF  ', lat: 50.1, lon: 6.2, seen_pos: 1, alt_baro: 31000 };
    const noPosition = { hex: '4b1812', flight: 'SWR1AB  ', alt_baro: 12000, seen: 2 };
    const shown: number[] = [];
    for (const [i, fraction] of [0.5, 0.5004, 0.5008].entries()) {
      receiver.aircraft = [aircraftAt(fraction), other, noPosition];
      await untilAccepted(server, i + 1);
      const stored = server.corridor.state.tracks['FLIGHT-1']?.at(-1);
      await until('the feed’s fix on the screen', () => !!stored && onScreen()?.time === stored.time);
      shown.push(onScreen()?.progress ?? Number.NaN);
    }
    // Along its leg, the way the receiver heard it.
    expect(shown[1]).toBeGreaterThan(shown[0] as number);
    expect(shown[2]).toBeGreaterThan(shown[1] as number);
    const track1 = server.corridor.state.tracks['FLIGHT-1'] ?? [];
    expect(track1).toHaveLength(3);

    // The receiver serves its last position again, with no news: a repeat, not a new fix.
    const heard = receiver.requests;
    await until('two more polls', () => receiver.requests >= heard + 2);
    expect((await feedHealth(server)).duplicates).toBeGreaterThan(0);

    receiver.aircraft = [aircraftAt(0.5012, 500)];
    const polled = receiver.requests;
    await until('two more polls', () => receiver.requests >= polled + 2, 5000);
    const health = await feedHealth(server);
    expect(health).toMatchObject({ name: 'adsb', format: 'adsb', state: 'live', lastError: null });
    expect(health.dropped).toEqual({ off_leg: 1 });
    expect(health.unmatched).toBeGreaterThanOrEqual(3);
    expect(health.skipped).toBeGreaterThanOrEqual(3);
    expect(health.vehicles).toEqual(['FLIGHT-1']);
    // Never shown: the screen's flight stays where the receiver last heard it on its leg.
    expect(server.corridor.state.tracks['FLIGHT-1']?.length).toBe(track1.length);
  });

  it('says the flight’s data is delayed within two polls of the receiver going silent, and clears when it is back', async () => {
    receiver = await startReceiver();
    const server = await liveServerWithFeed(receiver);
    receiver.aircraft = [aircraftAt(0.5)];
    const display = connectDisplay(server.url);
    track(display.socket);
    const beats: { at: number; beat: Heartbeat }[] = [];
    display.socket.on('heartbeat', (beat) => beats.push({ at: Date.now(), beat }));
    await untilAccepted(server, 1);
    await until('a heartbeat', () => beats.length > 0);
    expect(beats.every(({ beat }) => beat.delayed === undefined)).toBe(true);

    receiver.answering = false;
    const silentAt = Date.now();
    await until(
      'a heartbeat saying the feed is delayed',
      () => beats.some(({ beat }) => beat.delayed),
      4 * POLL_MS + 1000,
    );
    const first = beats.find(({ beat }) => beat.delayed);
    expect(first?.beat.delayed).toEqual([
      { feed: 'adsb', since: expect.any(Number), vehicles: ['FLIGHT-1'] },
    ]);
    const after = (first?.at ?? 0) - silentAt;
    expect(after).toBeLessThanOrEqual(2 * POLL_MS + 2 * 250 + 300);
    expect((await feedHealth(server)).lastError).toMatch(/no answer/);

    receiver.answering = true;
    const backAt = Date.now();
    await until(
      'heartbeats without the delay',
      () => beats.some(({ at, beat }) => at > backAt && !beat.delayed),
      3000,
    );
    console.log(`feed silent → delayed on screen after ${after} ms (polls every ${POLL_MS} ms)`);
  });
});

describe('cargo status messages (Cargo-IMP FSU) posted as they come', () => {
  const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
  /** `01DEC1315`: the FSU's day, month and UTC time of day. */
  const fsuTime = (ms: number) => {
    const d = new Date(ms);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(d.getUTCDate())}${MONTHS[d.getUTCMonth()]}${two(d.getUTCHours())}${two(d.getUTCMinutes())}`;
  };
  const postFsu = async (url: string, text: string) => {
    const response = await fetch(`${url}/api/v1/feeds/fsu`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' },
      body: text,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('turns DEP then ARR for the shipment’s air waybill into its status on the screens', async () => {
    const server = await liveServerWithFeed();
    const now = Date.now();
    const display = track(screen(server.url));
    await until('the snapshot', () => !!display.live.state);
    const statusOnScreen = () => display.live.state?.statuses.L1;

    const dep = await postFsu(
      server.url,
      `FSU/14\n176-12345675LGGMXP/T10K250\nDEP/CL371/${fsuTime(now - 50 * 60_000)}/LGGMXP/T10K250\n`,
    );
    expect(dep.status, JSON.stringify(dep.body)).toBe(200);
    await until('departed on the screen', () => statusOnScreen()?.code === 'departed');
    expect(server.corridor.state.statuses.L1).toMatchObject({ code: 'departed', hub: 'LGG' });

    const arr = await postFsu(
      server.url,
      `FSU/14\n176-12345675LGGMXP/T10K250\nARR/CL371/${fsuTime(now - 60_000)}/MXP/T10K250\n`,
    );
    expect(arr.status, JSON.stringify(arr.body)).toBe(200);
    await until('arrived on the screen', () => statusOnScreen()?.code === 'arrived');
    expect(server.corridor.state.statuses.L1).toMatchObject({ code: 'arrived', hub: 'MXP' });
    expect(statusOnScreen()).toMatchObject({ code: 'arrived', hub: 'MXP' });

    // The same message again is a repeat; a broken one is refused with its line and field.
    expect(
      (
        await postFsu(
          server.url,
          `FSU/14\n176-12345675LGGMXP/T10K250\nARR/CL371/${fsuTime(now - 60_000)}/MXP/T10K250\n`,
        )
      ).body,
    ).toMatchObject({ accepted: 0, duplicates: 1 });
    const bad = await postFsu(server.url, 'FSU/14\n176-12345670LGGMXP/T10K250\nARR/CL371/32MAR/MXP/T10\n');
    expect(bad).toEqual({
      status: 400,
      body: {
        error: 'invalid_message',
        reason:
          'line 2: air waybill: check digit of "176-12345670" should be 5 (first 7 digits of the serial mod 7); line 3 (ARR): date: expected a day and month like "13MAR", got "32MAR"',
        errors: [
          'line 2: air waybill: check digit of "176-12345670" should be 5 (first 7 digits of the serial mod 7)',
          'line 3 (ARR): date: expected a day and month like "13MAR", got "32MAR"',
        ],
      },
    });
  });
});

describe('npm run feed:example -- --adsb', () => {
  it('books a flight and posts what a receiver writes, on the wall clock, to a running server', async () => {
    const server = spawnServer(
      ['--live', '--operation', 'data/operations/feed-example.json', '--no-build', '--tick-ms', '250'],
      { PORT: '0', CORRIDOR_INGEST_TOKEN: TOKEN },
    );
    try {
      const url = await listeningUrl(server);
      const run = runScript(
        'scripts/feed-example.ts',
        ['--url', url, '--adsb', '--minutes', '0.05', '--every', '1'],
        {
          CORRIDOR_INGEST_TOKEN: TOKEN,
        },
      );
      const { status, stdout } = await run.ended;
      expect(status, stdout).toBe(0);
      expect(stdout).toMatch(
        /200 a position 500 km off the route \(aircraft\.json\): 0 stored, 0 already there, dropped: .* is (4\d\d|500) km from the path of EX-LGG-MXP/,
      );
      expect(stdout).toMatch(
        /200 position at \d\d:\d\d:\d\d \(aircraft\.json\): 1 stored, 0 already there, 1 other aircraft ignored/,
      );
      expect(stdout).toMatch(/200 arrival, unloading and delivery: 3 stored/);
      const snapshot = async () => (await (await fetch(`${url}/api/v1/snapshot`)).json()) as Snapshot;
      expect((await snapshot()).vehicles.find((v) => v.id === 'EX-LGG-MXP')?.fixes.length).toBeGreaterThan(0);
      // Unloaded a second after landing: delivered once the clock gets there.
      const deadline = Date.now() + 5000;
      while ((await snapshot()).statuses['EX-1']?.code !== 'delivered' && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
      expect((await snapshot()).statuses['EX-1']?.code).toBe('delivered');

      // npm run feed:replay: a capture of two receiver files a second apart and a broken FSU.
      const capture = join(tempDataDir(), 'capture.ndjson');
      const heard = (lat: number) => ({
        now: 1764583200,
        aircraft: [{ hex: '4ca7b3', flight: 'EXM371', lat, lon: 7.1, seen_pos: 0.5 }],
      });
      writeFileSync(
        capture,
        [
          { at: '2025-12-01T10:00:00Z', format: 'adsb', body: heard(48.1) },
          { at: '2025-12-01T10:00:01Z', format: 'adsb', body: heard(48.1) },
          {
            at: '2025-12-01T10:00:02Z',
            format: 'fsu',
            body: 'FSU/14\n176-12345670LGGMXP/T1\nARR/EX1/01DEC/MXP/T1',
          },
        ]
          .map((line) => JSON.stringify(line))
          .join('\n'),
      );
      const replay = await runScript('scripts/feed-replay.ts', [capture, '--url', url, '--speed', '4'], {
        CORRIDOR_INGEST_TOKEN: TOKEN,
      }).ended;
      expect(replay.status, replay.stderr).toBe(0);
      expect(replay.stdout.trim().split('\n')).toEqual([
        // Moved to now, the aircraft is the example's flight, just landed: no longer mid-route.
        '1/3 2025-12-01T10:00:00Z adsb: 200 0 stored, 0 repeats, 1 dropped',
        '2/3 2025-12-01T10:00:01Z adsb: 200 0 stored, 0 repeats, 1 dropped',
        '3/3 2025-12-01T10:00:02Z fsu: 400 line 2: air waybill: check digit of "176-12345670" should be 5 (first 7 digits of the serial mod 7)',
      ]);
      const asRecorded = await runScript(
        'scripts/feed-replay.ts',
        [capture, '--url', url, '--speed', '4', '--as-recorded'],
        {
          CORRIDOR_INGEST_TOKEN: TOKEN,
        },
      ).ended;
      // At the time it was recorded, no leg of the plan was flying.
      expect(asRecorded.stdout.split('\n')[0]).toBe(
        '1/3 2025-12-01T10:00:00Z adsb: 200 0 stored, 0 repeats, 1 not in the plan',
      );
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});
