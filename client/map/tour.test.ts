import { afterEach, describe, expect, it, vi } from 'vitest';
import { Tour } from './tour';

afterEach(() => {
  vi.useRealTimers();
});

const stops = [{ scene: 'whole' }, { scene: 'port', seconds: 3 }, { scene: 'inland' }];

describe('kiosk tour', () => {
  it('shows each scene in turn for its own time or the default, then starts again', () => {
    vi.useFakeTimers();
    const shown: string[] = [];
    const tour = new Tour((s) => shown.push(s), 1000);
    tour.start(stops);
    vi.advanceTimersByTime(1500);
    expect(shown).toEqual(['whole', 'port']);
    vi.advanceTimersByTime(3000);
    expect(shown).toEqual(['whole', 'port', 'inland']);
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual(['whole', 'port', 'inland', 'whole']);
    tour.stop();
  });

  it('gives every scene the screen’s time where the screen asked for one', () => {
    vi.useFakeTimers();
    const shown: string[] = [];
    const tour = new Tour((s) => shown.push(s), 1000, true);
    tour.start(stops);
    vi.advanceTimersByTime(2500);
    expect(shown).toEqual(['whole', 'port', 'inland']);
    tour.stop();
  });

  it('cuts to a scene for the cut’s time and resumes the tour after it', () => {
    vi.useFakeTimers();
    const shown: string[] = [];
    const tour = new Tour((s) => shown.push(s), 1000);
    tour.start(stops);
    vi.advanceTimersByTime(500);
    tour.cutTo('inland', 3000);
    vi.advanceTimersByTime(2900);
    expect(shown).toEqual(['whole', 'inland']);
    vi.advanceTimersByTime(200);
    expect(shown).toEqual(['whole', 'inland', 'port']);
    tour.stop();
  });

  it('starts a new plan’s tour from its first scene', () => {
    vi.useFakeTimers();
    const shown: string[] = [];
    const tour = new Tour((s) => shown.push(s), 1000);
    tour.start(stops);
    vi.advanceTimersByTime(1000);
    tour.start([{ scene: 'only' }]);
    vi.advanceTimersByTime(2000);
    expect(shown).toEqual(['whole', 'port', 'only', 'only', 'only']);
    tour.stop();
  });

  it('follows a plan that grows from the next scene on, without starting over', () => {
    vi.useFakeTimers();
    const shown: string[] = [];
    const tour = new Tour((s) => shown.push(s), 1000);
    tour.start([{ scene: 'whole' }]);
    vi.advanceTimersByTime(500);
    tour.follow([{ scene: 'whole' }, { scene: 'new hub' }]);
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual(['whole', 'new hub']);
    tour.stop();
  });
});
