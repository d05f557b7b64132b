import { describe, expect, it } from 'vitest';
import { ClockSync } from './clock-sync';

describe('clock sync', () => {
  it('trusts the sample with the shortest round trip', () => {
    const sync = new ClockSync();
    sync.addSample(1000, 6000, 1400); // rtt 400: offset 4800
    sync.addSample(2000, 7010, 2020); // rtt 20: offset 5000
    sync.addSample(3000, 7900, 3300); // rtt 300: offset 4750
    expect(sync.offset).toBe(5000);
    expect(sync.rtt).toBe(20);
    expect(sync.serverNow(10_000)).toBe(15_000);
  });

  it('uses a rough offset until a ping returns, then forgets it', () => {
    const sync = new ClockSync();
    sync.roughly(5000, 1000);
    expect(sync.offset).toBe(4000);
    sync.addSample(0, 100, 10);
    expect(sync.offset).toBe(95);
  });

  it('keeps only recent samples', () => {
    const sync = new ClockSync();
    sync.addSample(0, 1000, 2); // best but old
    for (let i = 1; i <= 16; i++) sync.addSample(i * 100, i * 100 + 50 + 500, i * 100 + 100);
    expect(sync.offset).toBe(500);
  });
});
