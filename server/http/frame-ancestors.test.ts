import { describe, expect, it } from 'vitest';
import { frameAncestorsFrom } from './frame-ancestors';

describe('who may frame the display', () => {
  it('is any site unless a list is given', () => {
    expect(frameAncestorsFrom({})).toBe('*');
    expect(
      frameAncestorsFrom({ CORRIDOR_FRAME_ANCESTORS: ' https://news.example https://*.paper.example ' }),
    ).toBe('https://news.example https://*.paper.example');
    expect(frameAncestorsFrom({ CORRIDOR_FRAME_ANCESTORS: "'none'" })).toBe("'none'");
  });

  it('refuses what would end the directive', () => {
    expect(() =>
      frameAncestorsFrom({ CORRIDOR_FRAME_ANCESTORS: "https://a.example; script-src 'unsafe-inline'" }),
    ).toThrow(/separated by spaces/);
  });
});
