import { describe, expect, it } from 'vitest';
import { openDisplay } from '../helpers/browser';
import { withServerAndBrowser } from '../helpers/suite';

const env = withServerAndBrowser({ tickMs: 500 });

const at = (iso: string) => {
  // Paused first: the refold a seek does takes wall time, which a running clock would count.
  env.server.player.pause();
  env.server.player.seek(Date.parse(iso));
};

describe('the HUD', () => {
  it('shows the figures of a known instant once the counters have rolled', async () => {
    // By noon UTC on 16 March: Italy's first 500,000, Spain's 500,000 and Belgium's 200,000 are
    // delivered; the third flight (800,000 masks) has not left Hangzhou.
    at('2020-03-16T12:00:00Z');
    const { page, problems } = await openDisplay(env.browser, env.server.url, { query: '?lang=en' });
    const kpi = (key: string) => page.textContent(`[data-kpi="${key}"]`);
    await page.waitForFunction(
      () => document.querySelector('[data-kpi="masks.delivered"]')?.textContent === '1,200,000',
    );
    expect(await kpi('masks.inTransit')).toBe('0');
    expect(await kpi('masks.planned')).toBe('800,000');
    expect(await kpi('test_kits.delivered')).toBe('60,000');
    expect(await kpi('IT.masks.delivered')).toBe('500,000');
    expect(await kpi('FR.masks.delivered')).toBe('0');
    expect(await kpi('CH.masks.delivered')).toBe('—');
    expect(await page.textContent('#mode')).toBe('PAUSED · Mon, 16 Mar 2020');
    expect(await page.textContent('.clock[data-hub="LGG"] time')).toBe('13:00');
    expect(await page.textContent('.clock[data-hub="HGH"] time')).toBe('20:00');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('tells the first landing in Liège in the ticker, in French and in Dutch', async () => {
    at('2020-03-13T20:30:00Z');
    const first = async (lang: string) => {
      const { page, problems } = await openDisplay(env.browser, env.server.url, { query: `?lang=${lang}` });
      await page.waitForSelector('#ticker li:first-child:not([hidden])');
      const text = await page.textContent('#ticker li:first-child');
      expect(problems).toEqual([]);
      await page.context().close();
      return text;
    };
    expect(await first('fr')).toBe(
      '21:00 — Vol HGH→LGG arrivé à Liège · 500\u202f000 masques et 20\u202f000 kits de test',
    );
    expect(await first('nl')).toBe(
      '21:00 — Vlucht HGH→LGG aangekomen in Luik · 500.000 mondmaskers en 20.000 testkits',
    );
  });

  it('adds a status to the ticker as it happens, marked illustrative where it is', async () => {
    at('2020-03-14T02:59:00Z');
    const { page } = await openDisplay(env.browser, env.server.url, { query: '?lang=en' });
    env.server.player.setRate(60);
    env.server.player.play();
    await page.waitForFunction(() =>
      document.querySelector('#ticker li')?.textContent?.startsWith('04:00 — Cleared customs'),
    );
    expect(await page.textContent('#ticker li:first-child .tag')).toBe('illustrative');
    env.server.player.pause();
    await page.context().close();
  });
});
