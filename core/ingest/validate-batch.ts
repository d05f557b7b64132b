import type { Plan } from '../scenario/plan';
import { upsertShipment } from '../scenario/upsert';
import type { IngestContext, StoredFix } from './context';
import { type ItemError, itemError, type Problem, problem, zodProblems } from './errors';
import type { LiveEvent } from './live-event';
import { type Around, resolveFix } from './resolve-fix';
import { resolveShipment } from './resolve-shipment';
import { resolveStatus } from './resolve-status';
import { KINDS } from './schema';

export type ItemOutcome =
  | { index: number; id: string; duplicate: false; event: LiveEvent; note?: string }
  | { index: number; id: string; duplicate: true; seq: number | null; note?: string };

export type BatchResult = { ok: true; items: ItemOutcome[] } | { ok: false; errors: ItemError[] };

/** Keys in a stable order, so that the same event always has the same derived id. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Fixes accepted earlier in the same batch, so a batch is checked as if applied in order. */
class BatchFixes {
  private readonly byVehicle = new Map<string, StoredFix[]>();
  constructor(private readonly ctx: IngestContext) {}

  around: Around = (vehicle, time) => {
    let { before, after } = this.ctx.fixesAround(vehicle, time);
    for (const fix of this.byVehicle.get(vehicle) ?? []) {
      if (fix.time <= time && (!before || fix.time >= before.time)) before = fix;
      if (fix.time > time && (!after || fix.time < after.time)) after = fix;
    }
    return { before, after };
  };

  add(vehicle: string, fix: StoredFix) {
    const list = this.byVehicle.get(vehicle) ?? [];
    list.push(fix);
    this.byVehicle.set(vehicle, list);
  }
}

interface BatchState {
  ctx: IngestContext;
  plan: Plan;
  seen: Map<string, { index: number; content: string }>;
  fixes: BatchFixes;
}

function checkItem(raw: unknown, index: number, batch: BatchState): ItemOutcome | ItemError {
  const fail = (problems: Problem[], id?: string) => itemError(index, problems, id);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return fail([problem([], 'expected an object', 400)]);
  const kind = (raw as { kind?: unknown }).kind;
  if (kind !== 'fix' && kind !== 'status' && kind !== 'shipment') {
    const got = JSON.stringify(kind) ?? 'nothing';
    return fail([problem(['kind'], `expected "fix", "status" or "shipment", got ${got}`, 400)]);
  }
  const parsed = KINDS[kind].safeParse(raw);
  if (!parsed.success) return fail(zodProblems(parsed.error));
  const { id: given, ...content } = parsed.data;
  const text = canonical(content);
  const id = given ?? `h-${batch.ctx.digest(text)}`;
  const earlier = batch.seen.get(id);
  if (earlier) {
    if (earlier.content === text)
      return { index, id, duplicate: true, seq: null, note: `same as item ${earlier.index}` };
    return fail(
      [problem(['id'], `"${id}" is also the id of item ${earlier.index}, with other content`, 409)],
      id,
    );
  }
  batch.seen.set(id, { index, content: text });
  const stored = batch.ctx.seqOf(id);
  if (stored !== undefined) return { index, id, duplicate: true, seq: stored };

  const scope = { ...batch.ctx, plan: batch.plan };
  const result =
    parsed.data.kind === 'fix'
      ? resolveFix(parsed.data, id, scope, batch.fixes.around)
      : parsed.data.kind === 'status'
        ? resolveStatus(parsed.data, id, scope)
        : resolveShipment(parsed.data, id, scope);
  if (!result.ok) return fail(result.problems, id);
  const { event } = result;
  if (event.kind === 'fix') batch.fixes.add(event.vehicle, event);
  if (event.kind === 'shipment') batch.plan = upsertShipment(batch.plan, event.event);
  return result.note
    ? { index, id, duplicate: false, event, note: result.note }
    : { index, id, duplicate: false, event };
}

/**
 * Checks a batch as one unit, in order: each item's shape, then its id (a stored id is a
 * duplicate and is not checked again), then what it means against the plan, the log and the
 * items before it. Never throws on any input: every refusal names the item and the path.
 */
export function validateBatch(items: readonly unknown[], ctx: IngestContext): BatchResult {
  const errors: ItemError[] = [];
  const outcomes: ItemOutcome[] = [];
  const batch: BatchState = { ctx, plan: ctx.plan, seen: new Map(), fixes: new BatchFixes(ctx) };
  for (let index = 0; index < items.length; index++) {
    const result = checkItem(items[index], index, batch);
    if ('reason' in result) errors.push(result);
    else outcomes.push(result);
  }
  return errors.length ? { ok: false, errors } : { ok: true, items: outcomes };
}
