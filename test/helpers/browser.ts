import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const MISSING_CHROMIUM = `Debian's Chromium is missing at ${CHROMIUM}: run  apt-get update && apt-get install -y chromium libegl-mesa0 libgl1-mesa-dri`;

/**
 * Debian's Chromium, headless, WebGL2 on the CPU through Mesa llvmpipe (2–7× faster here than
 * SwiftShader). CORRIDOR_GL=swiftshader switches to SwiftShader.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
  const gl =
    process.env.CORRIDOR_GL === 'swiftshader'
      ? ['--use-angle=swiftshader', '--enable-unsafe-swiftshader']
      : ['--use-gl=angle', '--use-angle=gl-egl'];
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--ignore-gpu-blocklist',
      ...gl,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

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
