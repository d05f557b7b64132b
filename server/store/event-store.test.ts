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

  it('keeps a bounded number of fixes however many vehicles a tick moves', () => {
    const store = new MemoryEventStore(10_000, 25_000);
    const fixes = Array.from({ length: 10_000 }, (_, i) => ({ vehicle: `V${i}`, time: 0, progress: 0.5 }));
    for (let i = 0; i < 6; i++) store.append({ type: 'fixes', time: i, fixes }, i);
    expect(store.head).toBe(6);
    expect(store.since(4)?.map((e) => e.seq)).toEqual([5, 6]);
    expect(store.since(3)).toBeNull();
  });
});
