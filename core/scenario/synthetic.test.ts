import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan } from './plan';
import { syntheticScenario } from './synthetic';
import { validateScenario } from './validate';

function bundled() {
  const result = validateScenario(JSON.parse(readFileSync('data/scenarios/airlift-2020.json', 'utf8')));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
}

describe('synthetic scenario', () => {
  it('is a valid scenario with every vehicle moving at its busy time, all marked illustrative', () => {
    const { scenario, busy } = syntheticScenario(bundled(), 400);
    const checked = validateScenario(JSON.parse(JSON.stringify(scenario)));
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    const plan = compilePlan(scenario);
    expect(plan.legs).toHaveLength(400);
    expect(plan.legs.filter((leg) => leg.depart < busy && busy < leg.arrive)).toHaveLength(400);
    expect(new Set(plan.legs.map((leg) => leg.mode))).toEqual(new Set(['air', 'road', 'rail']));
    for (const leg of plan.legs) expect(leg.provenance).toEqual({ illustrative: 'synthetic load test' });
    expect(plan.legs.every((leg) => leg.from !== leg.to)).toBe(true);
  });

  it('is the same for the same seed and differs for another', () => {
    const base = bundled();
    const a = JSON.stringify(syntheticScenario(base, 50, 7));
    expect(JSON.stringify(syntheticScenario(base, 50, 7))).toBe(a);
    expect(JSON.stringify(syntheticScenario(base, 50, 8))).not.toBe(a);
  });

  it('refuses a count that is not a whole positive number', () => {
    expect(() => syntheticScenario(bundled(), 0)).toThrow('--synthetic: expected a whole number ≥ 1, got 0');
    expect(() => syntheticScenario(bundled(), 2.5)).toThrow('got 2.5');
  });
});
