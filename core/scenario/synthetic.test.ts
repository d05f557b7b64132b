import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan } from './plan';
import { syntheticScenario as generate, type SyntheticPlaces } from './synthetic';
import { validateScenario } from './validate';

const places = JSON.parse(readFileSync('data/synthetic/places.json', 'utf8')) as SyntheticPlaces;
const syntheticScenario = (vehicles: number, seed?: number) => generate(places, vehicles, seed);

describe('synthetic scenario', () => {
  it('is a valid scenario with every vehicle moving at its busy time, all marked illustrative', () => {
    const { scenario, busy } = syntheticScenario(400);
    const checked = validateScenario(JSON.parse(JSON.stringify(scenario)));
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    const plan = compilePlan(scenario);
    expect(plan.legs).toHaveLength(400);
    expect(plan.legs.filter((leg) => leg.depart < busy && busy < leg.arrive)).toHaveLength(400);
    expect(new Set(plan.legs.map((leg) => leg.mode))).toEqual(new Set(['air', 'road', 'rail']));
    for (const leg of plan.legs) expect(leg.provenance).toEqual({ illustrative: 'synthetic load test' });
    expect(plan.legs.every((leg) => leg.from !== leg.to)).toBe(true);
  });

  it('says it is generated: its own title, item and footnote, and no source', () => {
    const { scenario } = syntheticScenario(200);
    expect(scenario.title.en).toBe('Load test: 200 generated vehicles');
    expect(scenario.items.map((item) => item.id)).toEqual(['generated']);
    expect(scenario.footnote?.fr).toContain('Données générées');
    expect(scenario.sources).toEqual({});
    expect(JSON.stringify(scenario)).not.toMatch(/"reported"/);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = JSON.stringify(syntheticScenario(50, 7));
    expect(JSON.stringify(syntheticScenario(50, 7))).toBe(a);
    expect(JSON.stringify(syntheticScenario(50, 8))).not.toBe(a);
  });

  it('refuses a count that is not a whole positive number', () => {
    expect(() => syntheticScenario(0)).toThrow('--synthetic: expected a whole number ≥ 1, got 0');
    expect(() => syntheticScenario(2.5)).toThrow('got 2.5');
  });
});
