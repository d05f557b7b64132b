import { describe, expect, it } from 'vitest';
import { applyPresenterChange, initialPresenter, presenterChangeSchema } from './presenter';

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
      { scene: 'moon' },
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
});
