import type { Browser, Page } from 'playwright-core';

export { CHROMIUM, launchChromium, MISSING_CHROMIUM } from '../../server/export/render/chromium';

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and every request that tried to leave localhost. */
  problems: string[];
}

/** A page that refuses (and records) any request leaving the machine, and records console errors. */
export async function openPage(
  browser: Browser,
  width = 960,
  height = 540,
  deviceScaleFactor = 1,
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor });
  const page = await context.newPage();
  const problems: string[] = [];
  await page.route(
    (url) => !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname),
    async (route) => {
      problems.push(`request left the machine: ${route.request().url()}`);
      await route.abort('blockedbyclient');
    },
  );
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, problems };
}

export async function webglRenderer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'no WebGL2';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  });
}

/** Opens the display and waits until the basemap and the routes are drawn. */
export async function openDisplay(
  browser: Browser,
  url: string,
  { width = 960, height = 540, deviceScaleFactor = 1, query = '' } = {},
): Promise<WatchedPage> {
  const watched = await openPage(browser, width, height, deviceScaleFactor);
  await watched.page.goto(`${url}/${query}`);
  await watched.page.waitForFunction(
    () => window.__corridor?.arcsDrawn && window.__corridor.basemapLoaded,
    null,
    {
      timeout: 90_000,
    },
  );
  return watched;
}
