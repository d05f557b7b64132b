import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { buildBasemap } from './data/basemap/build-basemap.ts';

/** Serves the offline basemap in dev and emits it with the build: no tile server, no network. */
function basemap(): Plugin {
  let files: Record<string, string> | undefined;
  const load = () => {
    files ??= Object.fromEntries(
      Object.entries(buildBasemap()).map(([name, fc]) => [`basemap/${name}.json`, JSON.stringify(fc)]),
    );
    return files;
  };
  return {
    name: 'corridor-basemap',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const body = load()[req.url?.replace(/^\//, '') ?? ''];
        if (!body) return next();
        res.setHeader('content-type', 'application/json');
        res.end(body);
      });
    },
    generateBundle() {
      for (const [fileName, source] of Object.entries(load()))
        this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

/** Writes a .gz beside every large file so the server can send it compressed without work per request. */
function precompress(outDir: string): Plugin {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: 'corridor-precompress',
    apply: 'build',
    closeBundle() {
      for (const path of walk(outDir)) {
        if (/\.(js|css|json|html|svg|mjs)$/.test(path) && statSync(path).size > 1024) {
          writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
        }
      }
    },
  };
}

const outDir = resolve('dist/client');
const server = `http://localhost:${process.env.PORT ?? 8080}`;

export default defineConfig({
  root: 'client',
  publicDir: false,
  plugins: [basemap(), precompress(outDir)],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
    manifest: true,
    rollupOptions: {
      input: { display: resolve('client/index.html'), control: resolve('client/control.html') },
    },
  },
  server: {
    proxy: {
      '/socket.io': { target: server, ws: true },
      '/api': server,
      '/healthz': server,
    },
  },
});
