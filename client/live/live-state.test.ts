import { describe, expect, it } from 'vitest';
import { initialPresenter } from '../../core/presenter';
import { encodePositions } from '../../core/protocol';
import { loadScenarioFile } from '../../server/scenario-file';
import { LiveState } from './live-state';

function loaded() {
  const result = loadScenarioFile('data/scenarios/airlift-2020.json');
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const plan = result.plan;
  const live = new LiveState();
  live.load({
    runId: 'r',
    seq: 10,
    updateSeq: 10,
    serverTime: 0,
    tickMs: 1000,
    plan,
    planVersion: 'r/0',
    statuses: {},
    vehicles: plan.legs.map((leg) => ({ id: leg.id, fixes: [] })),
    clock: { anchorScenario: plan.start, anchorWall: 0, rate: 1, paused: true },
    presenter: initialPresenter(),
    kpis: {} as never,
  });
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
