import { describe, expect, it } from 'vitest';
import { edit, scenarioFixture } from '../test/helpers/scenario-fixture';
import {
  applyPresenterChange,
  initialPresenter,
  presenterChangeProblem,
  presenterChangeSchema,
} from './presenter';
import { compilePlan, validateScenario } from './scenario';

describe('presenter state', () => {
  it('counts scene commands so the same scene can be chosen twice', () => {
    const once = applyPresenterChange(initialPresenter(), { scene: 'liege' });
    const twice = applyPresenterChange(once, { scene: 'liege' });
    expect([once.sceneCount, twice.sceneCount, twice.scene]).toEqual([1, 2, 'liege']);
  });

  it('merges layer toggles and clears an empty banner', () => {
    let state = applyPresenterChange(initialPresenter(), { layers: { rail: false } });
    state = applyPresenterChange(state, { layers: { labels: false } });
    expect(state.layers).toEqual({ air: true, rail: false, road: true, trails: true, labels: false });
    state = applyPresenterChange(state, { banner: 'Press conference at 11:00' });
    expect(state.banner).toBe('Press conference at 11:00');
    expect(applyPresenterChange(state, { banner: '' }).banner).toBeNull();
  });

  it('refuses commands that are not one of its own', () => {
    for (const bad of [
      { scene: '' },
      { scene: 42 },
      { language: 'es' },
      { banner: 'x'.repeat(141) },
      { focus: { kind: 'country', code: 'italy' } },
      { layers: { air: 'yes' } },
      { scene: 'liege', language: 'fr' },
      JSON.parse('{"__proto__": {"scene": "liege"}}'),
      null,
      'liege',
    ]) {
      expect(presenterChangeSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(presenterChangeSchema.safeParse({ focus: { kind: 'shipment', id: 'S1-IT' } }).success).toBe(true);
  });

  it('refuses a scene the plan that plays does not have, naming it and the plan’s scenes', () => {
    const checked = validateScenario(
      edit(scenarioFixture(), {
        scenes: [
          {
            id: 'route',
            name: { en: 'Route' },
            area: [
              [-5, 0],
              [80, 30],
            ],
          },
        ],
      }),
    );
    if (!checked.ok) throw new Error(checked.errors.join('\n'));
    const plan = compilePlan(checked.scenario);
    expect(presenterChangeProblem(plan, { scene: 'route' })).toBeNull();
    expect(presenterChangeProblem(plan, { scene: 'liege' })).toBe(
      'scene: the plan "test" has no scene "liege" (its scenes: route)',
    );
    expect(presenterChangeProblem(plan, { banner: 'Welcome' })).toBeNull();
  });
});
