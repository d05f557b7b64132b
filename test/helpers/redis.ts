import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';
export const MISSING_REDIS = `Debian's redis-server is missing at ${REDIS_SERVER}: run  apt-get update && apt-get install -y redis-server`;

/** A port nobody listens on now (redis-server refuses --port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RedisProcess {
  url: string;
  port: number;
  dir: string;
  child: ChildProcess;
  /** SIGKILL, or SIGTERM for a clean stop; resolves once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** The same server again, on the same port and data folder. */
  restart(): Promise<RedisProcess>;
  /** Stops it for good, for a test's teardown. */
  close(): Promise<void>;
}

async function answers(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      if ((await client.ping()) === 'PONG') return;
    } catch {
      if (Date.now() > deadline) throw new Error(`redis-server at ${url} did not answer PING`);
    } finally {
      client.disconnect();
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A real redis-server of the test's own, on loopback, in a temp folder, persisting as
 * docs/operations.md says a cluster must (append-only file, fsync on every write).
 */
export async function startRedis(options: { port?: number; dir?: string } = {}): Promise<RedisProcess> {
  if (!existsSync(REDIS_SERVER)) throw new Error(MISSING_REDIS);
  const port = options.port ?? (await freePort());
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'corridor-redis-'));
  const child = spawn(
    REDIS_SERVER,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'always',
      '--save',
      '',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `redis://127.0.0.1:${port}`;
  await answers(url, 10_000);
  const process: RedisProcess = {
    url,
    port,
    dir,
    child,
    async stop(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    async restart() {
      await process.stop();
      return startRedis({ port, dir });
    },
    close: () => process.stop(),
  };
  return process;
}
