import { describe, expect, it } from 'vitest';
import { decodePositions, encodePositions } from './positions';

describe('positions frame', () => {
  const legIds = ['CK-1', 'RAIL-1'];
  const index = new Map(legIds.map((id, i) => [id, i]));

  it('round-trips fixes to within one quantum of progress', () => {
    const event = {
      type: 'fixes' as const,
      time: 1_584_000_000_000,
      fixes: [
        { vehicle: 'CK-1', time: 1_584_000_000_000, progress: 0.123456 },
        { vehicle: 'RAIL-1', time: 1_584_000_000_000, progress: 1 },
      ],
    };
    const frame = encodePositions(7, event, index);
    expect(frame).toEqual({ seq: 7, t: 1_584_000_000_000, v: [0, 8091, 1, 65535] });
    const decoded = decodePositions(frame, legIds);
    expect(decoded.fixes[0]?.progress).toBeCloseTo(0.123456, 4);
    expect(decoded.fixes[1]).toEqual({ vehicle: 'RAIL-1', time: 1_584_000_000_000, progress: 1 });
  });

  it('skips vehicles it does not know on either side', () => {
    const frame = encodePositions(
      1,
      { type: 'fixes', time: 0, fixes: [{ vehicle: 'X', time: 0, progress: 0 }] },
      index,
    );
    expect(frame.v).toEqual([]);
    expect(decodePositions({ seq: 1, t: 0, v: [9, 100] }, legIds).fixes).toEqual([]);
  });

  it('costs a few bytes per vehicle as JSON', () => {
    const fixes = Array.from({ length: 100 }, (_, i) => ({ vehicle: `V${i}`, time: 0, progress: i / 100 }));
    const frame = encodePositions(
      1,
      { type: 'fixes', time: 0, fixes },
      new Map(fixes.map((f, i) => [f.vehicle, i])),
    );
    expect(JSON.stringify(frame).length / 100).toBeLessThan(10);
  });
});
