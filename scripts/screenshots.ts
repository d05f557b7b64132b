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
const OPERATIONS: { file: string; at: string; languages: string[]; globe?: boolean }[] = [
  { file: 'data/scenarios/airlift-2020.json', at: '2020-03-13T15:00:00Z', languages: ['en', 'fr'] },
  { file: 'data/scenarios/covax-2021.json', at: '2021-03-02T04:00:00Z', languages: ['en', 'fr'] },
  // Its first scene (Mumbai to Africa) on a globe, as "projection": "globe" draws it.
  { file: 'data/scenarios/covax-2021.json', at: '2021-03-02T04:00:00Z', languages: ['en'], globe: true },
];
/** The embed in an article, at the smallest frame it takes and at a common one (airlift only). */
const EMBEDS = [
  { name: 'embed-320x240', width: 320, height: 240, deviceScaleFactor: 2 },
  { name: 'embed-640x360', width: 640, height: 360, deviceScaleFactor: 1 },
];
const LAYOUTS = [
  { name: '1920x1080', width: 1920, height: 1080, deviceScaleFactor: 1 },
  { name: '3840x2160', width: 1920, height: 1080, deviceScaleFactor: 2 },
  { name: '1080x1920', width: 1080, height: 1920, deviceScaleFactor: 1 },
];

// `npm run screenshots -- embed`: only the pictures whose name has that word, the others kept.
const only = process.argv[2];
const wanted = (name: string) => !only || name.includes(only);

await buildClientIfNeeded(resolve('dist/client'));
const browser = await launchChromium();
if (!only) rmSync('docs/screenshots', { recursive: true, force: true });
mkdirSync('docs/screenshots', { recursive: true });
try {
  for (const operation of OPERATIONS) {
    const loaded = loadScenarioFile(operation.file);
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const first = loaded.plan.story.scenes[0];
    if (operation.globe && first) first.projection = 'globe';
    const server = await startTestServer({ plan: loaded.plan, tickMs: 1000 });
    server.player.seek(Date.parse(operation.at));
    server.player.pause();
    try {
      const layouts = operation.globe ? LAYOUTS.slice(0, 1) : LAYOUTS;
      const prefix = operation.globe ? 'globe' : loaded.plan.id;
      const shots = [
        ...layouts.flatMap((layout) =>
          operation.languages.map((lang) => ({ layout, lang, query: `?lang=${lang}` })),
        ),
        ...(operation === OPERATIONS[0] ? EMBEDS : []).map((layout) => ({
          layout,
          lang: 'en',
          query: '?lang=en&embed=1',
        })),
      ];
      for (const { layout, lang, query } of shots) {
        const name = layout.name.startsWith('embed')
          ? `${layout.name}-${lang}`
          : `${prefix}-${layout.name}-${lang}`;
        if (!wanted(name)) continue;
        const { page, problems } = await openDisplay(browser, server.url, { ...layout, query });
        await page.waitForSelector('#ticker li:first-child');
        // Let the counters roll and the camera settle before the picture.
        await page.waitForTimeout(2500);
        const path = `docs/screenshots/${name}.png`;
        await page.screenshot({ path, timeout: 120_000 });
        if (problems.length) throw new Error(problems.join('\n'));
        console.log(path);
        await page.context().close();
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
