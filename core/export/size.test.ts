import { describe, expect, it } from 'vitest';
import { NAMED_SIZES, parseDuration, parseSize } from './size';

describe('picture sizes', () => {
  it('draws 4K at devicePixelRatio 2 and the rest at 1', () => {
    expect(NAMED_SIZES.map((s) => parseSize(s).deviceScaleFactor)).toEqual([1, 2, 1, 1]);
    expect(parseSize('3840×2160')).toEqual({ width: 3840, height: 2160, deviceScaleFactor: 2 });
  });

  it('refuses sizes a video or a screen cannot take, saying why', () => {
    expect(() => parseSize('1920')).toThrow(/WIDTHxHEIGHT/);
    expect(() => parseSize('1921x1080')).toThrow(/even/);
    expect(() => parseSize('100x100')).toThrow(/240 to 7680/);
  });
});

describe('durations', () => {
  it('reads seconds, minutes and both', () => {
    expect(parseDuration('30s')).toBe(30);
    expect(parseDuration('2m')).toBe(120);
    expect(parseDuration('1m30s')).toBe(90);
    expect(parseDuration('45')).toBe(45);
    expect(parseDuration('0.5s')).toBe(0.5);
  });

  it('refuses what is not a length', () => {
    for (const text of ['', '0s', 'soon', '-3s']) expect(() => parseDuration(text)).toThrow(/--duration/);
  });
});
