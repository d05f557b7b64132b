import { io, type Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { scenarioNow } from '../../core/clock';
import type {
  AckResult,
  ControlClientToServer,
  DisplayServerToClient,
  Snapshot,
  Update,
} from '../../core/protocol';
import type { CorridorServer } from '../../server/app';
import { connectDisplay, startTestServer, TEST_CONTROL_TOKEN, until } from '../helpers/server';
import { useTeardown } from '../helpers/teardown';

type ControlSocket = Socket<DisplayServerToClient, ControlClientToServer>;

const { track } = useTeardown();

function control(url: string, auth: Record<string, unknown> = { token: TEST_CONTROL_TOKEN }) {
  const socket: ControlSocket = io(`${url}/control`, {
    transports: ['websocket'],
    reconnection: false,
    auth,
  });
  track(socket);
  const updates: Update[] = [];
  socket.on('update', (u) => updates.push(u));
  return { socket, updates };
}

const connected = (socket: Socket) =>
  new Promise<void>((resolve, reject) => {
    socket.on('connect', resolve);
    socket.on('connect_error', reject);
  });

const send = (socket: Socket, event: string, ...args: unknown[]) =>
  new Promise<AckResult>((resolve) => socket.emit(event, ...args, resolve));

const snapshotOf = async (s: CorridorServer) =>
  (await (await fetch(`${s.url}/api/v1/snapshot`)).json()) as Snapshot;

describe('/control', () => {
  it('refuses a wrong or missing token at the handshake', async () => {
    const server = track(await startTestServer());
    for (const auth of [
      { token: 'nope' },
      {},
      { token: '' },
      { token: { $ne: null } },
      { token: `${TEST_CONTROL_TOKEN}x` },
    ]) {
      const outcome = await connected(control(server.url, auth).socket).then(
        () => 'connected',
        (e: Error) => e.message,
      );
      expect(outcome, JSON.stringify(auth)).toBe('unauthorized: wrong or missing control token');
    }
    await connected(control(server.url).socket);
  });

  it('refuses every control command from a display and changes nothing', async () => {
    const server = track(await startTestServer());
    server.player.pause();
    const display = connectDisplay(server.url);
    track(display.socket);
    await until('the snapshot', () => display.received.length > 0);
    const before = await snapshotOf(server);
    const attempts: [string, ...unknown[]][] = [
      ['clock:play'],
      ['clock:pause'],
      ['clock:rate', 600],
      ['clock:seek', Date.parse('2020-03-20T00:00:00Z')],
      ['clock:step', 1],
      ['clock:live'],
      ['presenter:change', { banner: 'hijacked' }],
    ];
    for (const [event, ...args] of attempts) {
      expect(await send(display.socket, event, ...args)).toEqual({
        ok: false,
        error: `"${event}" refused: displays cannot control`,
      });
    }
    const after = await snapshotOf(server);
    expect(after.clock).toEqual(before.clock);
    expect(after.presenter).toEqual(before.presenter);
    expect(after.updateSeq).toBe(before.updateSeq);
  });

  it('lets two control pages see each other act, last action wins', async () => {
    const server = track(await startTestServer());
    const a = control(server.url);
    const b = control(server.url);
    await Promise.all([connected(a.socket), connected(b.socket)]);
    expect(await send(a.socket, 'presenter:change', { banner: 'Press briefing — Liège Airport' })).toEqual({
      ok: true,
    });
    expect(await send(b.socket, 'presenter:change', { banner: 'Questions' })).toEqual({ ok: true });
    expect(await send(b.socket, 'clock:seek', Date.parse('2020-03-13T20:30:00Z'))).toEqual({ ok: true });
    const saw = (updates: Update[]) =>
      updates.map((u) =>
        u.event.type === 'presenter' ? u.event.change : u.event.type === 'clock' ? u.event.reason : null,
      );
    await until('both pages to see all three actions', () =>
      [a, b].every((c) => saw(c.updates).includes('seek')),
    );
    for (const c of [a, b]) {
      expect(saw(c.updates).filter(Boolean)).toEqual(
        expect.arrayContaining([
          { banner: 'Press briefing — Liège Airport' },
          { banner: 'Questions' },
          'seek',
        ]),
      );
    }
    expect((await snapshotOf(server)).presenter.banner).toBe('Questions');
  });

  it('logs every control action as an event that survives into the snapshot', async () => {
    const server = track(await startTestServer());
    const c = control(server.url);
    await connected(c.socket);
    const head = server.corridor.state.seq;
    const results = [
      await send(c.socket, 'clock:pause'),
      await send(c.socket, 'clock:rate', 60),
      await send(c.socket, 'clock:seek', Date.parse('2020-03-15T00:00:00Z')),
      await send(c.socket, 'clock:step', 1),
      await send(c.socket, 'clock:play'),
      await send(c.socket, 'presenter:change', { scene: 'liege' }),
      await send(c.socket, 'presenter:change', { language: 'nl' }),
      await send(c.socket, 'presenter:change', { focus: { kind: 'country', code: 'IT' } }),
      await send(c.socket, 'presenter:change', { layers: { trails: false } }),
    ];
    expect(results.every((r) => r.ok)).toBe(true);
    const logged = c.updates
      .filter((u) => u.seq > head)
      .map((u) => (u.event.type === 'clock' ? u.event.reason : u.event.type));
    expect(logged.filter((e) => e !== 'status' && e !== 'rebase')).toEqual([
      'pause',
      'rate',
      'seek',
      'seek',
      'play',
      'presenter',
      'presenter',
      'presenter',
      'presenter',
    ]);
    const snapshot = await snapshotOf(server);
    expect(snapshot.clock).toMatchObject({ rate: 60, paused: false });
    // The step went to the next status event after 15 March 00:00: the second flight leaving Hangzhou.
    expect(snapshot.statuses['S3-BE']).toMatchObject({
      code: 'departed',
      hub: 'HGH',
      time: Date.parse('2020-03-15T06:00:00Z'),
    });
    expect(snapshot.presenter).toEqual({
      scene: 'liege',
      sceneCount: 1,
      language: 'nl',
      banner: null,
      focus: { kind: 'country', code: 'IT' },
      layers: { air: true, rail: true, road: true, trails: false, labels: true },
    });
  });

  it('refuses malformed commands with the reason and where it is', async () => {
    const server = track(await startTestServer());
    const c = control(server.url);
    await connected(c.socket);
    expect(await send(c.socket, 'clock:rate', -5)).toEqual({
      ok: false,
      error: 'clock:rate: must be positive',
    });
    expect(await send(c.socket, 'clock:seek', 'tomorrow')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^clock:seek: /),
    });
    expect(await send(c.socket, 'clock:step', 7)).toEqual({
      ok: false,
      error: 'clock:step: must be 1 or -1',
    });
    expect(await send(c.socket, 'presenter:change', { scene: 'moon' })).toEqual({
      ok: false,
      error:
        'presenter:change: scene: the plan "airlift-2020" has no scene "moon" (its scenes: overview, hangzhou, liege, europe)',
    });
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('looks into the past in live mode and comes back to now', async () => {
    const server = track(await startTestServer({ live: true }));
    const c = control(server.url);
    await connected(c.socket);
    const hourAgo = Date.now() - 3_600_000;
    expect(await send(c.socket, 'clock:seek', hourAgo)).toEqual({ ok: true });
    const past = (await snapshotOf(server)).clock;
    expect(Math.abs(scenarioNow(past, Date.now()) - Date.now() + 3_600_000)).toBeLessThan(5000);
    expect(await send(c.socket, 'clock:live')).toEqual({ ok: true });
    const live = (await snapshotOf(server)).clock;
    expect(live).toMatchObject({ rate: 1, paused: false });
    expect(Math.abs(scenarioNow(live, Date.now()) - Date.now())).toBeLessThan(1000);
  });

  it('says back-to-live needs live mode', async () => {
    const server = track(await startTestServer());
    const c = control(server.url);
    await connected(c.socket);
    expect(await send(c.socket, 'clock:live')).toEqual({
      ok: false,
      error: 'clock:live: backToLive: the server is not in live mode (--live)',
    });
  });
});
