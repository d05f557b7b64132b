import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan, validateScenario } from '../../core/scenario';
import { focusBounds, focusedLegs } from './focus';

const result = validateScenario(JSON.parse(readFileSync('data/scenarios/airlift-2020.json', 'utf8')));
if (!result.ok) throw new Error(result.errors.join('\n'));
const plan = compilePlan(result.scenario);

describe('presenter focus', () => {
  it('finds every leg towards Italy, both flights and both onward legs', () => {
    expect([...(focusedLegs(plan, { kind: 'country', code: 'IT' }) ?? [])].sort()).toEqual([
      'CN-HGH-LGG-0313',
      'CN-HGH-LGG-0317',
      'LGG-MXP-0314',
      'LGG-MXP-0318',
    ]);
  });

  it('frames one shipment from its origin to its destination', () => {
    const legs = focusedLegs(plan, { kind: 'shipment', id: 'S7-CH' }) as Set<string>;
    const [[west, south], [east, north]] = focusBounds(plan, legs) ?? [
      [0, 0],
      [0, 0],
    ];
    expect(east).toBeCloseTo(120.434, 2);
    expect(west).toBeLessThan(6);
    expect(south).toBeLessThan(31);
    expect(north).toBeGreaterThan(50);
  });

  it('is empty for no focus and for an unknown shipment', () => {
    expect(focusedLegs(plan, null)).toBeNull();
    expect(focusBounds(plan, focusedLegs(plan, { kind: 'shipment', id: 'nope' }) as Set<string>)).toBeNull();
  });
});
