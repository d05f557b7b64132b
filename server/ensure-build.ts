import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SOURCES = ['client', 'core', 'data/basemap', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Builds the display with Vite when dist is missing or older than its sources. */
export async function buildClientIfNeeded(clientDir: string): Promise<void> {
  const built = statSync(join(clientDir, 'index.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(...SOURCES.map((p) => newestMtime(resolve(p))));
  if (built >= sources) return;
  console.log(built ? 'Display sources changed: rebuilding…' : 'Building the display (first start)…');
  const { build } = await import('vite');
  await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn' });
}
