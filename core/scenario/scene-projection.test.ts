import { describe, expect, it } from 'vitest';
import { scenarioFixture } from '../../test/helpers/scenario-fixture';
import { compilePlan } from './plan';
import { validateScenario } from './validate';

const withScene = (scene: Record<string, unknown>) => ({
  ...scenarioFixture(),
  scenes: [
    {
      id: 'route',
      name: { en: 'The route' },
      area: [
        [50, 0],
        [80, 30],
      ],
      ...scene,
    },
  ],
});

describe('a scene’s projection', () => {
  it('draws a scene on a globe where the file says so, flat otherwise', () => {
    const result = validateScenario(withScene({ projection: 'globe' }));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(compilePlan(result.scenario).story.scenes[0]?.projection).toBe('globe');
    const flat = validateScenario(withScene({}));
    expect(flat.ok && compilePlan(flat.scenario).story.scenes[0]?.projection).toBeUndefined();
  });

  it('refuses a projection the screen cannot draw, naming the ones it can', () => {
    const result = validateScenario(withScene({ projection: 'robinson' }));
    expect(result.ok ? [] : result.errors).toEqual(['scenes[0].projection: expected one of mercator, globe']);
  });
});
