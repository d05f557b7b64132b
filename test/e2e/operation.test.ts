import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioFile } from '../../core/scenario';
import { loadScenarioFile } from '../../server/scenario-file';
import { openDisplay } from '../helpers/browser';
import { AIRLIFT, storyWords, wordPattern } from '../helpers/story-words';
import { withServerAndBrowser } from '../helpers/suite';

const FILE = 'data/scenarios/covax-2021.json';
const loaded = loadScenarioFile(FILE);
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const file = JSON.parse(readFileSync(FILE, 'utf8')) as ScenarioFile;
const env = withServerAndBrowser({ tickMs: 500, plan: loaded.plan });
// Words of the airlift that are its own (a country or a generic word both may say is not).
const words = storyWords(AIRLIFT);
const airlift = wordPattern({
  ...words,
  names: [...words.names, 'Relief supplies', 'Eurasia', 'Reuters', 'VRT'],
});

const at = (iso: string) => {
  env.server.player.seek(Date.parse(iso));
  env.server.player.pause();
};

beforeAll(() => at('2021-02-27T12:00:00Z'));

describe('the second bundled operation', () => {
  it('shows its own title, scenes, clocks, panel, footnote and sources, and no word of the airlift', async () => {
    const { page, problems } = await openDisplay(env.browser, env.server.url, { query: '?lang=en' });
    await page.waitForFunction(
      () => document.querySelector('[data-kpi="doses.delivered"]')?.textContent === '1,104,000',
    );
    const text = (selector: string) =>
      page.$$eval(selector, (els) => els.map((el) => el.textContent?.trim()));
    expect(await page.textContent('#title')).toBe(file.title.en);
    expect(await text('#scenes button')).toEqual(file.scenes?.map((scene) => scene.name.en));
    expect(await text('.clock .place')).toEqual(['Mumbai', 'Accra', 'Nairobi']);
    expect(await page.textContent('.clock[data-hub="NBO"] time')).toBe('15:00');
    expect(await text('.panel-title')).toEqual(['COVAX vaccine deliveries']);
    expect(await text('.kpi-table tbody th')).toEqual(['Vaccine doses']);
    expect(await text('.kpi-table thead th.unit')).toEqual(['doses']);
    expect(await page.textContent('[data-kpi="doses.planned"]')).toBe('4,960,000');
    expect(await text('.countries .name')).toEqual(['Nigeria', 'Kenya', 'Ghana', 'Côte d’Ivoire']);
    expect(await page.textContent('[data-kpi="GH.doses.delivered"]')).toBe('600,000');
    const notes = (await page.textContent('#legend .notes')) ?? '';
    expect(notes).toContain(file.footnote?.en);
    expect(notes).toContain('Sources: WHO/UNICEF 2021-02-24, UNICEF 2021-02-26');
    expect(notes).toContain(file.credits?.en);
    const screen = (await page.textContent('body')) ?? '';
    expect(airlift.exec(screen)?.[0]).toBeUndefined();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('speaks French with the articles places need', async () => {
    const { page, problems } = await openDisplay(env.browser, env.server.url, { query: '?lang=fr' });
    await page.waitForSelector('#ticker li:first-child:not([hidden])');
    expect(await page.textContent('#title')).toBe(file.title.fr);
    const ticker = await page.$$eval('#ticker li', (els) => els.map((el) => el.firstChild?.textContent));
    expect(ticker).toContain(
      '17:15 — Livré à l’entrepôt frigorifique national d’Abidjan, Côte d’Ivoire · 504\u202f000 doses de vaccin',
    );
    expect(ticker).toContain('11:30 — Réservé : 1\u202f020\u202f000 doses de vaccin pour le Kenya');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('cuts the kiosk to Nairobi when the flight lands there, then goes on with its tour', async () => {
    at('2021-03-02T20:58:00Z');
    // One scene for 30 s: the cut is the only way the screen gets to Nairobi this soon.
    const { page, problems } = await openDisplay(env.browser, env.server.url, { query: '?kiosk=1&tour=30' });
    expect(await page.evaluate(() => window.__corridor.scene)).toBe('route');
    env.server.player.setRate(60);
    env.server.player.play();
    await page.waitForFunction(() => window.__corridor.scene === 'nairobi', null, { timeout: 20_000 });
    env.server.player.pause();
    await page.waitForFunction(() => window.__corridor.scene !== 'nairobi', null, { timeout: 30_000 });
    expect(await page.evaluate(() => window.__corridor.scene)).toBe('mumbai');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
