import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile, loadSyntheticScenario } from '../../server/scenario-file';
import { overlap } from '../helpers/boxes';
import { openDisplay } from '../helpers/browser';
import { withServerAndBrowser } from '../helpers/suite';

function load(file: string) {
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.plan;
}

const synthetic = loadSyntheticScenario(200);
if (!synthetic.ok) throw new Error(synthetic.errors.join('\n'));

/** Operations of every size and shape: each must fit every layout. */
const OPERATIONS = [
  {
    name: 'airlift',
    plan: () => load('data/scenarios/airlift-2020.json'),
    at: () => Date.parse('2020-03-17T12:00:00Z'),
  },
  {
    name: 'COVAX deliveries',
    plan: () => load('data/scenarios/covax-2021.json'),
    at: () => Date.parse('2021-03-02T12:00:00Z'),
  },
  {
    name: '200 generated vehicles (22 countries)',
    plan: () => synthetic.plan,
    at: () => synthetic.busy as number,
  },
];

/** Every HUD panel's box, every text's size and any element whose content overflows it. */
function measure(page: Page) {
  return page.evaluate(() => {
    const panels = [...document.querySelectorAll<HTMLElement>('.panel')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.id, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
    const texts = [...document.querySelectorAll<HTMLElement>('.panel *')].filter(
      (el) =>
        el.offsetParent !== null && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()),
    );
    const smallest = Math.min(...texts.map((el) => Number.parseFloat(getComputedStyle(el).fontSize)));
    const overflowing = texts
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline')
      .map((el) => `${el.tagName}.${el.className}: ${el.textContent}`);
    const outside = [...document.querySelectorAll<HTMLElement>('.panel, .panel *')]
      .filter((el) => el.offsetParent !== null)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.width > 0 &&
          (r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5)
        );
      })
      .map((el) => `${el.tagName}#${el.id}.${el.className}`);
    const canvas = document.querySelector<HTMLCanvasElement>('#map canvas');
    return { panels, smallest, overflowing, outside, canvasWidth: canvas?.width ?? 0, dpr: devicePixelRatio };
  });
}

const LAYOUTS = [
  { name: 'TV 1920×1080', width: 1920, height: 1080, deviceScaleFactor: 1, lang: 'en' },
  { name: '4K 3840×2160 at devicePixelRatio 2', width: 1920, height: 1080, deviceScaleFactor: 2, lang: 'de' },
  {
    name: 'totem 1080×1920, light theme, colour-blind palette',
    width: 1080,
    height: 1920,
    deviceScaleFactor: 1,
    lang: 'fr&theme=light&palette=colourblind',
  },
];

describe.each(OPERATIONS)('the $name', (operation) => {
  const env = withServerAndBrowser({ tickMs: 1000, plan: operation.plan() });
  beforeAll(() => {
    env.server.player.seek(operation.at());
    env.server.player.pause();
  });

  describe.each(LAYOUTS)('in the $name layout', ({ width, height, deviceScaleFactor, lang }) => {
    it('draws the map and keeps every text inside the screen, readable, with no panel over another', async () => {
      const { page, problems } = await openDisplay(env.browser, env.server.url, {
        width,
        height,
        deviceScaleFactor,
        query: `?lang=${lang}`,
      });
      await page.waitForSelector('#ticker li:first-child:not([hidden])');
      const m = await measure(page);
      expect(m.outside).toEqual([]);
      expect(m.overflowing).toEqual([]);
      expect(m.smallest).toBeGreaterThanOrEqual(Math.min(width, height) * 0.022 - 0.5);
      for (const [i, a] of m.panels.entries()) {
        for (const b of m.panels.slice(i + 1)) expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
      }
      expect(m.panels.map((p) => p.id).sort()).toEqual(['header', 'kpis', 'legend', 'scenes', 'ticker']);
      // Crisp: the map is drawn at the screen's own pixel density.
      expect(m.canvasWidth).toBe(width * deviceScaleFactor);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  });
});
