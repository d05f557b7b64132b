import { describe, expect, it } from 'vitest';
import { reloadDelay } from './reload';

describe('how soon a screen reloads itself', () => {
  const now = 1_000_000_000;
  const minutesAgo = (...m: number[]) => m.map((x) => now - x * 60_000);

  it('reloads at once the first three times in ten minutes', () => {
    expect(reloadDelay([], now)).toBe(0);
    expect(reloadDelay(minutesAgo(1, 2), now)).toBe(0);
  });

  it('backs off from the fourth, doubling up to ten minutes', () => {
    expect(reloadDelay(minutesAgo(1, 2, 3), now)).toBe(30_000);
    expect(reloadDelay(minutesAgo(1, 2, 3, 4), now)).toBe(60_000);
    expect(reloadDelay(minutesAgo(0, 1, 1, 2, 2, 3, 3, 4, 4), now)).toBe(600_000);
  });

  it('forgets reloads older than ten minutes', () => {
    expect(reloadDelay(minutesAgo(11, 12, 13, 14), now)).toBe(0);
  });
});
