import { readFileSync } from 'node:fs';
import {
  compilePlan,
  type OperationResult,
  type Plan,
  type ValidationResult,
  validateOperation,
  validateScenario,
} from '../core/scenario';
import { type SyntheticPlaces, syntheticScenario } from '../core/scenario/synthetic';
import { sheetScenario } from './sheet-file';

const SYNTHETIC_PLACES = new URL('../data/synthetic/places.json', import.meta.url);

export type LoadResult = { ok: true; plan: Plan } | { ok: false; errors: string[] };

/**
 * Reads, parses and validates a scenario file; every error line starts with the file's name.
 * A `.csv` file is a shipment sheet: its hubs come from the scenario file `hubsFrom`.
 */
export function loadScenarioFile(path: string, hubsFrom?: string): LoadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`${path}: cannot read: ${(error as Error).message}`] };
  }
  if (path.toLowerCase().endsWith('.csv')) {
    const base = hubsFrom ? loadScenarioFile(hubsFrom) : null;
    if (!base)
      return { ok: false, errors: [`${path}: a shipment sheet needs a scenario for its hubs (--hubs FILE)`] };
    return base.ok ? sheetScenario(path, text, base.plan) : base;
  }
  const result = parseScenario(path, text);
  return result.ok ? { ok: true, plan: compilePlan(result.scenario) } : result;
}

function parseScenario(path: string, text: string): ValidationResult {
  return parseJson(path, text, validateScenario);
}

function parseJson<R extends { ok: true } | { ok: false; errors: string[] }>(
  path: string,
  text: string,
  validate: (json: unknown) => R,
): R | { ok: false; errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${path}: not valid JSON: ${(error as Error).message}`] };
  }
  const result = validate(json);
  return result.ok ? result : { ok: false, errors: result.errors.map((line) => `${path}: ${line}`) };
}

/** The operation file of live mode: what it ships and how the screen tells it; hubs come from the feeds. */
export function loadOperationFile(path: string): OperationResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`${path}: cannot read: ${(error as Error).message}`] };
  }
  return parseJson(path, text, validateOperation);
}

/** A generated scenario of `vehicles` shipments, with the time at which every vehicle is moving. */
export function loadSyntheticScenario(vehicles: number): LoadResult & { busy?: number } {
  const places = JSON.parse(readFileSync(SYNTHETIC_PLACES, 'utf8')) as SyntheticPlaces;
  const { scenario, busy } = syntheticScenario(places, vehicles);
  return { ok: true, plan: compilePlan(scenario), busy };
}
