import { describe, expect, it } from 'vitest';
import { openDisplay } from '../helpers/browser';
import { withServerAndBrowser } from '../helpers/suite';

const env = withServerAndBrowser({ tickMs: 500 });

describe('kiosk mode', () => {
  it('hides cursor and controls, tours the scenes on its own and cuts to Liège when a flight lands', async () => {
    env.server.player.seek(Date.parse('2020-03-12T00:00:00Z'));
    env.server.player.pause();
    const { page, problems } = await openDisplay(env.browser, env.server.url, { query: '?kiosk=1&tour=3' });
    expect(await page.isVisible('#scenes')).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).toBe('none');

    const camera = () => page.evaluate(() => window.__corridor.camera());
    const first = await page.evaluate(() => ({
      scene: window.__corridor.scene,
      shown: window.__corridor.scenesShown,
    }));
    expect(first.scene).not.toBeNull();
    const before = await camera();
    // Nobody touches anything: the tour moves on to the next scene and the camera follows.
    await page.waitForFunction((n) => window.__corridor.scenesShown > n, first.shown, { timeout: 20_000 });
    await page.waitForFunction(
      (b) => {
        const c = window.__corridor.camera();
        return Math.abs(c.lon - b.lon) > 3 || Math.abs(c.zoom - b.zoom) > 0.5;
      },
      before,
      { timeout: 20_000 },
    );
    expect(await page.evaluate(() => window.__corridor.scene)).not.toBe(first.scene);

    // Two minutes before the first landing, played fast: the landing cuts to the Liège scene.
    env.server.player.seek(Date.parse('2020-03-13T19:58:00Z'));
    env.server.player.setRate(60);
    env.server.player.play();
    await page.waitForFunction(() => window.__corridor.scene === 'liege', null, { timeout: 20_000 });
    env.server.player.pause();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('cuts instead of flying between scenes for viewers who asked for less motion', async () => {
    const { page } = await openDisplay(env.browser, env.server.url);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await page.waitForFunction(() => window.__corridor?.arcsDrawn && window.__corridor.basemapLoaded);
    const lon = await page.evaluate(() => {
      (document.querySelector('[data-scene="liege"]') as HTMLButtonElement).click();
      return window.__corridor.camera().lon;
    });
    // Same task as the click, no frame in between: the camera is already over Belgium.
    expect(Math.abs(lon - 5.2)).toBeLessThan(2);
    await page.context().close();
  });
});
