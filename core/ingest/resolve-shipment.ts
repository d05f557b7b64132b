import type { ShipmentEvent } from '../events';
import type { Provenance, Source } from '../provenance';
import { compilePlan, validateScenario } from '../scenario';
import type { Hub } from '../scenario/plan';
import { SCENARIO_FORMAT } from '../scenario/vocabulary';
import { aheadProblem, type IngestContext, iso, planIndex } from './context';
import { type Problem, problem } from './errors';
import type { LiveShipment } from './live-event';
import type { Resolution } from './resolve-fix';
import type { ShipmentInput } from './schema';

export const DEFAULT_SOURCE = 'live-feed';

/** A hub only to give the scenario check the two hubs it wants; never named by a leg. */
const PLACEHOLDER: Hub = {
  id: 'placeholder-hub',
  name: '-',
  kind: 'city',
  country: 'ZZ',
  lon: 0,
  lat: 0,
  timeZone: 'UTC',
  precision: 'approximate',
  provenance: { illustrative: 'placeholder' },
};

/** `shipments[0].legs[1].to: unknown hub "X"` from the scenario check, as a path inside the item. */
function fromScenarioError(line: string): Problem {
  const at = line.indexOf(': ');
  const path = line.slice(0, at).replace(/^shipments\[0\]\.?/, '');
  const keys = path
    ? path
        .split(/\.|\[(\d+)\]/)
        .filter(Boolean)
        .map((k) => (/^\d+$/.test(k) ? Number(k) : k))
    : [];
  const status = line.includes('unknown hub') ? 404 : 422;
  return problem(keys, line.slice(at + 2).replaceAll('shipments[0].', ''), status);
}

/** Live feeds name items the operation declared: say where a new one is declared. */
export function unknownItem(item: string, declared: string[]): string {
  return `unknown item "${item}" (${declared.length ? `declared items: ${declared.join(', ')}` : 'no items are declared'}): declare it under "items" in the scenario (--scenario FILE) or, in live mode, the operation file (--operation FILE); see docs/scenario-format.md`;
}

/**
 * Compiles a shipment upsert the way a scenario's shipment is compiled, so a live shipment
 * passes the same checks (legs connect, arrival after departure) and flies the same paths.
 * Every fact in it is marked reported by the feed that sent it.
 */
export function resolveShipment(
  input: ShipmentInput,
  id: string,
  ctx: IngestContext,
): Resolution<LiveShipment> {
  const time = input.time ?? ctx.now;
  const ahead = aheadProblem(time, ctx.now);
  if (ahead) return { ok: false, problems: [problem(['time'], ahead)] };
  const declared = new Set(ctx.plan.items.map((item) => item.id));
  const undeclared = input.contents.flatMap(({ item }, k) =>
    declared.has(item) ? [] : [problem(['contents', k, 'item'], unknownItem(item, [...declared]), 422)],
  );
  if (undeclared.length) return { ok: false, problems: undeclared };
  const sourceId = input.source ?? DEFAULT_SOURCE;
  const provenance: Provenance = { reported: [sourceId] };
  const stamp = (t: number) => ({ time: iso(t), provenance });
  const index = planIndex(ctx.plan);

  const inline: Hub[] = (input.hubs ?? []).map((hub) => ({ ...hub, provenance }));
  const named = new Set(input.legs.flatMap((leg) => [leg.from, leg.to]));
  const hubs = [
    ...inline,
    ...ctx.plan.hubs.filter((h) => named.has(h.id) && !inline.some((i) => i.id === h.id)),
  ];
  if (hubs.length < 2) hubs.push(PLACEHOLDER);
  const source: Source = {
    title: `Live feed "${sourceId}"`,
    publisher: sourceId,
    date: iso(time).slice(0, 10),
  };
  const times = input.legs.flatMap((leg) => [leg.depart, leg.arrive]);
  const booked = input.booked ?? Math.min(time, ...times);
  const scenario = {
    format: SCENARIO_FORMAT,
    id: 'ingest',
    title: { en: input.title },
    start: iso(Math.min(booked, ...times) - 60_000),
    end: iso(Math.max(booked, ...times) + 60_000),
    sources: { ...ctx.plan.sources, [sourceId]: ctx.plan.sources[sourceId] ?? source },
    items: ctx.plan.items,
    hubs,
    shipments: [
      {
        id: input.shipment,
        ...(input.awb ? { awb: input.awb } : {}),
        title: input.title,
        contents: input.contents.map((c) => ({ ...c, provenance })),
        booked: stamp(booked),
        legs: input.legs.map((leg) => ({
          ...leg,
          depart: stamp(leg.depart),
          arrive: stamp(leg.arrive),
          provenance,
        })),
        provenance,
      },
    ],
  };
  const checked = validateScenario(scenario);
  if (!checked.ok) return { ok: false, problems: checked.errors.map(fromScenarioError) };
  const compiled = compilePlan(checked.scenario);

  const problems: Problem[] = [];
  const owner = input.awb ? index.byAwb.get(input.awb) : undefined;
  if (owner && owner.id !== input.shipment)
    problems.push(problem(['awb'], `${input.awb} belongs to shipment ${owner.id}`, 409));
  compiled.legs.forEach((leg, j) => {
    const existing = index.legs.get(leg.id);
    const others = existing?.shipments.filter((s) => s !== input.shipment) ?? [];
    const same =
      existing &&
      JSON.stringify([
        existing.mode,
        existing.from,
        existing.to,
        existing.depart,
        existing.arrive,
        existing.path,
      ]) === JSON.stringify([leg.mode, leg.from, leg.to, leg.depart, leg.arrive, leg.path]);
    if (existing && others.length && !same) {
      problems.push(
        problem(
          ['legs', j, 'vehicle'],
          `"${leg.id}" runs ${existing.mode} ${existing.from}→${existing.to} ${iso(existing.depart)}–${iso(existing.arrive)} for ${others.join(', ')}: one vehicle, one route and schedule`,
          409,
        ),
      );
    }
  });
  if (problems.length) return { ok: false, problems };

  const event: ShipmentEvent = {
    type: 'shipment',
    time,
    shipment: compiled.shipments[0] as ShipmentEvent['shipment'],
    legs: compiled.legs,
    hubs: inline,
    sources: ctx.plan.sources[sourceId] ? {} : { [sourceId]: source },
  };
  return { ok: true, event: { kind: 'shipment', id, time, event } };
}
