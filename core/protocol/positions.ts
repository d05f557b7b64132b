import type { FixesEvent } from '../events';
import { fromBase64, toBase64 } from './base64';

/**
 * All moving vehicles' fixes of one tick in one message, about 4 bytes per vehicle on the wire.
 * `b` is base64 of: the vehicle count n as a varint, n leg indices in ascending order as varint
 * gaps, then n progress values, uint16 little-endian, quantized to 0..65535 along the leg's known
 * path (about 150 m on a 10,000 km leg). A string, not a binary attachment, because Socket.IO
 * frames a one-string broadcast once for every screen (see docs/performance.md).
 */
export interface PositionsFrame {
  /** Sequence number of the fixes batch in the event log. */
  seq: number;
  /** Scenario time of every fix in the frame. */
  t: number;
  b: string;
}

export const PROGRESS_SCALE = 65535;

function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  let rest = value;
  while (rest >= 0x80) {
    bytes[at++] = (rest & 0x7f) | 0x80;
    rest = Math.floor(rest / 0x80);
  }
  bytes[at++] = rest;
  return at;
}

export function encodePositions(
  seq: number,
  event: FixesEvent,
  legIndex: ReadonlyMap<string, number>,
): PositionsFrame {
  const indices: number[] = [];
  const progress: number[] = [];
  let sorted = true;
  for (const fix of event.fixes) {
    const index = legIndex.get(fix.vehicle);
    if (index === undefined) continue;
    if (indices.length && index <= (indices[indices.length - 1] as number)) sorted = false;
    indices.push(index);
    progress.push(Math.round(Math.min(1, Math.max(0, fix.progress)) * PROGRESS_SCALE));
  }
  // The plan's own fixes come in leg order; only a live batch needs sorting.
  const order = indices.map((_, i) => i);
  if (!sorted) order.sort((a, b) => (indices[a] as number) - (indices[b] as number));
  const bytes = new Uint8Array(5 + order.length * 7);
  let at = writeVarint(bytes, 0, order.length);
  let previous = 0;
  for (const i of order) {
    const index = indices[i] as number;
    at = writeVarint(bytes, at, index - previous);
    previous = index;
  }
  for (const i of order) {
    const value = progress[i] as number;
    bytes[at++] = value & 0xff;
    bytes[at++] = value >> 8;
  }
  return { seq, t: event.time, b: toBase64(bytes.subarray(0, at)) };
}

/**
 * Calls `visit` for each vehicle in the frame; false where the frame is malformed, which
 * a screen treats like a lost frame (the next one supersedes it).
 */
export function readPositions(
  frame: PositionsFrame,
  visit: (legIndex: number, progress: number) => void,
  scratch?: { bytes: Uint8Array },
): boolean {
  if (typeof frame?.b !== 'string') return false;
  const bytes = fromBase64(frame.b, scratch);
  if (!bytes) return false;
  let at = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (at >= bytes.length || scale > 2 ** 35) return Number.NaN;
      const byte = bytes[at++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  };
  const count = varint();
  if (!(count >= 0)) return false;
  const indexStart = at;
  for (let i = 0; i < count; i++) if (Number.isNaN(varint())) return false;
  if (bytes.length - at !== count * 2) return false;
  let progressAt = at;
  at = indexStart;
  let index = 0;
  for (let i = 0; i < count; i++) {
    index += varint();
    visit(index, ((bytes[progressAt] as number) | ((bytes[progressAt + 1] as number) << 8)) / PROGRESS_SCALE);
    progressAt += 2;
  }
  return true;
}
