import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { connectDisplay, startTestServer, until } from '../helpers/server';
import { useTeardown } from '../helpers/teardown';

const { track } = useTeardown();

/** A raw HTTP/1.1 request, exactly as written: fetch would tidy a `..` path before sending it. */
function rawGet(url: string, path: string): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.on('data', (chunk) => {
      text += String(chunk);
    });
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }));
    socket.on('error', reject);
  });
}

const TRAVERSALS = [
  '/../package.json',
  '/../../etc/passwd',
  '/..%2fpackage.json',
  '/%2e%2e/package.json',
  '/%2e%2e%2fpackage.json',
  '/%252e%252e/package.json',
  '/assets/../../package.json',
  '/assets/..%2f..%2fpackage.json',
  '/assets/%2e%2e/%2e%2e/package.json',
  '/basemap/../../server/main.ts',
  '/basemap/..%5c..%5cpackage.json',
  '/..\\..\\package.json',
  '/.%2e/.%2e/package.json',
  '/%c0%ae%c0%ae/package.json',
  '/....//....//package.json',
  '/./../package.json',
  '//etc/passwd',
  '/%2fetc%2fpasswd',
  '/file:///etc/passwd',
  '/index.html/../../package.json',
  '/index.html%00../../package.json',
  '/.env',
  '/.git/config',
  '/var/corridor.db',
  '/node_modules/socket.io/package.json',
  '/server/main.ts',
  '/vite.config.ts',
  '/package.json',
];

describe('what a hostile client writes on the wire', () => {
  it(`refuses ${TRAVERSALS.length} ways out of the display's folder`, async () => {
    const server = track(await startTestServer());
    for (const path of TRAVERSALS) {
      const { status, text } = await rawGet(server.url, path);
      expect([400, 403, 404], `${path} → ${status}`).toContain(status);
      // Nothing of the project, the machine or the log.
      expect(text, path).not.toMatch(/"name": "corridor"|root:x:0|import |SQLite format|\[core\]/);
    }
  });

  it('closes only its own connection for malformed Engine.IO and Socket.IO frames', async () => {
    const server = track(await startTestServer({ tickMs: 100 }));
    const display = connectDisplay(server.url);
    track(display.socket);
    const beats: number[] = [];
    display.socket.on('heartbeat', () => beats.push(Date.now()));
    await until('heartbeats', () => beats.length > 2);

    // Frames no parser reads are the end of that connection; odd but well-formed ones are ignored.
    const frames: [string | Buffer, 'closed' | 'open'][] = [
      ['42/display,["resync"', 'closed'], // JSON cut short
      ['4{{{', 'closed'],
      ['9999', 'closed'],
      ['42/display,{"__proto__":{"polluted":1}}', 'closed'],
      ['x'.repeat(2_000_000), 'closed'], // over the 1 MB a message may have
      [Buffer.from([0xff, 0x00, 0xfe, 0x13, 0x37]), 'closed'],
      ['42/display,["time:ping",{"toString":1}]', 'open'],
      ['40/../../control,{}', 'open'], // an unknown namespace: refused with an error packet
      // A binary event whose attachment never comes: the parser waits for it, holding one packet.
      ['451-/display,["resync",{"_placeholder":true,"num":0}]', 'open'],
    ];
    const outcomes: string[] = [];
    for (const [frame] of frames) {
      const raw = new WebSocket(`${server.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
      outcomes.push(
        await new Promise<string>((resolve) => {
          raw.on('error', () => resolve('closed'));
          raw.on('close', () => resolve('closed'));
          raw.on('message', (data) => {
            // The open packet, then the namespace's answer: now the hostile frame.
            if (String(data).startsWith('0')) raw.send('40/display,{}');
            else if (String(data).startsWith('40/display')) {
              raw.send(frame);
              setTimeout(() => resolve('open'), 1500);
            }
          });
        }).finally(() => raw.terminate()),
      );
    }
    expect(outcomes).toEqual(frames.map(([, outcome]) => outcome));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The other screen heard every tick meanwhile, and the server still answers.
    const before = beats.length;
    await until('more heartbeats', () => beats.length > before + 2);
    const gaps = beats.slice(1).map((at, i) => at - (beats[i] as number));
    expect(Math.max(...gaps)).toBeLessThan(1000);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('cuts off slowloris connections once their request is late, while the other screens stay live', async () => {
    const server = track(await startTestServer({ tickMs: 100, requestTimeoutMs: 2000 }));
    const display = connectDisplay(server.url);
    track(display.socket);
    const beats: number[] = [];
    display.socket.on('heartbeat', () => beats.push(Date.now()));
    await until('heartbeats', () => beats.length > 2);
    const { hostname, port } = new URL(server.url);
    const started = Date.now();
    // 50 connections that send a header line every 300 ms and never end their request.
    const cutAfter = await Promise.all(
      Array.from(
        { length: 50 },
        () =>
          new Promise<number>((resolve) => {
            const socket = connect(Number(port), hostname, () =>
              socket.write(`GET / HTTP/1.1\r\nHost: ${hostname}\r\n`),
            );
            const drip = setInterval(() => socket.write(`X-Slow-${Date.now()}: 1\r\n`), 300);
            const done = () => {
              clearInterval(drip);
              resolve(Date.now() - started);
            };
            socket.on('close', done);
            socket.on('error', () => socket.destroy());
            setTimeout(() => socket.destroy(), 15_000);
          }),
      ),
    );
    // Cut by the server (a 408 or a close), not by the test's own 15 s.
    expect(Math.max(...cutAfter)).toBeLessThan(6000);
    const gaps = beats.slice(1).map((at, i) => at - (beats[i] as number));
    expect(Math.max(...gaps)).toBeLessThan(1000);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    console.log(
      `50 slowloris connections cut after ${Math.min(...cutAfter)}–${Math.max(...cutAfter)} ms (request timeout 2 s)`,
    );
  });
});
