import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildClientIfNeeded } from '../server/ensure-build';
import { launchChromium, openPage } from '../test/helpers/browser';
import { startTestServer } from '../test/helpers/server';

/** `npm run screenshot`: the display at 1920×1080, mid-operation, from the real server and browser. */
const at = process.argv[2] ?? '2020-03-13T15:00:00Z';
await buildClientIfNeeded(resolve('dist/client'));
const server = await startTestServer({ tickMs: 1000 });
server.player.seek(Date.parse(at));
server.player.pause();
const browser = await launchChromium();
try {
  const { page, problems } = await openPage(browser, 1920, 1080);
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => window.__corridor?.arcsDrawn && window.__corridor.basemapLoaded, null, {
    timeout: 120_000,
  });
  await page.waitForFunction(
    (f) => window.__corridor.frames > f + 3,
    await page.evaluate(() => window.__corridor.frames),
    {
      timeout: 120_000,
    },
  );
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: 'docs/screenshots/display-1920x1080-en.png', timeout: 120_000 });
  if (problems.length) throw new Error(problems.join('\n'));
  console.log(`docs/screenshots/display-1920x1080-en.png at ${at}`);
} finally {
  await browser.close();
  await server.close();
}
