import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { listeningUrl, spawnServer } from '../helpers/process';
import { BUNDLED_SCENARIO } from '../helpers/server';
import { useTeardown } from '../helpers/teardown';

const { track } = useTeardown();

function brokenScenario(): string {
  const scenario = JSON.parse(readFileSync(BUNDLED_SCENARIO, 'utf8'));
  scenario.shipments[3].legs[1].to = 'MXPP';
  scenario.hubs[0].lat = 91;
  const file = join(mkdtempSync(join(tmpdir(), 'corridor-')), 'broken.json');
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

describe('npm start', () => {
  it('refuses a broken scenario with one line per error and exits non-zero without serving', async () => {
    const file = brokenScenario();
    const server = spawnServer(['--scenario', file, '--no-build'], { PORT: '0' });
    track(server.child);
    expect(await server.exited).toBe(1);
    expect(server.output().trim().split('\n')).toEqual([
      'Scenario refused (1 error):',
      `${file}: hubs[0].lat: latitude must be ≤ 90`,
    ]);
    expect(server.output()).not.toContain('Corridor:');
  });

  it('names the cross-reference error once the structure is right', async () => {
    const file = brokenScenario();
    const scenario = JSON.parse(readFileSync(file, 'utf8'));
    scenario.hubs[0].lat = 30.2295;
    writeFileSync(file, JSON.stringify(scenario));
    const server = spawnServer(['--scenario', file, '--no-build'], { PORT: '0' });
    track(server.child);
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain(`${file}: shipments[3].legs[1].to: unknown hub "MXPP"`);
  });

  it('refuses a file that is not JSON and a bad option', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'corridor-')), 'bad.json');
    writeFileSync(file, '{"format": ');
    const server = spawnServer(['--scenario', file, '--no-build'], { PORT: '0' });
    track(server.child);
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain(`\n${file}: not valid JSON: Unexpected end of JSON input`);
    const option = spawnServer(['--rate', 'fast', '--no-build'], { PORT: '0' });
    track(option.child);
    expect(await option.exited).toBe(1);
    expect(option.output().trim()).toBe('--rate: expected a positive number, got "fast"');
  });

  it('stops gracefully on SIGTERM: screens told to reconnect, exit 0 within 10 s', async () => {
    const server = spawnServer(['--no-build'], { PORT: '0' });
    track(server.child);
    const url = await listeningUrl(server);
    const screen = track(io(`${url}/display`, { transports: ['websocket'], reconnection: false }));
    await new Promise((resolve) => screen.on('connect', () => resolve(undefined)));
    const reason = new Promise<string>((resolve) => screen.on('disconnect', resolve));
    const stoppedAt = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    // The connection closes under the screen: Socket.IO's client reconnects by itself from that.
    expect(await reason).toBe('transport close');
  });

  it('refuses a presenter token anyone could guess, saying the rule', async () => {
    const server = spawnServer(['--no-build'], { PORT: '0', CORRIDOR_CONTROL_TOKEN: 'a' });
    track(server.child);
    expect(await server.exited).toBe(1);
    expect(server.output().trim()).toBe(
      'CORRIDOR_CONTROL_TOKEN: expected at least 16 printable characters without spaces',
    );
  });

  it('plays the bundled scenario on the port it is given', async () => {
    const server = spawnServer(['--no-build'], { PORT: '0' });
    track(server.child);
    const url = await listeningUrl(server);
    const health = (await (await fetch(`${url}/healthz`)).json()) as { scenario: string };
    expect(health.scenario).toBe('airlift-2020');
  });
});
