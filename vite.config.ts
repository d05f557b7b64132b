import { createHash } from 'node:crypto';
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

/**
 * Names the build by what it ships: every file but the pages, in order, hashed. The same sources
 * built on two nodes give the same id, so a screen moving between them never reloads for nothing.
 * The pages carry it (`<meta name="corridor-build">`) and build.json gives it to the server, which
 * tells its screens: a screen running another build reloads itself.
 */
function buildId(): Plugin {
  return {
    name: 'corridor-build-id',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      const files = Object.values(bundle).filter((file) => !file.fileName.endsWith('.html'));
      for (const file of files.sort((a, b) => a.fileName.localeCompare(b.fileName))) {
        hash.update(file.fileName);
        hash.update(file.type === 'chunk' ? file.code : file.source);
      }
      const id = hash.digest('hex').slice(0, 12);
      for (const file of Object.values(bundle))
        if (file.type === 'asset' && file.fileName.endsWith('.html'))
          file.source = String(file.source).replace(
            '</head>',
            `  <meta name="corridor-build" content="${id}">\n  </head>`,
          );
      this.emitFile({ type: 'asset', fileName: 'build.json', source: JSON.stringify({ build: id }) });
    },
  };
}

const outDir = resolve('dist/client');
const server = `http://localhost:${process.env.PORT ?? 8080}`;

export default defineConfig({
  root: 'client',
  publicDir: false,
  plugins: [basemap(), buildId(), precompress(outDir)],
  resolve: {
    // deck.gl 9.4 imports luma.gl's WebGPU interleaving eagerly though the display only draws with
    // WebGL2: ~8 KiB gzip of the first load for code it never runs (see client/map/no-webgpu.ts).
    alias: [{ find: /^@luma\.gl\/gpgpu\/webgpu$/, replacement: resolve('client/map/no-webgpu.ts') }],
  },
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
    manifest: true,
    rollupOptions: {
      input: { display: resolve('client/index.html'), control: resolve('client/control.html') },
      output: {
        // deck.gl and luma.gl in one file instead of five split along luma.gl's lazy imports, which
        // the display loads before its first frame anyway: fewer requests, better compression.
        // luma.gl's GPGPU operations stay lazy: the display never loads them.
        codeSplitting: {
          groups: [
            {
              name: 'deck',
              test: /node_modules[\\/](@deck\.gl|@luma\.gl[\\/](?!gpgpu[\\/]dist[\\/]operations[\\/])|@loaders\.gl|@probe\.gl|@math\.gl|mjolnir\.js)/,
            },
          ],
        },
      },
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
