/**
 * `npm run bench`: fan-out, server memory, client frame cost and start-up, from one run, as
 * Markdown tables (docs/performance.md quotes one). Figures only: it asserts nothing about speed.
 *   npm run bench [-- --smoke] [-- --seconds N]
 * --smoke: the smallest case of each part, to prove the bench still works (CI runs it).
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildClientIfNeeded } from '../server/ensure-build';
import { displayBundle, kib } from './bundle';
import { clientBench } from './client/measure';
import { formatClientTable } from './client/print';
import { startBench } from './client/start';
import { type ClusterRow, clusterBench, logCost } from './cluster/run';
import type { FanoutResult } from './fanout/measure';
import { fanoutBench } from './fanout/run';
import { memoryBench } from './memory';

const { values } = parseArgs({
  options: { smoke: { type: 'boolean', default: false }, seconds: { type: 'string', default: '5' } },
});
const smoke = values.smoke;
const seconds = smoke ? 1 : Number(values.seconds);
const began = Date.now();
const elapsed = () => `${((Date.now() - began) / 1000).toFixed(0)} s`;
const log = (line: string) => console.error(`[${elapsed()}] ${line}`);

console.log(`# npm run bench${smoke ? ' --smoke' : ''}`);
console.log(
  `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at start, ${new Date().toISOString()}\n`,
);

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
console.log(
  '## Fan-out: ticks per second with every client keeping up (2 ticks in flight unless the row says 1)\n',
);
console.log(
  '| K vehicles | C clients | sender | ticks/s, every client current | dropped % | frames/s each client got | ×raw ws | ×naive | server CPU ms/tick | p50 ms | p99 ms | bytes/vehicle |',
);
console.log('|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const rows: FanoutResult[] = [];
// Volatile frames a client missed while the previous was still on its way do not count.
const delivered = (row: FanoutResult) => row.ticksPerSecond * (1 - row.droppedPercent / 100);
await fanoutBench(
  { vehicles: smoke ? [200] : [1_000, 10_000], clients: smoke ? [10] : [100, 500], seconds },
  (row) => {
    rows.push(row);
    // Raw ws measured the same way (ticks in flight); naive only ever with two.
    const oneInFlight = (r: FanoutResult) => r.variant.endsWith('1 tick in flight');
    const same = (prefix: string) =>
      rows.find(
        (r) =>
          r.vehicles === row.vehicles &&
          r.clients === row.clients &&
          r.variant.startsWith(prefix) &&
          (prefix === 'naive' || oneInFlight(r) === oneInFlight(row)),
      );
    const ratio = (base: FanoutResult | undefined) =>
      base && base !== row ? fixed(delivered(row) / delivered(base), 2) : '—';
    console.log(
      `| ${row.vehicles} | ${row.clients} | ${row.variant} | ${fixed(row.ticksPerSecond)} | ${fixed(row.droppedPercent)}${row.lost ? ` (${row.lost} lost)` : ''} | ${fixed(delivered(row))} | ${ratio(same('raw'))} | ${ratio(same('naive'))} | ${fixed(row.cpuMsPerTick, 2)} | ${fixed(row.p50Ms)} | ${fixed(row.p99Ms)} | ${fixed(row.bytesPerVehicle, 2)} |`,
    );
  },
);
log('fan-out done');

const memory = await memoryBench(smoke ? 50 : 1_000);
console.log(
  `\n## Server memory\n\n${memory.displays} displays: RSS ${fixed(memory.rssBeforeMiB)} → ${fixed(memory.rssAfterMiB)} MiB, **${fixed(memory.kibPerDisplay)} KiB per display**`,
);
log('memory done');

console.log(
  '\n## Cluster: the same screens on 1, 2 and 3 nodes on one Redis (the bundled operation at 60×, 1 tick/s)\n',
);
console.log(
  '| nodes | screens | CPU ms per tick per screen (all nodes) | busiest node, % of a core | Redis, % of a core | p50 ms | p99 ms | frames/s per screen |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
const clusterRows = await clusterBench(
  { nodes: smoke ? [1, 2] : [1, 2, 3], clients: smoke ? 20 : 500, seconds: smoke ? 2 : 15 },
  (row: ClusterRow) =>
    console.log(
      `| ${row.nodes} | ${row.clients} | ${fixed(row.cpuMsPerTickPerClient, 3)} | ${fixed(row.busiestCorePercent)} | ${fixed(row.redisCorePercent)} | ${fixed(row.p50Ms)} | ${fixed(row.p99Ms)} | ${fixed(row.framesPerClientPerSecond, 2)} |`,
    ),
);
const cost = await logCost(smoke ? 100 : 2000);
console.log(
  `\nShared log: **${fixed(cost.appendMs, 2)} ms per fenced append**, acknowledged on Redis's disk (appendfsync always), one after another; ${fixed(cost.bytesPerEvent, 0)} bytes per event in Redis.`,
);
const single = clusterRows[0] as ClusterRow;
// One tick a second: a screen costs its CPU ms per tick every second; a node is given 70 % of a core.
const perNode = Math.floor(700 / single.cpuMsPerTickPerClient);
if (!(single.cpuMsPerTickPerClient > 0))
  console.log(
    "\nEstimate for 100,000 screens: not measurable in this run (node CPU below /proc's 10 ms resolution).",
  );
else
  console.log(
    `\nEstimate for 100,000 screens of the bundled operation: ${fixed(single.cpuMsPerTickPerClient, 3)} ms of node CPU per screen per second (1 tick/s, heartbeats included) → 700 ms/s (70 % of a core) / ${fixed(single.cpuMsPerTickPerClient, 3)} ≈ ${perNode.toLocaleString('en')} screens per node → **${Math.ceil(100_000 / perNode)} nodes** of one core each, plus the one that plays (it also sends its frames to the others), on one Redis at ${fixed(single.redisCorePercent)} % of a core for ${single.clients} screens (Redis carries one frame per tick whatever the number of screens).`,
  );
log('cluster done');

const dir = resolve('dist/client');
await buildClientIfNeeded(dir);
const { display, worker } = displayBundle(dir);
const rowsClient = await clientBench({
  sizes: smoke ? [200] : [1_000, 10_000, 50_000],
  frames: smoke ? 5 : 40,
  seconds: smoke ? 2 : 5,
  smoke,
  log,
});
const start = await startBench({ loads: smoke ? 1 : 5 });
console.log(
  `\n## Client: main-thread time per frame, and start-up\n\n${formatClientTable(rowsClient, start)}`,
);
console.log(
  `\nDisplay JS bundle: ${kib(display.raw)} raw, **${kib(display.gzip)} gzip** (${display.files} files); MapLibre worker ${kib(worker.raw)} raw, ${kib(worker.gzip)} gzip`,
);
console.log(`\nBench took ${elapsed()}.`);
process.exit(0);
