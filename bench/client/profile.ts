/**
 * Where the display's main thread goes at N moving vehicles: a CDP CPU profile of a few seconds,
 * top functions by self time. The display is built unminified for it, so names are readable.
 *   npx tsx bench/client/profile.ts [--vehicles 10000] [--seconds 3] [--top 10]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startCorridorServer } from '../../server/app';
import { loadSyntheticScenario } from '../../server/scenario-file';
import { launchChromium, openPage } from '../../test/helpers/browser';
import { BUNDLED_SCENARIO } from '../../test/helpers/server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const { values } = parseArgs({
  options: {
    vehicles: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '3' },
    top: { type: 'string', default: '10' },
  },
});
const vehicles = Number(values.vehicles);
const outDir = resolve('dist/bench-profile');
const { build } = await import('vite');
await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir, minify: false } });

const loaded = loadSyntheticScenario(vehicles, BUNDLED_SCENARIO);
if (!loaded.ok || loaded.busy === undefined) throw new Error('cannot load the synthetic scenario');
const server = await startCorridorServer({
  plan: loaded.plan,
  port: 0,
  host: '127.0.0.1',
  clientDir: outDir,
  loopSeconds: 600,
  rate: 1,
  loop: true,
  tickMs: 1000,
  controlToken: 'bench-control-token',
});
server.player.seek(loaded.busy);
const browser = await launchChromium();
const { page } = await openPage(browser, 640, 360);
await page.goto(`${server.url}/`);
await page.waitForFunction((n) => window.__corridor?.movingVehicles >= n, vehicles, { timeout: 120_000 });
// Past the first frames, which wait for shaders to link under llvmpipe.
const warm = await page.evaluate(() => window.__corridor.frames);
await page
  .waitForFunction((f) => window.__corridor.frames >= f + 5, warm, { timeout: 60_000 })
  .catch(() => console.log('fewer than 5 frames in 60 s of warm-up'));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const frames = await page.evaluate(() => window.__corridor.frames);
await cdp.send('Profiler.start');
await new Promise((r) => setTimeout(r, Number(values.seconds) * 1000));
const { profile } = await cdp.send('Profiler.stop');
const drawn = (await page.evaluate(() => window.__corridor.frames)) - frames;
await browser.close();
await server.close();

// Self time of a sample is the gap to the next one; functions are summed over all their call sites.
const byId = new Map((profile.nodes as ProfileNode[]).map((node) => [node.id, node]));
const self = new Map<string, number>();
const samples = profile.samples ?? [];
const deltas = profile.timeDeltas ?? [];
for (let i = 0; i < samples.length; i++) {
  const frame = byId.get(samples[i] as number)?.callFrame;
  if (!frame) continue;
  const file = frame.url.split('/').pop() ?? '';
  const key = `${frame.functionName || '(anonymous)'}${file ? `  ${file}:${frame.lineNumber + 1}` : ''}`;
  self.set(key, (self.get(key) ?? 0) + ((deltas[i + 1] ?? 0) as number) / 1000);
}
const parent = new Map<number, number>();
for (const node of profile.nodes as ProfileNode[])
  for (const child of node.children ?? []) parent.set(child, node.id);
const label = (node: ProfileNode | undefined) =>
  node
    ? `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`
    : '';
/** Who calls the heaviest function: the call stack of its most sampled node, innermost first. */
function heaviestStack(name: string): string[] {
  const hits = new Map<number, number>();
  for (const id of samples)
    if (byId.get(id)?.callFrame.functionName === name) hits.set(id, (hits.get(id) ?? 0) + 1);
  const top = [...hits.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const stack: string[] = [];
  for (let id = top; id !== undefined && stack.length < 14; id = parent.get(id))
    stack.push(label(byId.get(id)));
  return stack;
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(
  `display at ${vehicles} moving vehicles: ${drawn} frames in ${values.seconds} s profiled, ${total.toFixed(0)} ms sampled`,
);
for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
  console.log(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`);
const heaviest = [...self.entries()].sort((a, b) => b[1] - a[1]).find(([key]) => !key.startsWith('('));
if (heaviest) console.log(`called from:\n  ${heaviestStack(heaviest[0].split('  ')[0] ?? '').join('\n  ')}`);
