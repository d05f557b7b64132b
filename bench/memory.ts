/**
 * Server memory per connected display: the real server in its own process (npm start's entry
 * point, bundled scenario, ticking), its resident set read from /proc before and after C real
 * displays joined and got their snapshots.
 */
import { readFileSync } from 'node:fs';
import { listeningUrl, spawnServer } from '../test/helpers/process';
import { ClientProcess } from './fanout/measure';

export interface MemoryResult {
  displays: number;
  rssBeforeMiB: number;
  rssAfterMiB: number;
  kibPerDisplay: number;
}

function rssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]);
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function memoryBench(displays: number): Promise<MemoryResult> {
  const server = spawnServer(['--no-build', '--tick-ms', '1000'], { PORT: '0' });
  const clients = new ClientProcess();
  try {
    const url = await listeningUrl(server);
    const pid = server.child.pid as number;
    // One display first, so code paths and buffers every display shares are in the baseline.
    await clients.request(
      { type: 'connect', kind: 'io', url: `${url}/display`, count: 1, awaitSnapshot: true },
      'connected',
    );
    await clients.request({ type: 'close' }, 'closed');
    await settle(3000);
    const before = rssKiB(pid);
    await clients.request(
      { type: 'connect', kind: 'io', url: `${url}/display`, count: displays, awaitSnapshot: true },
      'connected',
    );
    // Snapshots in flight grow the heap for a moment; what stays is what each display costs.
    let after = rssKiB(pid);
    for (let i = 0; i < 6; i++) {
      await settle(2000);
      after = Math.min(after, rssKiB(pid));
    }
    await clients.request({ type: 'close' }, 'closed');
    return {
      displays,
      rssBeforeMiB: before / 1024,
      rssAfterMiB: after / 1024,
      kibPerDisplay: (after - before) / displays,
    };
  } finally {
    clients.kill();
    server.child.kill('SIGTERM');
    await server.exited;
  }
}
