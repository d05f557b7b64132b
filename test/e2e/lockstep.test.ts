import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDisplay, openPage } from '../helpers/browser';
import { TEST_CONTROL_TOKEN } from '../helpers/server';
import { withServerAndBrowser } from '../helpers/suite';

const env = withServerAndBrowser({ tickMs: 500 });

beforeAll(() => {
  env.server.player.seek(Date.parse('2020-03-13T12:00:00Z'));
  env.server.player.pause();
});

const state = (page: Page) =>
  page.evaluate(() => ({
    scene: window.__corridor.scene,
    paused: window.__corridor.presenter && document.querySelector('#mode')?.textContent,
    clockAt: window.__corridor.lastClockChangeAt,
  }));

describe('presenter and screens in lockstep', () => {
  it('moves both displays with the control page, on the same instant and scene', async () => {
    const displays = await Promise.all(
      [0, 1].map(() => openDisplay(env.browser, env.server.url, { query: '?lang=en' })),
    );
    const [a, b] = displays.map((d) => d.page) as [Page, Page];
    const { page: control, problems } = await openPage(env.browser, 1024, 768);
    await control.goto(`${env.server.url}/control`);
    await control.fill('#token', 'wrong-token');
    await control.click('#sign-in button[type=submit]');
    await control.waitForSelector('#sign-in-error:not([hidden])');
    expect(await control.textContent('#sign-in-error')).toBe('Wrong control token.');
    await control.fill('#token', TEST_CONTROL_TOKEN);
    await control.click('#sign-in button[type=submit]');
    await control.waitForSelector('#console:not([hidden])');
    expect(control.url()).not.toContain(TEST_CONTROL_TOKEN);

    // Rate 1×, then play: the latency from the click to each display applying the clock change.
    const rateAt = Date.now();
    await control.click('[data-rate="1"]');
    await Promise.all(
      [a, b].map((p) => p.waitForFunction((t) => window.__corridor.lastClockChangeAt >= t, rateAt)),
    );
    await control.waitForSelector('#play[data-paused="true"]');
    const clickedAt = await control.evaluate(() => {
      const at = Date.now();
      (document.getElementById('play') as HTMLButtonElement).click();
      return at;
    });
    await Promise.all(
      [a, b].map((p) => p.waitForFunction((t) => window.__corridor.lastClockChangeAt >= t, clickedAt)),
    );
    const latencies = await Promise.all([a, b].map(async (p) => (await state(p)).clockAt - clickedAt));

    // Each display has met a quick round trip to the server clock (its offset is good to half of it).
    await Promise.all(
      [a, b].map((p) => p.waitForFunction(() => window.__corridor.clockRtt <= 40, null, { timeout: 60_000 })),
    );
    const rtts = await Promise.all([a, b].map((p) => p.evaluate(() => window.__corridor.clockRtt)));
    // At the same instant the two displays show the same scenario time.
    const errors: number[] = [];
    for (let i = 0; i < 25; i++) {
      const instant = Date.now() + 50;
      const [ta, tb] = await Promise.all(
        [a, b].map((p) => p.evaluate((w) => window.__corridor.scenarioTimeAt(w), instant)),
      );
      errors.push(Math.abs((ta as number) - (tb as number)));
      await a.waitForTimeout(100);
    }
    errors.sort((x, y) => x - y);
    const median = errors[Math.floor(errors.length / 2)] as number;
    const worst = errors[errors.length - 1] as number;
    console.log(
      `lockstep at 1×: sync error median ${median.toFixed(2)} ms, worst ${worst.toFixed(2)} ms over ${errors.length} samples [${errors.map((e) => e.toFixed(1)).join(' ')}] (clock-sync round trips ${rtts.join(', ')} ms); click → displays ${latencies.join(' ms, ')} ms`,
    );
    expect(worst).toBeLessThanOrEqual(100);

    // A seek with the keyboard (→ next event) and a scene button reach both displays.
    const before = await a.evaluate(() => window.__corridor.scenarioTime);
    await control.keyboard.press('ArrowRight');
    await Promise.all(
      [a, b].map((p) => p.waitForFunction((t) => window.__corridor.scenarioTime > t + 3_600_000, before)),
    );
    await control.click('[data-scene="liege"]');
    await Promise.all([a, b].map((p) => p.waitForFunction(() => window.__corridor.scene === 'liege')));

    // A presentation clicker's PageDown: the next scene on every display.
    await control.keyboard.press('PageDown');
    await Promise.all([a, b].map((p) => p.waitForFunction(() => window.__corridor.scene === 'europe')));

    // Banner and language for all screens.
    await control.fill('#banner', 'Briefing: Liège Airport, 14:00');
    await control.click('#banner-form button[type=submit]');
    await control.selectOption('#language', 'fr');
    for (const p of [a, b]) {
      await p.waitForSelector('#banner:not([hidden])');
      expect(await p.textContent('#banner')).toBe('Briefing: Liège Airport, 14:00');
      await p.waitForFunction(() => document.documentElement.lang === 'fr');
    }
    await control.keyboard.press('Space');
    await Promise.all(
      [a, b].map((p) =>
        p.waitForFunction(() => /^EN PAUSE/.test(document.querySelector('#mode')?.textContent ?? '')),
      ),
    );

    expect(problems).toEqual([]);
    for (const d of displays) expect(d.problems).toEqual([]);
    for (const p of [control, a, b]) await p.context().close();
  });
});
