import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { io } from 'socket.io-client';
import { type Bytes, bytes, displayBundle, kib } from '../bench/bundle';
import { type PositionsFrame, readPositions } from '../core/protocol';
import { buildClientIfNeeded } from '../server/ensure-build';
import { startTestServer } from '../test/helpers/server';

/** `npm run sizes`: the display bundle, the snapshot and one positions frame, in bytes. */
const dir = resolve('dist/client');
await buildClientIfNeeded(dir);
const { display, worker } = displayBundle(dir);
const sizes = (b: Bytes) => `${kib(b.raw)} raw, ${kib(b.gzip)} gzip`;
console.log(`display JS: ${sizes(display)} (${display.files} files); MapLibre worker: ${sizes(worker)}`);
console.log(`basemap: ${sizes(bytes(dir, ['basemap/land.json', 'basemap/borders.json']))}`);

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
