import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  /** What the display page loads before it draws: its entry and static imports, not lazy chunks. */
  display: Bytes & { files: number };
  worker: Bytes;
}

export function bytes(dir: string, files: readonly string[]): Bytes {
  const bodies = files.map((file) => readFileSync(join(dir, file)));
  return {
    raw: bodies.reduce((sum, body) => sum + body.length, 0),
    gzip: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
  };
}

/** Sizes of a Vite build of the client in `dir` (its manifest says which files the display loads). */
export function displayBundle(dir: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Manifest;
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
  return {
    display: { ...bytes(dir, [...loaded]), files: loaded.size },
    worker: bytes(dir, worker ? [worker] : []),
  };
}

export const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
