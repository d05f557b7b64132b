import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../core/protocol';
import { listeningUrl, spawnServer } from '../helpers/process';
import { useTeardown } from '../helpers/teardown';

const { track } = useTeardown();
const SHEET = 'data/sheets/example-shipments.csv';

describe('npm start with a shipment sheet or in live mode', () => {
  it('plays a CSV shipment sheet on the bundled hubs', async () => {
    const data = mkdtempSync(join(tmpdir(), 'corridor-'));
    const server = spawnServer(['--scenario', SHEET, '--no-build', '--data-dir', data], { PORT: '0' });
    track(server.child);
    const url = await listeningUrl(server);
    const health = (await (await fetch(`${url}/healthz`)).json()) as { scenario: string };
    expect(health.scenario).toBe('example-shipments');
    expect(server.output()).toMatch(
      /Ingest token \(generated; set CORRIDOR_INGEST_TOKEN to keep one\): [\w-]{32}\n/,
    );
  });

  it('refuses a sheet with a mistake, naming the cell, and exits 1', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'corridor-')), 'broken.csv');
    writeFileSync(file, readFileSync(SHEET, 'utf8').replace('BRU-CITY', 'BRU-CTY'));
    const server = spawnServer(['--scenario', file, '--no-build'], { PORT: '0' });
    track(server.child);
    expect(await server.exited).toBe(1);
    expect(server.output().trim().split('\n')).toEqual([
      'Scenario refused (1 error):',
      `${file}: F2 (row 1, to): unknown hub "BRU-CTY"`,
    ]);
  });

  it('runs live without a scenario, and refuses a short ingest token', async () => {
    const data = mkdtempSync(join(tmpdir(), 'corridor-'));
    const live = spawnServer(['--live', '--no-build', '--data-dir', data], {
      PORT: '0',
      CORRIDOR_INGEST_TOKEN: 'a-long-enough-token-123',
    });
    track(live.child);
    const url = await listeningUrl(live);
    const health = (await (await fetch(`${url}/healthz`)).json()) as { scenario: string };
    expect(health.scenario).toBe('live');
    expect(live.output()).toContain(`Event log: ${join(data, 'corridor.db')} (0 events), live mode`);
    expect(live.output()).not.toContain('Ingest token');
    const short = spawnServer(['--live', '--no-build', '--data-dir', data], {
      PORT: '0',
      CORRIDOR_INGEST_TOKEN: 'short',
    });
    track(short.child);
    expect(await short.exited).toBe(1);
    expect(short.output().trim()).toBe(
      'CORRIDOR_INGEST_TOKEN: expected at least 16 printable characters without spaces',
    );
  });

  it('runs live on an operation sheet, and refuses one with a mistake, naming the cell', async () => {
    const live = spawnServer(['--live', '--operation', 'data/sheets/vaccines-operation.csv', '--no-build'], {
      PORT: '0',
    });
    track(live.child);
    const url = await listeningUrl(live);
    const { plan } = (await (await fetch(`${url}/api/v1/snapshot`)).json()) as Snapshot;
    expect([plan?.id, plan?.items.map((item) => item.id), plan?.hubs]).toEqual([
      'vaccines-example',
      ['doses', 'syringes'],
      [],
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'corridor-')), 'operation.csv');
    writeFileSync(
      file,
      readFileSync('data/sheets/vaccines-operation.csv', 'utf8').replace('tour,,', 'tour,x,'),
    );
    const broken = spawnServer(['--live', '--operation', file, '--no-build'], { PORT: '0' });
    track(broken.child);
    expect(await broken.exited).toBe(1);
    expect(broken.output().trim().split('\n')).toEqual([
      'Scenario refused (1 error):',
      `${file}: B25 (row 24, tour, id): a "tour" row has no id: leave the cell empty`,
    ]);
  });
});
