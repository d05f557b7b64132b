/**
 * The fan-out part of `npm run bench`: for each number of vehicles K and clients C, the product
 * against raw `ws` sending the same bytes and against naive Socket.IO JSON, measured in one run.
 */
import { encodePositions } from '../../core/protocol';
import type { Plan } from '../../core/scenario';
import { loadSyntheticScenario } from '../../server/scenario-file';
import { ClientProcess, type FanoutResult, measureFanout } from './measure';
import { corridorVariant, naiveVariant, rawWsVariant, type Variant } from './variants';

export interface FanoutOptions {
  vehicles: number[];
  clients: number[];
  seconds: number;
}

function syntheticPlan(vehicles: number): { plan: Plan; busy: number } {
  const loaded = loadSyntheticScenario(vehicles);
  if (!loaded.ok || loaded.busy === undefined)
    throw new Error(loaded.ok ? 'no busy time' : loaded.errors.join('\n'));
  return { plan: loaded.plan, busy: loaded.busy };
}

/** The product's wire text for a tick, built once: raw ws then sends exactly these bytes. */
function productWireText(plan: Plan, busy: number): (tick: number) => string {
  const fixes = plan.legs.map((leg) => ({
    vehicle: leg.id,
    time: busy,
    progress: (busy - leg.depart) / (leg.arrive - leg.depart),
  }));
  const frame = encodePositions(
    0,
    { type: 'fixes', time: busy, fixes },
    new Map(plan.legs.map((leg, i) => [leg.id, i])),
  );
  const tail = `,"t":${frame.t},"b":"${frame.b}"}]`;
  return (tick) => `42/display,["positions",{"seq":${tick}${tail}`;
}

export async function fanoutBench(
  options: FanoutOptions,
  report: (row: FanoutResult) => void,
): Promise<FanoutResult[]> {
  const clients = new ClientProcess();
  const rows: FanoutResult[] = [];
  try {
    for (const k of options.vehicles) {
      const { plan, busy } = syntheticPlan(k);
      const wire = productWireText(plan, busy);
      for (const c of options.clients) {
        // The baselines first, so the product's rows can show their ratios to them. With one tick
        // in flight nothing is dropped, and the server's own work per tick is not overlapped.
        const runs: [() => Promise<Variant>, 1 | 2][] = [
          [() => rawWsVariant(wire), 2],
          [() => naiveVariant(plan, busy), 2],
          [() => corridorVariant(plan, busy, wire), 2],
          [() => rawWsVariant(wire), 1],
          [() => corridorVariant(plan, busy, wire), 1],
        ];
        for (const [make, window] of runs) {
          const variant = await make();
          try {
            const row = await measureFanout(variant, clients, c, k, options.seconds, window);
            rows.push(row);
            report(row);
          } finally {
            await variant.close();
          }
        }
      }
    }
  } finally {
    clients.kill();
  }
  return rows;
}
