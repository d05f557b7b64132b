import { readFileSync } from 'node:fs';
import { io, type Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { post, TOKEN } from '../helpers/ingest';
import { listeningUrl, spawnServer } from '../helpers/process';
import { startTestServer, TEST_CONTROL_TOKEN, until } from '../helpers/server';
import { useTeardown } from '../helpers/teardown';

const { track } = useTeardown();
const rssMiB = (pid: number | undefined) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A display that only counts its heartbeats' arrival times. */
function watcher(url: string) {
  const beats: number[] = [];
  const socket = track(io(`${url}/display`, { transports: ['websocket'], reconnection: false }));
  socket.on('heartbeat', () => beats.push(Date.now()));
  return { socket, beats, gap: () => Math.max(...beats.slice(1).map((t, i) => t - (beats[i] as number))) };
}

const hostile = (url: string): Socket =>
  track(io(`${url}/display`, { transports: ['websocket'], reconnection: false }));

describe('limits: one screen cannot take the server down', () => {
  it('survives 60,000 resyncs from one display, its memory bounded, the other screens beating on time', async () => {
    const server = spawnServer(['--no-build', '--tick-ms', '500'], { PORT: '0' });
    track(server.child);
    const url = await listeningUrl(server);
    const calm = watcher(url);
    await until('heartbeats', () => calm.beats.length >= 2, 10_000);
    const before = rssMiB(server.child.pid);
    const flood = hostile(url);
    await until('connected', () => flood.connected);
    for (let i = 0; i < 60_000; i++) flood.emit('resync');
    await sleep(4000);
    const after = rssMiB(server.child.pid);
    const health = await fetch(`${url}/healthz`);
    console.log(
      `60,000 resyncs: RSS ${before.toFixed(0)} → ${after.toFixed(0)} MiB, the hostile screen ${flood.connected ? 'still connected' : 'let go'}, longest heartbeat gap on another screen ${calm.gap()} ms`,
    );
    expect(health.status).toBe(200);
    expect(after - before).toBeLessThan(64);
    expect(flood.connected).toBe(false);
    expect(calm.gap()).toBeLessThanOrEqual(2 * 500 + 250);
  });

  it('cuts off a ping flood and a flood of commands from a display, logging a few lines', async () => {
    const server = spawnServer(['--no-build', '--tick-ms', '500'], { PORT: '0', LOG_LEVEL: 'info' });
    track(server.child);
    const url = await listeningUrl(server);
    await sleep(500);
    const lines = () => server.output().split('\n').length;
    const start = lines();
    const pinger = hostile(url);
    const player = hostile(url);
    await until('connected', () => pinger.connected && player.connected);
    for (let i = 0; i < 100_000; i++) pinger.emit('time:ping', () => undefined);
    for (let i = 0; i < 100_000; i++) player.emit('clock:play', () => undefined);
    await until('both let go', () => !pinger.connected && !player.connected, 15_000);
    const added = lines() - start;
    console.log(`200,000 messages from two displays: both let go, ${added} log lines`);
    expect(added).toBeLessThanOrEqual(8);
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/corridor_refusals_total\{reason="ping_over_budget"\} \d+/);
    expect(metrics).toMatch(/corridor_refusals_total\{reason="control_from_display"\} \d+/);
    expect(metrics).toMatch(/corridor_refusals_total\{reason="disconnected"\} 2/);
  });

  it('keeps a screen that never reads from holding the server’s memory, and lets it go', async () => {
    const server = spawnServer(['--no-build', '--synthetic', '5000', '--tick-ms', '250'], { PORT: '0' });
    track(server.child);
    const url = await listeningUrl(server);
    const calm = watcher(url);
    const stuck = hostile(url);
    await until('connected', () => stuck.connected && calm.socket.connected, 10_000);
    await sleep(1000);
    const before = rssMiB(server.child.pid);
    // The screen stops reading its socket: what the server sends it would pile up on the server.
    const transport = stuck.io.engine.transport as unknown as { ws: { _socket: { pause(): void } } };
    transport.ws._socket.pause();
    const started = Date.now();
    let peak = before;
    let screens = 2;
    while (screens > 1 && Date.now() - started < 55_000) {
      await sleep(1000);
      peak = Math.max(peak, rssMiB(server.child.pid));
      screens = ((await (await fetch(`${url}/healthz`)).json()) as { displays: number }).displays;
    }
    console.log(
      `a screen that never reads, at 5,000 vehicles (20 KB frames, 4 a second): RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MiB, let go after ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    expect(screens).toBe(1);
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(peak - before).toBeLessThan(64);
    expect(calm.socket.connected).toBe(true);
  }, 70_000);

  it('locks out an address after ten wrong ingest tokens (429, Retry-After), then lets the right one in', async () => {
    const server = track(
      await startTestServer({ ingestToken: TOKEN, signIn: { failures: 10, windowSeconds: 2 } }),
    );
    const answers: { status: number; retryAfter: string | null }[] = [];
    for (let i = 0; i < 50; i++) {
      const response = await fetch(`${server.url}/api/v1/events`, {
        method: 'POST',
        headers: { authorization: 'Bearer wrong-token-0123456789', 'content-type': 'application/json' },
        body: '[]',
      });
      answers.push({ status: response.status, retryAfter: response.headers.get('retry-after') });
    }
    expect(answers.slice(0, 10).every((a) => a.status === 401)).toBe(true);
    expect(answers.slice(10).every((a) => a.status === 429 && Number(a.retryAfter) >= 1)).toBe(true);
    expect((await post(server.url, [])).status).toBe(429);
    await sleep(2100);
    expect((await post(server.url, [])).status).toBe(400);
  });

  it('signs a presenter in from the page’s own origin only, and locks out one guessing tokens', async () => {
    const server = track(await startTestServer({ signIn: { failures: 10, windowSeconds: 60 } }));
    const attempt = (origin: string, token: string) =>
      new Promise<string>((resolve) => {
        const socket = track(
          io(`${server.url}/control`, {
            transports: ['websocket'],
            reconnection: false,
            auth: { token },
            extraHeaders: { origin },
          }),
        );
        socket.on('connect', () => resolve('connected'));
        socket.on('connect_error', (error) => resolve(error.message));
      });
    expect(await attempt('https://evil.example', TEST_CONTROL_TOKEN)).toBe(
      'forbidden: the control page is not served from https://evil.example',
    );
    expect(await attempt(server.url, TEST_CONTROL_TOKEN)).toBe('connected');
    for (let i = 0; i < 10; i++) await attempt(server.url, `guess-${i}-0123456789`);
    expect(await attempt(server.url, TEST_CONTROL_TOKEN)).toMatch(
      /^too many wrong tokens from this address: try again in \d+ s$/,
    );
  });

  it('answers every kind of response with its security headers, and never lets the control page be framed', async () => {
    const server = track(await startTestServer());
    const page = await fetch(`${server.url}/`);
    const asset = /src="([^"]+\.js)"/.exec(await page.text())?.[1];
    const responses = {
      page,
      control: await fetch(`${server.url}/control`),
      asset: await fetch(`${server.url}${asset}`),
      api: await fetch(`${server.url}/api/v1/snapshot`),
      health: await fetch(`${server.url}/healthz`),
      refused: await fetch(`${server.url}/api/v1/events`, { method: 'POST' }),
    };
    for (const [kind, response] of Object.entries(responses)) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, kind).toContain("script-src 'self'");
      expect(csp, kind).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(response.headers.get('x-content-type-options'), kind).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), kind).toBe('no-referrer');
    }
    expect(responses.page.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(responses.page.headers.get('x-frame-options')).toBeNull();
    expect(responses.control.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(responses.control.headers.get('x-frame-options')).toBe('DENY');
  });

  it('scrapes /metrics as Prometheus text, and logs JSON lines that never carry a token', async () => {
    const server = spawnServer(['--no-build', '--tick-ms', '500'], {
      PORT: '0',
      LOG_LEVEL: 'info',
      CORRIDOR_INGEST_TOKEN: TOKEN,
    });
    track(server.child);
    const url = await listeningUrl(server);
    await post(url, [
      { kind: 'status', shipment: 'S1-IT', code: 'RCS', hub: 'HGH', time: '2020-03-10T21:00:00Z' },
    ]);
    await post(url, [], { token: 'wrong-token-0123456789' });
    const text = await (await fetch(`${url}/metrics`)).text();
    const samples = text.split('\n').filter((line) => line && !line.startsWith('#'));
    const sample = /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})? (-?[0-9.e+-]+|NaN|[+-]Inf)$/;
    expect(samples.filter((line) => !sample.test(line))).toEqual([]);
    expect(text).toMatch(/^corridor_screens\{namespace="\/display"\} \d+$/m);
    expect(text).toMatch(/^corridor_ingest_events_total\{outcome="accepted"\} 1$/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \S+$/m);
    await sleep(200);
    const logged = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged.some((line) => line.reqId !== undefined && typeof line.level === 'number')).toBe(true);
    expect(server.output()).not.toContain(TOKEN);
    expect(server.output()).not.toContain('wrong-token-0123456789');
  });
});
