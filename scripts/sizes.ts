import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { io } from 'socket.io-client';
import { type PositionsFrame, readPositions } from '../core/protocol';
import { buildClientIfNeeded } from '../server/ensure-build';
import { startTestServer } from '../test/helpers/server';

/** `npm run sizes`: the display bundle, the snapshot and one positions frame, in bytes. */
const dir = resolve('dist/client');
await buildClientIfNeeded(dir);
type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;
const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Manifest;
// What the page loads before it draws: the entry and its static imports, not lazy chunks.
const loaded = new Set<string>();
const visit = (key: string) => {
  const chunk = manifest[key];
  if (!chunk || loaded.has(chunk.file)) return;
  loaded.add(chunk.file);
  for (const next of chunk.imports ?? []) visit(next);
};
// The display page only: the presenter's control page is its own entry.
visit('index.html');
const worker = Object.values(manifest).find((c) => c.file.includes('maplibre-gl-worker'))?.file;
const sizes = (files: string[]) => {
  const bodies = files.map((f) => readFileSync(join(dir, f)));
  const kib = (n: number) => (n / 1024).toFixed(0);
  return `${kib(bodies.reduce((s, b) => s + b.length, 0))} KiB raw, ${kib(bodies.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0))} KiB gzip`;
};
console.log(
  `display JS: ${sizes([...loaded])} (${loaded.size} files); MapLibre worker: ${sizes(worker ? [worker] : [])}`,
);
console.log(`basemap: ${sizes(['basemap/land.json', 'basemap/borders.json'])}`);

const server = await startTestServer({ tickMs: 200 });
server.player.seek(Date.parse('2020-03-17T12:00:00Z'));
const snapshot = await (await fetch(`${server.url}/api/v1/snapshot`)).text();
console.log(`snapshot: ${snapshot.length} bytes JSON, ${gzipSync(snapshot).length} gzip`);
const socket = io(`${server.url}/display`, { transports: ['websocket'] });
const frame = await new Promise<unknown>((r) => socket.on('positions', r));
const text = JSON.stringify(frame);
let vehicles = 0;
readPositions(frame as PositionsFrame, () => vehicles++);
console.log(`positions frame: ${text.length} bytes JSON for ${vehicles} moving vehicles: ${text}`);
socket.disconnect();
await server.close();
