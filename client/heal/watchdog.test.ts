import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Watchdog } from './watchdog';

describe('the render watchdog', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const watch = (visible = () => true) => {
    const seen = { stalls: [] as boolean[], reloads: 0 };
    const dog = new Watchdog({
      everyMs: 1000,
      silentLooks: 5,
      graceMs: 3000,
      onStall: (stalled) => seen.stalls.push(stalled),
      reload: () => seen.reloads++,
      visible,
    });
    return { dog, seen };
  };

  it('leaves a page that draws alone', () => {
    const { dog, seen } = watch();
    for (let s = 0; s < 60; s++) {
      dog.beat();
      vi.advanceTimersByTime(1000);
    }
    expect(seen).toEqual({ stalls: [], reloads: 0 });
    dog.stop();
  });

  it('says so after five silent looks, then reloads after the grace', () => {
    const { dog, seen } = watch();
    vi.advanceTimersByTime(5000);
    expect(seen).toEqual({ stalls: [true], reloads: 0 });
    vi.advanceTimersByTime(2999);
    expect(seen.reloads).toBe(0);
    vi.advanceTimersByTime(1);
    expect(seen.reloads).toBe(1);
    dog.stop();
  });

  it('stands down when frames come back within the grace', () => {
    const { dog, seen } = watch();
    vi.advanceTimersByTime(5000);
    for (let s = 0; s < 10; s++) {
      dog.beat();
      vi.advanceTimersByTime(1000);
    }
    expect(seen).toEqual({ stalls: [true, false], reloads: 0 });
    dog.stop();
  });

  it('leaves a hidden page alone', () => {
    const { dog, seen } = watch(() => false);
    vi.advanceTimersByTime(60_000);
    expect(seen).toEqual({ stalls: [], reloads: 0 });
    dog.stop();
  });
});
