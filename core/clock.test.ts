import { describe, expect, it } from 'vitest';
import { type ClockState, pause, play, scenarioNow, seek, setRate } from './clock';

const start: ClockState = { anchorScenario: 1_000_000, anchorWall: 500, rate: 60, paused: false };

describe('scenario clock', () => {
  it('runs at its rate from the anchor', () => {
    expect(scenarioNow(start, 500)).toBe(1_000_000);
    expect(scenarioNow(start, 1500)).toBe(1_060_000);
  });

  it('stands still while paused and resumes where it stopped', () => {
    const paused = pause(start, 1500);
    expect(scenarioNow(paused, 99_999)).toBe(1_060_000);
    const resumed = play(paused, 10_000);
    expect(scenarioNow(resumed, 11_000)).toBe(1_120_000);
  });

  it('keeps the current instant when the rate changes', () => {
    const faster = setRate(start, 600, 1500);
    expect(scenarioNow(faster, 1500)).toBe(1_060_000);
    expect(scenarioNow(faster, 2500)).toBe(1_660_000);
  });

  it('jumps to a seek target and keeps playing from there', () => {
    const moved = seek(start, 5_000_000, 2000);
    expect(scenarioNow(moved, 3000)).toBe(5_060_000);
  });

  it('refuses a rate that is not a positive number', () => {
    expect(() => setRate(start, 0, 0)).toThrow('rate must be a positive number, got 0');
    expect(() => setRate(start, Number.NaN, 0)).toThrow(RangeError);
  });
});
