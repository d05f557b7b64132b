import { describe, expect, it } from 'vitest';
import { declutter } from './declutter';

const names = <T>(placed: { item: T; side: string }[]) => placed.map((p) => `${p.item} ${p.side}`);

describe('label declutter', () => {
  it('keeps the higher-priority label where two collide, and moves the other to its left', () => {
    const kept = declutter(
      [
        { item: 'Port', text: 'Port', x: 100, y: 100, priority: 10 },
        { item: 'Hub', text: 'Hub', x: 104, y: 102, priority: 100 },
        { item: 'Plant', text: 'Plant', x: 40, y: 300, priority: 50 },
      ],
      15,
      9,
    );
    expect(names(kept)).toEqual(['Hub right', 'Plant right', 'Port left']);
  });

  it('drops a label that fits on neither side', () => {
    const kept = declutter(
      [
        { item: 'Tokyo Narita', text: 'Tokyo Narita', x: 100, y: 100, priority: 100 },
        { item: 'Tokyo', text: 'Tokyo', x: 101, y: 101, priority: 10 },
        { item: 'Haneda', text: 'Haneda', x: 99, y: 99, priority: 10 },
      ],
      15,
      9,
    );
    expect(names(kept)).toEqual(['Tokyo Narita right', 'Tokyo left']);
  });

  it('keeps labels off the panels over the map, on whichever side is clear', () => {
    const panel: [number, number, number, number] = [120, 0, 400, 200];
    const kept = declutter([{ item: 'East', text: 'Eastern', x: 110, y: 50, priority: 1 }], 15, 9, [panel]);
    expect(names(kept)).toEqual(['East left']);
    const under = declutter([{ item: 'In', text: 'Inside', x: 200, y: 50, priority: 1 }], 15, 9, [panel]);
    expect(under).toEqual([]);
  });

  it('keeps labels on the screen', () => {
    const edge = declutter(
      [{ item: 'Edge', text: 'Edge', x: 950, y: 50, priority: 1 }],
      15,
      9,
      [],
      [0, 0, 960, 540],
    );
    expect(names(edge)).toEqual(['Edge left']);
  });

  it('keeps labels that sit apart', () => {
    const far = [0, 1, 2].map((i) => ({ item: i, text: 'Amsterdam', x: 0, y: i * 40, priority: 1 }));
    expect(names(declutter(far, 15, 9))).toEqual(['0 right', '1 right', '2 right']);
  });
});
