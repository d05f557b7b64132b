import { afterEach, describe, expect, it, vi } from 'vitest';
import { Tour } from './tour';

afterEach(() => {
  vi.useRealTimers();
});

describe('kiosk tour', () => {
  it('shows each scene in turn, then starts again', () => {
    vi.useFakeTimers();
    const shown: string[] = [];
    const tour = new Tour((s) => shown.push(s), 1000, 5000);
    tour.start();
    vi.advanceTimersByTime(4500);
    expect(shown).toEqual(['overview', 'hangzhou', 'liege', 'europe', 'overview']);
    tour.stop();
  });

  it('cuts to a scene and resumes the tour after the cut', () => {
    vi.useFakeTimers();
    const shown: string[] = [];
    const tour = new Tour((s) => shown.push(s), 1000, 3000);
    tour.start();
    vi.advanceTimersByTime(500);
    tour.cutTo('liege');
    vi.advanceTimersByTime(2900);
    expect(shown).toEqual(['overview', 'liege']);
    vi.advanceTimersByTime(200);
    expect(shown).toEqual(['overview', 'liege', 'hangzhou']);
    tour.stop();
  });
});
