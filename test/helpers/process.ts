import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/** Hands on what a child prints on these streams, in the order it comes. */
function gather(streams: (Readable | null)[], add: (chunk: string) => void): void {
  for (const stream of streams) stream?.on('data', (chunk) => add(String(chunk)));
}

export interface ServerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts `npm start`'s entry point as its own process, the way an operator would; with its own
 * event log unless `--data-dir` is given, since a data folder serves one server at a time.
 */
export function spawnServer(args: string[], env: Record<string, string> = {}): ServerProcess {
  const data = args.includes('--data-dir')
    ? []
    : ['--data-dir', mkdtempSync(join(tmpdir(), 'corridor-data-'))];
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args, ...data], {
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  gather([child.stdout, child.stderr], (chunk) => {
    text += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/** Resolves with the URL the server prints once it listens. */
export async function listeningUrl(server: ServerProcess, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = /on (http:\/\/\S+?)\/ /.exec(server.output());
    if (match?.[1]) return match[1];
    if (server.child.exitCode !== null)
      throw new Error(`server exited ${server.child.exitCode}:\n${server.output()}`);
    if (Date.now() > deadline) throw new Error(`server did not start:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface ScriptRun {
  child: ChildProcess;
  /** The exit status and what it printed, once it has ended. */
  ended: Promise<{ status: number | null; stdout: string; stderr: string }>;
}

/** Runs an npm script's entry point (`scripts/scenario.ts`) to its end, as `npm run` would. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}): ScriptRun {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  gather([child.stdout], (chunk) => {
    stdout += chunk;
  });
  gather([child.stderr], (chunk) => {
    stderr += chunk;
  });
  const ended = new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr })),
  );
  return { child, ended };
}

/** An operation file for live mode (`--operation`) that declares one item, in `dir`: its path. */
export function operationFile(dir: string, item = 'masks'): string {
  const file = join(dir, 'operation.json');
  const declared = { id: item, name: { en: item }, count: { en: { one: item, other: item } } };
  writeFileSync(file, JSON.stringify({ format: 'corridor-scenario/2', items: [declared] }));
  return file;
}
