/**
 * `npm run export`: a still or a video of the display at given scenario times, rendered offline
 * by Debian's Chromium from a server of its own on 127.0.0.1 (see EXPORT_USAGE).
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { startCorridorServer } from '../server/app';
import { bundledScenario, fromUser } from '../server/config';
import { buildClientIfNeeded } from '../server/ensure-build';
import { type ExportArgs, parseExportArgs } from '../server/export/cli-args';
import { runExport } from '../server/export/exporter';
import { launchChromium } from '../server/export/render/chromium';
import { ProgressBar } from '../server/export/render/progress';
import { loadScenarioFile, refused } from '../server/scenario-file';

function fail(status: number, lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(status);
}

let args: ExportArgs;
try {
  args = parseExportArgs(process.argv.slice(2));
} catch (error) {
  fail(2, [(error as Error).message]);
}
const sheets = {
  ...(args.hubs ? { hubs: fromUser(args.hubs) } : {}),
  ...(args.operation ? { operation: fromUser(args.operation) } : {}),
};
const loaded = loadScenarioFile(args.scenario ? fromUser(args.scenario) : bundledScenario(), sheets);
if (!loaded.ok) fail(1, refused(loaded.errors));
const clientDir = resolve(import.meta.dirname, '../dist/client');
await buildClientIfNeeded(clientDir);

const server = await startCorridorServer({
  plan: loaded.plan,
  port: 0,
  host: '127.0.0.1',
  clientDir,
  loopSeconds: 600,
  loop: true,
  tickMs: 1000,
  controlToken: randomUUID(),
});
const browser = await launchChromium().catch((error) => fail(1, [error.message]));
try {
  const progress = new ProgressBar();
  const done = await runExport(
    browser,
    server.url,
    loaded.plan,
    { ...args, out: fromUser(args.out) },
    {
      onFrame: (n, total) => progress.update(n, total),
    },
  );
  const frames = done.video ? `, ${done.video.frames.length} + ${done.video.cardFrames} card frames` : '';
  console.log(
    `${done.file}: ${(done.bytes / 1e6).toFixed(1)} MB${frames}, rendered in ${(done.ms / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(`export failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
