import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The plain page, served by the bench under /bench-plain/ on the product server's origin. */
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: '/bench-plain/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../../dist/bench-plain'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
