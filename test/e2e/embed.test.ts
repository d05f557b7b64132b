import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Box, overlap } from '../helpers/boxes';
import { openDisplay, openPage } from '../helpers/browser';
import { withServerAndBrowser } from '../helpers/suite';

const env = withServerAndBrowser({ tickMs: 500 });
beforeAll(() => {
  // Paused first: the refold a seek does takes wall time, which a running clock would count.
  env.server.player.pause();
  env.server.player.seek(Date.parse('2020-03-13T15:00:00Z'));
});

describe.each([
  [320, 240],
  [640, 360],
  [1280, 720],
])('the embed at %i×%i', (width, height) => {
  it('fits every box inside the frame, none over another, with the sources and the illustrative mark in view', async () => {
    const { page, problems } = await openDisplay(env.browser, env.server.url, {
      width,
      height,
      query: '?embed=1',
    });
    await page.waitForSelector('#embed .kpi-line:not(:empty)');
    const m = await page.evaluate(() => {
      const visible = (el: Element) =>
        (el as HTMLElement).offsetParent !== null && el.getClientRects().length > 0;
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { id: el.id || el.className, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      // The ticker is for screen readers alone here (a 1-pixel clipped live region).
      const panels = [...document.querySelectorAll('.panel:not(#ticker)')].filter(visible).map(box);
      const outside = [...document.querySelectorAll('.panel:not(#ticker), .panel:not(#ticker) *')]
        .filter(visible)
        .map(box)
        .filter(
          (b) => b.left < -0.5 || b.top < -0.5 || b.right > innerWidth + 0.5 || b.bottom > innerHeight + 0.5,
        );
      return { panels, outside, scenes: visible(document.getElementById('scenes') as HTMLElement) };
    });
    expect(m.outside).toEqual([]);
    expect(m.panels.map((p) => p.id).sort()).toEqual(['embed', 'header']);
    expect(overlap(m.panels[0] as Box, m.panels[1] as Box)).toBe(false);
    expect(m.scenes).toBe(false);
    expect(await page.isVisible('#embed .sources')).toBe(true);
    expect(await page.textContent('#embed .sources')).toMatch(/^Sources: Belgian press, Reuters, VRT/);
    expect(await page.isVisible('#embed .key.illustrative')).toBe(true);
    expect(await page.getAttribute('#embed a[download]', 'href')).toBe('/api/v1/shipments.csv');
    expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).toBe('auto');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('embedding', () => {
  let other: Server;
  let otherUrl: string;
  beforeAll(async () => {
    // Another origin (another port): a news article that frames the display and tries the control page.
    other = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(`<iframe id="display" src="${env.server.url}/?embed=1"></iframe>
        <iframe id="control" src="${env.server.url}/control"></iframe>`);
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((resolve) => other.close(resolve)));

  it('lets another site frame the display and never the control page', async () => {
    const display = await fetch(`${env.server.url}/?embed=1`);
    expect(display.headers.get('content-security-policy')).toContain('frame-ancestors *');
    const control = await fetch(`${env.server.url}/control`);
    expect(control.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(control.headers.get('x-frame-options')).toBe('DENY');

    const { page } = await openPage(env.browser, 800, 600);
    await page.goto(otherUrl);
    const frame = async (id: string) => (await page.$(`#${id}`))?.contentFrame();
    const shown = await frame('display');
    await shown?.waitForFunction(() => window.__corridor?.basemapLoaded, null, { timeout: 60_000 });
    expect(await shown?.textContent('#title')).toContain('Liège');
    const refused = await frame('control');
    // Chromium shows its own error page in place of a page that refuses to be framed.
    expect(await refused?.$('#sign-in')).toBeNull();
    await page.context().close();
  });

  it('gets the data the screen shows at that time', async () => {
    const { page } = await openDisplay(env.browser, env.server.url, {
      width: 640,
      height: 360,
      query: '?embed=1',
    });
    await page.waitForSelector('#embed .kpi-line:not(:empty)');
    const line = await page.textContent('#embed .kpi-line');
    const href = (await page.getAttribute('#embed a[download]', 'href')) as string;
    const csv = await page.evaluate((url) => fetch(url).then((r) => r.text()), href);
    const rows: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    const masks = rows.filter((row) => row.item === 'Masks');
    const sum = (codes: string[]) =>
      masks
        .filter((row) => codes.includes(row.status as string))
        .reduce((n, row) => n + Number(row.quantity), 0);
    const f = (n: number) => n.toLocaleString('en');
    expect(line).toBe(
      `Masks: ${f(sum(['delivered']))} delivered · ${f(sum(['departed', 'arrived', 'customs_cleared']))} in transit · ${f(sum(['planned', 'booked']))} planned`,
    );
    expect(line).toBe('Masks: 0 delivered · 500,000 in transit · 1,500,000 planned');
    expect(rows[0]?.at).toMatch(/^2020-03-13T15:00/);
    await page.context().close();
  });
});
