const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

function sextet(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code < 128 ? (VALUE[code] as number) : -1;
}

const CODES = new TextEncoder().encode(ALPHABET);
const ascii = new TextDecoder();

/** Standard base64 with padding; the same code on the server and in the browser. */
export function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let at = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[at++] = CODES[n >> 18] as number;
    out[at++] = CODES[(n >> 12) & 63] as number;
    out[at++] = CODES[(n >> 6) & 63] as number;
    out[at++] = CODES[n & 63] as number;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = ((bytes[i] as number) << 16) | (rest > 1 ? (bytes[i + 1] as number) << 8 : 0);
    out[at++] = CODES[n >> 18] as number;
    out[at++] = CODES[(n >> 12) & 63] as number;
    out[at++] = rest > 1 ? (CODES[(n >> 6) & 63] as number) : 61;
    out[at++] = 61;
  }
  return ascii.decode(out);
}

/**
 * The bytes of a base64 string, or null where it is not one. With `scratch`, its buffer is
 * reused (and grown) so that a screen decoding a frame per tick allocates nothing.
 */
export function fromBase64(text: string, scratch?: { bytes: Uint8Array }): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const length = (text.length / 4) * 3 - padding;
  let out: Uint8Array;
  if (scratch) {
    if (scratch.bytes.length < length)
      scratch.bytes = new Uint8Array(Math.max(length, scratch.bytes.length * 2));
    out = scratch.bytes.subarray(0, length);
  } else out = new Uint8Array(length);
  let at = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    const a = sextet(text, i);
    const b = sextet(text, i + 1);
    const c = last && padding === 2 ? 0 : sextet(text, i + 2);
    const d = last && padding >= 1 ? 0 : sextet(text, i + 3);
    if ((a | b | c | d) < 0) return null;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[at++] = n >> 16;
    if (at < length) out[at++] = (n >> 8) & 255;
    if (at < length) out[at++] = n & 255;
  }
  return out;
}
