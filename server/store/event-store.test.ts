import { describe, expect, it } from 'vitest';
import { MemoryEventStore } from './event-store';

const clock = {
  type: 'clock',
  reason: 'play',
  clock: { anchorScenario: 0, anchorWall: 0, rate: 1, paused: false },
} as const;

describe('memory event store', () => {
  it('numbers entries from 1 and returns those after a seq', () => {
    const store = new MemoryEventStore();
    for (let i = 0; i < 5; i++) store.append(clock, i);
    expect(store.head).toBe(5);
    expect(store.since(3)?.map((e) => e.seq)).toEqual([4, 5]);
    expect(store.since(5)).toEqual([]);
  });

  it('keeps only its capacity and says when older entries are gone', () => {
    const store = new MemoryEventStore(3);
    for (let i = 0; i < 10; i++) store.append(clock, i);
    expect(store.since(7)?.map((e) => e.seq)).toEqual([8, 9, 10]);
    expect(store.since(6)).toBeNull();
  });

  it('numbers position fixes but does not keep them', () => {
    const store = new MemoryEventStore(3);
    const fixes = [{ vehicle: 'V1', time: 0, progress: 0.5 }];
    store.append(clock, 0);
    for (let i = 1; i < 6; i++) store.append({ type: 'fixes', time: i, fixes }, i);
    store.append(clock, 6);
    expect(store.head).toBe(7);
    expect(store.since(0)?.map((e) => e.seq)).toEqual([1, 7]);
    expect(store.since(3)?.map((e) => e.seq)).toEqual([7]);
    for (let i = 0; i < 3; i++) store.append(clock, 7 + i);
    expect(store.since(1)).toBeNull();
    expect(store.since(7)?.map((e) => e.seq)).toEqual([8, 9, 10]);
  });
});
