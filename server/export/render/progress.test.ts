import { describe, expect, it } from 'vitest';
import { clock, progressAt, progressLine } from './progress';

describe('the progress bar', () => {
  it('tells the frames done and the time left at the pace so far', () => {
    const figures = progressAt(300, 900, 60_000);
    expect(figures.secondsLeft).toBe(120);
    expect(progressLine(figures, 12)).toBe('[████░░░░░░░░] 300/900 frames · 33 % · 2:00 left');
  });

  it('says no time left before the first frame, and a full bar at the end', () => {
    expect(progressLine(progressAt(0, 30, 5000), 4)).toBe('[░░░░] 0/30 frames · 0 %');
    expect(progressLine(progressAt(30, 30, 5000), 4)).toBe('[████] 30/30 frames · 100 % · 0:00 left');
    expect(clock(3725)).toBe('62:05');
  });
});
