/**
 * Display cost per frame against a plain deck.gl page, and the display's start-up time.
 *   npx tsx bench/client/run.ts [--smoke]
 * Smoke: 200 vehicles for 2 s, to prove the pages load and the counters count.
 */
import { parseArgs } from 'node:util';
import { clientBench } from './measure';
import { formatClientTable } from './print';
import { startBench } from './start';

const { values } = parseArgs({ options: { smoke: { type: 'boolean', default: false } } });
const smoke = values.smoke;
const began = Date.now();
const rows = await clientBench({
  sizes: smoke ? [200] : [1_000, 10_000, 50_000],
  seconds: smoke ? 2 : 5,
  smoke,
  log: (line) => console.error(line),
});
const start = await startBench({ loads: smoke ? 1 : 5 });
console.log(formatClientTable(rows, start));
console.log(`client bench took ${((Date.now() - began) / 1000).toFixed(0)} s`);
