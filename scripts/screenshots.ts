import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildClientIfNeeded } from '../server/ensure-build';
import { launchChromium, openDisplay } from '../test/helpers/browser';
import { startTestServer } from '../test/helpers/server';

/**
 * `npm run screenshots`: the display in its three layouts and two languages, from the real server
 * and browser, at one instant of the operation (default: the first flight over Russia).
 */
const at = process.argv[2] ?? '2020-03-13T15:00:00Z';
const LAYOUTS = [
  { name: '1920x1080', width: 1920, height: 1080, deviceScaleFactor: 1 },
  { name: '3840x2160', width: 1920, height: 1080, deviceScaleFactor: 2 },
  { name: '1080x1920', width: 1080, height: 1920, deviceScaleFactor: 1 },
];
const LANGUAGES = ['en', 'fr'];

await buildClientIfNeeded(resolve('dist/client'));
const server = await startTestServer({ tickMs: 1000 });
server.player.seek(Date.parse(at));
server.player.pause();
const browser = await launchChromium();
rmSync('docs/screenshots', { recursive: true, force: true });
mkdirSync('docs/screenshots', { recursive: true });
try {
  for (const layout of LAYOUTS) {
    for (const lang of LANGUAGES) {
      const { page, problems } = await openDisplay(browser, server.url, {
        ...layout,
        query: `?lang=${lang}`,
      });
      await page.waitForSelector('#ticker li:first-child:not([hidden])');
      // Let the counters roll and the camera settle before the picture.
      await page.waitForTimeout(2500);
      const path = `docs/screenshots/display-${layout.name}-${lang}.png`;
      await page.screenshot({ path, timeout: 120_000 });
      if (problems.length) throw new Error(problems.join('\n'));
      console.log(path);
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
