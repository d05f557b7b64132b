import type { z } from 'zod';
import {
  type OperationFile,
  operationSchema,
  SCENARIO_FORMAT,
  type ScenarioFile,
  scenarioSchema,
} from './schema';
import { checkItems, checkMilestones, checkStory } from './validate-story';

export type ValidationResult = { ok: true; scenario: ScenarioFile } | { ok: false; errors: string[] };
export type OperationResult = { ok: true; operation: OperationFile } | { ok: false; errors: string[] };

/** `shipments[3].legs[1].to` from ['shipments', 3, 'legs', 1, 'to']. */
export type ErrorAt = (path: PropertyKey[], message: string) => void;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function zodErrors(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
    return `${formatPath(issue.path)}: ${missing ? `missing (expected ${issue.expected})` : issue.message}`;
  });
}

/**
 * Checks a parsed JSON value against the scenario format, then the references and times that
 * a schema cannot see. Every error names where it is and why, one line each.
 */
export function validateScenario(input: unknown): ValidationResult {
  const old = oldFormat(input);
  if (old) return old;
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const errors = crossCheck(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, scenario: parsed.data };
}

/** An operation file (live mode's `--operation`): its items and story, its hubs still to come from feeds. */
export function validateOperation(input: unknown): OperationResult {
  const old = oldFormat(input);
  if (old) return old;
  const parsed = operationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const errors: string[] = [];
  const err: ErrorAt = (path, message) => errors.push(`${formatPath(path)}: ${message}`);
  checkStory(parsed.data, null, checkItems(parsed.data.items, err), err);
  return errors.length ? { ok: false, errors } : { ok: true, operation: parsed.data };
}

/** Version 1 named a fixed list of items: say what to add rather than list every difference. */
function oldFormat(input: unknown): { ok: false; errors: string[] } | null {
  if ((input as { format?: unknown } | null)?.format !== 'corridor-scenario/1') return null;
  return {
    ok: false,
    errors: [
      `format: "corridor-scenario/1" is the old format, whose items were fixed in the product: declare what the operation ships under "items", then set "format": "${SCENARIO_FORMAT}" (docs/scenario-format.md, "From version 1")`,
    ],
  };
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function crossCheck(s: ScenarioFile): string[] {
  const errors: string[] = [];
  const err: ErrorAt = (path, message) => errors.push(`${formatPath(path)}: ${message}`);
  const start = Date.parse(s.start);
  const end = Date.parse(s.end);
  if (end <= start) err(['end'], `not after start (${s.start})`);
  const inScenario = (path: PropertyKey[], time: string) => {
    const t = Date.parse(time);
    if (t < start || t > end) err(path, `${time} is outside the scenario (${s.start} … ${s.end})`);
  };

  const hubs = new Map<string, number>();
  s.hubs.forEach((hub, i) => {
    const seen = hubs.get(hub.id);
    if (seen !== undefined) err(['hubs', i, 'id'], `duplicate hub "${hub.id}" (also hubs[${seen}])`);
    else hubs.set(hub.id, i);
  });
  const knownHub = (path: PropertyKey[], hubId: string) => {
    if (hubs.has(hubId)) return true;
    err(path, `unknown hub "${hubId}"`);
    return false;
  };

  checkSources(s, err);
  const items = checkItems(s.items, err);
  const declared = `declared items: ${[...items].join(', ')}`;

  const shipments = new Map<string, number>();
  const vehicles = new Map<string, { path: PropertyKey[]; signature: string }>();
  s.shipments.forEach((shipment, i) => {
    const base: PropertyKey[] = ['shipments', i];
    const before = errors.length;
    const seen = shipments.get(shipment.id);
    if (seen !== undefined)
      err([...base, 'id'], `duplicate shipment "${shipment.id}" (also shipments[${seen}])`);
    else shipments.set(shipment.id, i);
    inScenario([...base, 'booked', 'time'], shipment.booked.time);

    const firstDeparture = shipment.legs[0]?.depart.time;
    if (firstDeparture && Date.parse(shipment.booked.time) > Date.parse(firstDeparture)) {
      err([...base, 'booked', 'time'], `after the first departure (${firstDeparture})`);
    }

    shipment.contents.forEach((content, k) => {
      if (!items.has(content.item))
        err([...base, 'contents', k, 'item'], `unknown item "${content.item}" (${declared})`);
    });

    shipment.legs.forEach((leg, j) => {
      const at = [...base, 'legs', j];
      knownHub([...at, 'from'], leg.from);
      knownHub([...at, 'to'], leg.to);
      if (leg.from === leg.to) err([...at, 'to'], `same hub as from ("${leg.from}")`);
      const depart = Date.parse(leg.depart.time);
      const arrive = Date.parse(leg.arrive.time);
      inScenario([...at, 'depart', 'time'], leg.depart.time);
      inScenario([...at, 'arrive', 'time'], leg.arrive.time);
      if (arrive <= depart) err([...at, 'arrive', 'time'], `not after departure (${leg.depart.time})`);
      const previous = shipment.legs[j - 1];
      if (previous) {
        if (previous.to !== leg.from)
          err([...at, 'from'], `"${leg.from}" but the previous leg ends at "${previous.to}"`);
        if (depart < Date.parse(previous.arrive.time)) {
          err([...at, 'depart', 'time'], `before the previous leg arrives (${previous.arrive.time})`);
        }
      }
      const signature = `${leg.mode} ${leg.from}→${leg.to} ${iso(depart)}–${iso(arrive)}`;
      const other = vehicles.get(leg.vehicle);
      if (!other) vehicles.set(leg.vehicle, { path: at, signature });
      else if (other.signature !== signature) {
        err(
          [...at, 'vehicle'],
          `"${leg.vehicle}" runs ${signature} here but ${other.signature} in ${formatPath(other.path)}`,
        );
      }
    });

    shipment.milestones.forEach((milestone, k) => {
      const at = [...base, 'milestones', k];
      if (!knownHub([...at, 'hub'], milestone.hub)) return;
      inScenario([...at, 'time'], milestone.time);
      const arrival = shipment.legs.find((leg) => leg.to === milestone.hub);
      if (!arrival) err([...at, 'hub'], `"${milestone.hub}" is not on this shipment's route`);
      else if (Date.parse(milestone.time) < Date.parse(arrival.arrive.time)) {
        err([...at, 'time'], `before the shipment arrives at ${milestone.hub} (${arrival.arrive.time})`);
      }
    });
    // The order of its statuses means something once its legs and milestones are each right.
    if (errors.length === before) checkMilestones(shipment, base, err);
  });
  checkStory(s, hubs, items, err);
  return errors;
}

/** Every `reported` list anywhere in the file must name sources the file declares. */
function checkSources(s: ScenarioFile, err: (path: PropertyKey[], message: string) => void) {
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) visit(item, [...path, i]);
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'reported' && Array.isArray(child)) {
          child.forEach((source, i) => {
            if (!(source in s.sources)) err([...path, key, i], `unknown source "${source}"`);
          });
        } else if (key !== 'sources' || path.length > 0) {
          visit(child, [...path, key]);
        }
      }
    }
  };
  visit(s, []);
}
