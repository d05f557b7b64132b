import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildClientIfNeeded } from '../server/ensure-build';
import { loadScenarioFile } from '../server/scenario-file';
import { launchChromium, openDisplay } from '../test/helpers/browser';
import { startTestServer } from '../test/helpers/server';

/**
 * `npm run screenshots`: each bundled operation in the three layouts, from the real server and
 * browser, at one instant of it: the airlift's first flight over Russia, the COVAX flights to Africa.
 */
const OPERATIONS = [
  { file: 'data/scenarios/airlift-2020.json', at: '2020-03-13T15:00:00Z', languages: ['en', 'fr'] },
  { file: 'data/scenarios/covax-2021.json', at: '2021-03-02T04:00:00Z', languages: ['en', 'fr'] },
];
const LAYOUTS = [
  { name: '1920x1080', width: 1920, height: 1080, deviceScaleFactor: 1 },
  { name: '3840x2160', width: 1920, height: 1080, deviceScaleFactor: 2 },
  { name: '1080x1920', width: 1080, height: 1920, deviceScaleFactor: 1 },
];

await buildClientIfNeeded(resolve('dist/client'));
const browser = await launchChromium();
rmSync('docs/screenshots', { recursive: true, force: true });
mkdirSync('docs/screenshots', { recursive: true });
try {
  for (const operation of OPERATIONS) {
    const loaded = loadScenarioFile(operation.file);
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const server = await startTestServer({ plan: loaded.plan, tickMs: 1000 });
    server.player.seek(Date.parse(operation.at));
    server.player.pause();
    try {
      for (const layout of LAYOUTS) {
        for (const lang of operation.languages) {
          const { page, problems } = await openDisplay(browser, server.url, {
            ...layout,
            query: `?lang=${lang}`,
          });
          await page.waitForSelector('#ticker li:first-child:not([hidden])');
          // Let the counters roll and the camera settle before the picture.
          await page.waitForTimeout(2500);
          const path = `docs/screenshots/${loaded.plan.id}-${layout.name}-${lang}.png`;
          await page.screenshot({ path, timeout: 120_000 });
          if (problems.length) throw new Error(problems.join('\n'));
          console.log(path);
          await page.context().close();
        }
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
