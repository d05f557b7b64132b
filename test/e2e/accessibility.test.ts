import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { colours } from '../../client/theme';
import { openDisplay, openPage } from '../helpers/browser';
import { lowContrastTexts } from '../helpers/contrast';
import { TEST_CONTROL_TOKEN } from '../helpers/server';
import { withServerAndBrowser } from '../helpers/suite';

const env = withServerAndBrowser({ tickMs: 500 });
const require = createRequire(import.meta.url);
/** axe-core (a devDependency): the automated WCAG check. */
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the page's CSP (no inline script) rightly refuses a tag.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const PAGES = [
  { name: 'the display', query: '?lang=en', theme: 'dark' as const },
  { name: 'the display in the light theme', query: '?lang=fr&theme=light', theme: 'light' as const },
  { name: 'the embed', query: '?embed=1', theme: 'dark' as const },
  { name: 'the embed in the light theme', query: '?embed=1&theme=light', theme: 'light' as const },
];

describe.each(PAGES)('$name', ({ query, theme }) => {
  it('has a text alternative, a polite ticker and AA contrast for its text', async () => {
    // Paused first: the refold a seek does takes wall time, which a running clock would count.
    env.server.player.pause();
    env.server.player.seek(Date.parse('2020-03-16T12:00:00Z'));
    const { page, problems } = await openDisplay(env.browser, env.server.url, {
      width: 960,
      height: 540,
      query,
    });
    // Masks delivered by then, in whatever digit grouping the language writes.
    await page.waitForFunction(
      () => document.querySelector('#summary tbody td')?.textContent?.replace(/\D/g, '') === '1200000',
    );
    const summary = await page.evaluate(() => ({
      label: document.getElementById('summary')?.getAttribute('aria-label'),
      time: document.querySelector('#summary p')?.textContent,
      rows: [...document.querySelectorAll('#summary tbody tr')].map((tr) => tr.textContent),
      map: document.getElementById('map')?.getAttribute('aria-label'),
      ticker: ['role', 'aria-live'].map((a) => document.getElementById('ticker')?.getAttribute(a)),
      events: document.querySelectorAll('#ticker li').length,
    }));
    expect(summary.time).toMatch(/16/);
    expect(summary.rows[0]).toMatch(/^(Masks|Masques)/);
    expect(summary.map).toMatch(/Liège/);
    expect(summary.ticker).toEqual(['log', 'polite']);
    expect(summary.events).toBeGreaterThan(0);
    const map = colours(theme, 'default');
    expect(await lowContrastTexts(page, [map.sea, map.land, map.border])).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('passes axe-core with no serious or critical violation', async () => {
    const { page } = await openDisplay(env.browser, env.server.url, { width: 960, height: 540, query });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the control page', () => {
  it('has AA contrast for its text, signed in', async () => {
    const { page } = await openPage(env.browser, 1024, 900);
    await page.goto(`${env.server.url}/control`);
    await page.fill('#token', TEST_CONTROL_TOKEN);
    await page.click('#sign-in button[type=submit]');
    await page.waitForSelector('#scenes button');
    // Opaque cards on the page's own background.
    expect(await lowContrastTexts(page, ['#0b1622'])).toEqual([]);
    await page.context().close();
  });

  it('passes axe-core signed out and signed in', async () => {
    const { page } = await openPage(env.browser, 1024, 900);
    await page.goto(`${env.server.url}/control`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill('#token', TEST_CONTROL_TOKEN);
    await page.click('#sign-in button[type=submit]');
    await page.waitForSelector('#console:not([hidden])');
    await page.waitForSelector('#scenes button');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
