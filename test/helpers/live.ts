import { LiveState } from '../../client/live/live-state';
import type { Fix } from '../../core/position';
import { initialPresenter } from '../../core/presenter';
import { bundledPlan } from './server';

/** A screen's state loaded from a snapshot of the bundled plan, with the given fixes per leg. */
export function liveStateOfBundledPlan(fixes: Record<string, Fix[]> = {}) {
  const plan = bundledPlan();
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
    vehicles: plan.legs.map((leg) => ({ id: leg.id, fixes: fixes[leg.id] ?? [] })),
    clock: { anchorScenario: plan.start, anchorWall: 0, rate: 1, paused: true },
    presenter: initialPresenter(),
    kpis: {} as never,
  });
  return { live, plan };
}
