import { describe, expect, it } from 'vitest';
import { greatCirclePath } from './geo/great-circle';
import { measurePath, pointAlong } from './geo/polyline';
import { addFix, type Fix, positionAt, TRACK_LENGTH } from './position';

const H = 3_600_000;
const schedule = { depart: 0, arrive: 10 * H };

describe('position at time t', () => {
  it('follows the schedule, estimated, when nothing was reported', () => {
    expect(positionAt(schedule, [], -H, H)).toEqual({ progress: 0, phase: 'waiting', estimated: true });
    expect(positionAt(schedule, [], 5 * H, H)).toEqual({ progress: 0.5, phase: 'moving', estimated: true });
    expect(positionAt(schedule, [], 11 * H, H)).toEqual({ progress: 1, phase: 'arrived', estimated: true });
  });

  it('interpolates linearly in time between two fixes', () => {
    const track: Fix[] = [
      { time: 2 * H, progress: 0.1 },
      { time: 4 * H, progress: 0.5 },
    ];
    const p = positionAt(schedule, track, 3 * H, H);
    expect(p.progress).toBeCloseTo(0.3, 10);
    expect(p.estimated).toBe(false);
  });

  it('extrapolates after the last fix towards an on-time arrival, then marks it estimated', () => {
    const track: Fix[] = [{ time: 5 * H, progress: 0.6 }];
    const soon = positionAt(schedule, track, 6 * H, 2 * H);
    expect(soon.progress).toBeCloseTo(0.68, 10);
    expect(soon.estimated).toBe(false);
    const later = positionAt(schedule, track, 8 * H, 2 * H);
    expect(later.progress).toBeCloseTo(0.84, 10);
    expect(later.estimated).toBe(true);
    expect(positionAt(schedule, track, 12 * H, 2 * H).phase).toBe('arrived');
  });

  it('keeps moving at the observed speed when late', () => {
    const track: Fix[] = [
      { time: 10 * H, progress: 0.8 },
      { time: 11 * H, progress: 0.9 },
    ];
    expect(positionAt(schedule, track, 11.5 * H, H).progress).toBeCloseTo(0.95, 10);
  });

  it('maps progress onto a great circle so the vehicle glides between fixes', () => {
    const path = measurePath(greatCirclePath([120.434, 30.2295], [5.4428, 50.6364]));
    const track: Fix[] = [
      { time: 0, progress: 0 },
      { time: 10 * H, progress: 1 },
    ];
    const samples = [0, 1, 2, 3, 4, 5].map((h) =>
      pointAlong(path, positionAt(schedule, track, h * H, H).progress),
    );
    for (let i = 1; i < samples.length; i++) {
      expect(samples[i]?.lon).toBeLessThan(samples[i - 1]?.lon ?? Number.POSITIVE_INFINITY);
    }
    expect(pointAlong(path, 0.5).lat).toBeGreaterThan(55);
  });
});

describe('track of fixes', () => {
  it('never moves a vehicle backwards on out-of-order fixes', () => {
    const track: Fix[] = [];
    expect(addFix(track, { time: 4 * H, progress: 0.4 })).toBe('accepted');
    const before = positionAt(schedule, track, 5 * H, H).progress;
    expect(addFix(track, { time: 3 * H, progress: 0.5 })).toBe('backwards');
    expect(addFix(track, { time: 5 * H, progress: 0.3 })).toBe('backwards');
    expect(positionAt(schedule, track, 5 * H, H).progress).toBe(before);
  });

  it('keeps a late fix that agrees with its neighbours, in time order', () => {
    const track: Fix[] = [];
    addFix(track, { time: 1 * H, progress: 0.1 });
    addFix(track, { time: 3 * H, progress: 0.3 });
    expect(addFix(track, { time: 2 * H, progress: 0.25 })).toBe('accepted');
    expect(track.map((f) => f.time)).toEqual([1 * H, 2 * H, 3 * H]);
    expect(positionAt(schedule, track, 3 * H, H).progress).toBe(0.3);
  });

  it('says duplicate for the same fix twice and refuses NaN or out-of-range progress', () => {
    const track: Fix[] = [{ time: H, progress: 0.1 }];
    expect(addFix(track, { time: H, progress: 0.1 })).toBe('duplicate');
    expect(addFix(track, { time: 2 * H, progress: Number.NaN })).toBe('invalid');
    expect(addFix(track, { time: 2 * H, progress: 1.5 })).toBe('invalid');
    expect(track).toHaveLength(1);
  });

  it(`keeps at most ${TRACK_LENGTH} fixes`, () => {
    const track: Fix[] = [];
    for (let i = 0; i < 50; i++) addFix(track, { time: i * H, progress: i / 50 });
    expect(track).toHaveLength(TRACK_LENGTH);
    expect(track[0]?.time).toBe(42 * H);
  });
});
