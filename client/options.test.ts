import { describe, expect, it } from 'vitest';
import { readOptions } from './options';

describe('the page options', () => {
  it('reads the display options from the URL', () => {
    const o = readOptions('?lang=fr&kiosk=1&tour=30&theme=light&palette=colourblind', false);
    expect(o).toMatchObject({ language: 'fr', kiosk: true, tourSeconds: 30, theme: 'light' });
    expect(o).toMatchObject({ embed: false, exporting: false, scene: undefined });
  });

  it('never tours in an embed or an export, which keep their own camera', () => {
    expect(readOptions('?kiosk=1&embed=1', false)).toMatchObject({ kiosk: false, embed: true });
    expect(readOptions('?kiosk=1&export=1&scene=liege', false)).toMatchObject({
      kiosk: false,
      exporting: true,
      scene: 'liege',
    });
  });

  it('ignores what it does not know', () => {
    expect(readOptions('?lang=xx&tour=1&theme=sepia', true)).toMatchObject({
      language: undefined,
      tourSeconds: undefined,
      theme: 'dark',
      reducedMotion: true,
    });
  });
});
