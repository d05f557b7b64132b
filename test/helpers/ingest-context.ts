import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IngestContext, StoredFix } from '../../core/ingest/context';
import { compilePlan, type Plan, validateScenario } from '../../core/scenario';

/** The bundled plan and an in-memory log, for tests of the validator on its own. */
export function bundledPlan(): Plan {
  const result = validateScenario(JSON.parse(readFileSync('data/scenarios/airlift-2020.json', 'utf8')));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return compilePlan(result.scenario);
}

export function testContext(plan = bundledPlan(), now = Date.parse('2020-03-20T00:00:00Z')) {
  const fixes = new Map<string, StoredFix[]>();
  const ids = new Map<string, number>();
  const ctx: IngestContext = {
    plan,
    now,
    fixesAround(vehicle, time) {
      const list = fixes.get(vehicle) ?? [];
      return { before: list.findLast((f) => f.time <= time), after: list.find((f) => f.time > time) };
    },
    seqOf: (id) => ids.get(id),
    digest: (text) => createHash('sha256').update(text).digest('base64url').slice(0, 22),
  };
  const store = (vehicle: string, fix: StoredFix) => {
    const list = [...(fixes.get(vehicle) ?? []), fix].sort((a, b) => a.time - b.time);
    fixes.set(vehicle, list);
  };
  return { ctx, store, ids };
}
