import { describe, expect, it } from 'vitest';
import { feedTime } from './feed-time';

describe('tracker feed times', () => {
  it('reads ISO 8601 with a zone', () => {
    expect(feedTime('2024-06-10T10:00:00Z')).toBe(Date.UTC(2024, 5, 10, 10));
    expect(feedTime('2024-06-10T12:00:00.250+02:00')).toBe(Date.UTC(2024, 5, 10, 10, 0, 0, 250));
    expect(feedTime('2024-06-10 05:30:00-0430')).toBe(Date.UTC(2024, 5, 10, 10));
    expect(feedTime('2024-06-10T15:30+05:30')).toBe(Date.UTC(2024, 5, 10, 10));
  });

  it('tells epoch seconds from milliseconds by magnitude', () => {
    expect(feedTime(1718013600)).toBe(1718013600000);
    expect(feedTime(1718013600.5)).toBe(1718013600500);
    expect(feedTime(1718013600123)).toBe(1718013600123);
  });

  it('refuses times without a zone, days that do not exist and other strings', () => {
    for (const value of [
      '2024-06-10T10:00:00',
      '2024-02-30T10:00:00Z',
      '2024-06-10T24:00:00Z',
      'yesterday',
      '1718013600',
      -5,
      true,
      null,
    ]) {
      expect(feedTime(value)).toBeNull();
    }
  });
});
