/**
 * Stands in for `@luma.gl/gpgpu/webgpu` (see vite.config.ts). deck.gl 9.4 imports its WebGPU
 * attribute interleaving statically but calls it only on a WebGPU device; the display always
 * draws with WebGL2 (deck.gl over MapLibre), so the real module is dead weight in the first load.
 */
export function interleave(): never {
  throw new Error('WebGPU attribute interleaving is not bundled: the display draws with WebGL2');
}
