import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FixesEvent } from '../events';
import { fromBase64, toBase64 } from './base64';
import { encodePositions, type PositionsFrame, readPositions } from './positions';

/** The fixes a screen reads from a frame, named by leg id. */
function decodePositions(frame: PositionsFrame, legIds: readonly string[]): FixesEvent {
  const fixes: FixesEvent['fixes'] = [];
  readPositions(frame, (index, progress) => {
    const vehicle = legIds[index];
    if (vehicle !== undefined) fixes.push({ vehicle, time: frame.t, progress });
  });
  return { type: 'fixes', time: frame.t, fixes };
}

describe('positions frame', () => {
  const legIds = ['CK-1', 'RAIL-1'];
  const index = new Map(legIds.map((id, i) => [id, i]));

  it('round-trips fixes to within one quantum of progress', () => {
    const event = {
      type: 'fixes' as const,
      time: 1_584_000_000_000,
      fixes: [
        { vehicle: 'RAIL-1', time: 1_584_000_000_000, progress: 1 },
        { vehicle: 'CK-1', time: 1_584_000_000_000, progress: 0.123456 },
      ],
    };
    const frame = encodePositions(7, event, index);
    expect(frame.seq).toBe(7);
    expect(frame.t).toBe(1_584_000_000_000);
    const decoded = decodePositions(frame, legIds);
    expect(decoded.fixes.map((f) => f.vehicle)).toEqual(['CK-1', 'RAIL-1']);
    expect(decoded.fixes[0]?.progress).toBeCloseTo(0.123456, 4);
    expect(decoded.fixes[1]).toEqual({ vehicle: 'RAIL-1', time: 1_584_000_000_000, progress: 1 });
  });

  it('skips vehicles it does not know on either side', () => {
    const frame = encodePositions(
      1,
      { type: 'fixes', time: 0, fixes: [{ vehicle: 'X', time: 0, progress: 0 }] },
      index,
    );
    expect(decodePositions(frame, legIds).fixes).toEqual([]);
    const unknown = encodePositions(
      1,
      { type: 'fixes', time: 0, fixes: [{ vehicle: 'V9', time: 0, progress: 0.5 }] },
      new Map([['V9', 9]]),
    );
    expect(decodePositions(unknown, legIds).fixes).toEqual([]);
  });

  it('refuses malformed frames without throwing', () => {
    const visited: number[] = [];
    const visit = (i: number) => visited.push(i);
    for (const b of ['', 'A', '!!!!', 'AQ==', 'gA==', '////', 'AgEB']) {
      expect(readPositions({ seq: 1, t: 0, b }, visit), b).toBe(false);
    }
    expect(readPositions({ seq: 1, t: 0 } as unknown as PositionsFrame, visit)).toBe(false);
    expect(readPositions(null as unknown as PositionsFrame, visit)).toBe(false);
    expect(visited).toEqual([]);
  });

  it('costs at most 6 bytes per vehicle on the wire for 10,000 vehicles', () => {
    const n = 10_000;
    const fixes = Array.from({ length: n }, (_, i) => ({ vehicle: `V${i}`, time: 0, progress: i / n }));
    const frame = encodePositions(
      123_456,
      { type: 'fixes', time: 1_584_000_000_000, fixes },
      new Map(fixes.map((f, i) => [f.vehicle, i * 3])),
    );
    const wire = `42/display,${JSON.stringify(['positions', frame])}`;
    expect(wire.length / n).toBeLessThanOrEqual(6);
    expect(
      decodePositions(
        frame,
        Array.from({ length: 3 * n }, (_, i) => (i % 3 === 0 ? `V${i / 3}` : '')),
      ).fixes,
    ).toHaveLength(n);
  });

  it('decodes what it encodes, for any set of legs and progress', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2_000_000 }), { maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (indices, p) => {
          const ids = new Map(indices.map((i) => [`L${i}`, i]));
          const fixes = indices.map((i) => ({ vehicle: `L${i}`, time: 5, progress: p }));
          const seen: [number, number][] = [];
          expect(
            readPositions(encodePositions(1, { type: 'fixes', time: 5, fixes }, ids), (i, q) =>
              seen.push([i, q]),
            ),
          ).toBe(true);
          expect(seen.map(([i]) => i)).toEqual([...indices].sort((a, b) => a - b));
          for (const [, q] of seen) expect(Math.abs(q - p)).toBeLessThanOrEqual(0.5 / 65535 + 1e-12);
        },
      ),
    );
  });
});

describe('base64', () => {
  it('matches Node for any bytes, and reuses a scratch buffer', () => {
    const scratch = { bytes: new Uint8Array(4) };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect([...(fromBase64(text, scratch) ?? [])]).toEqual([...bytes]);
      }),
    );
  });

  it('refuses what is not base64', () => {
    for (const text of ['abc', 'ab!d', 'Á===', 'ab=d']) expect(fromBase64(text), text).toBeNull();
  });
});
