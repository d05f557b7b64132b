import { describe, expect, it } from 'vitest';
import { encodePositions } from '../../core/protocol';
import { liveStateOfBundledPlan } from '../../test/helpers/live';

function loaded() {
  const { live, plan } = liveStateOfBundledPlan();
  return { live, plan, index: new Map(plan.legs.map((leg, i) => [leg.id, i])) };
}

describe('LiveState positions', () => {
  it('folds a frame into the tracks, ignores stale and malformed frames', () => {
    const { live, plan, index } = loaded();
    const [a, b] = plan.legs;
    if (!a || !b) throw new Error('two legs expected');
    const frame = (seq: number, time: number, progress: number) =>
      encodePositions(seq, { type: 'fixes', time, fixes: [{ vehicle: a.id, time, progress }] }, index);
    live.applyPositions(frame(11, 1000, 0.25));
    live.applyPositions(frame(12, 2000, 0.5));
    live.applyPositions(frame(12, 3000, 0.75));
    live.applyPositions({ seq: 13, t: 4000, b: '!!' });
    expect(live.state?.tracks[a.id]).toEqual([
      { time: 1000, progress: expect.closeTo(0.25, 4) },
      { time: 2000, progress: expect.closeTo(0.5, 4) },
    ]);
    expect(live.state?.tracks[b.id]).toEqual([]);
    expect(live.state?.seq).toBe(12);
    expect(live.positionsApplied).toBe(3);
  });
});
