import { describe, expect, it } from 'vitest';
import { declutter } from './declutter';

describe('label declutter', () => {
  it('keeps the higher-priority label where two collide', () => {
    const kept = declutter(
      [
        { item: 'Brussels', text: 'Brussels', x: 100, y: 100, priority: 10 },
        { item: 'Liège', text: 'Liège', x: 104, y: 102, priority: 100 },
        { item: 'Madrid', text: 'Madrid', x: 40, y: 300, priority: 50 },
      ],
      15,
      9,
    );
    expect(kept).toEqual(['Liège', 'Madrid']);
  });

  it('keeps labels that sit apart', () => {
    const far = [0, 1, 2].map((i) => ({ item: i, text: 'Amsterdam', x: 0, y: i * 40, priority: 1 }));
    expect(declutter(far, 15, 9)).toEqual([0, 1, 2]);
  });
});
