import { readFileSync } from 'node:fs';
import { compilePlan, type Plan, validateScenario } from '../core/scenario';
import { type SyntheticPlaces, syntheticScenario } from '../core/scenario/synthetic';
import type { SheetsResult } from './sheets/compose';
import { isSheet, readJson } from './sheets/files';
import { loadSheets, type SheetFiles } from './sheets/load';

const SYNTHETIC_PLACES = new URL('../data/synthetic/places.json', import.meta.url);

export type LoadResult = { ok: true; plan: Plan } | { ok: false; errors: string[] };

/**
 * Reads and validates a scenario: a JSON file, or a shipment sheet (`.csv`) whose hubs come from
 * `sheets.hubs` (a hub sheet or a scenario) and whose name, items and story from `sheets.operation`.
 * Every error line starts with the name of the file it is about. `json` is the scenario as a file has it.
 */
export function readScenario(path: string, sheets: Partial<SheetFiles> = {}): SheetsResult {
  if (isSheet(path)) {
    if (!sheets.hubs)
      return { ok: false, errors: [`${path}: a shipment sheet needs a scenario for its hubs (--hubs FILE)`] };
    return loadSheets(path, { hubs: sheets.hubs, operation: sheets.operation });
  }
  if (sheets.operation !== undefined)
    return {
      ok: false,
      errors: [
        `${sheets.operation}: a JSON scenario declares its own operation: --operation goes with a shipment sheet, or with --live alone`,
      ],
    };
  return readJson(path, (json) => {
    const result = validateScenario(json);
    return result.ok ? { ...result, json: json as Record<string, unknown> } : result;
  });
}

/** A scenario, read and validated as `readScenario` does, compiled for playing. */
export function loadScenarioFile(path: string, sheets: Partial<SheetFiles> = {}): LoadResult {
  const read = readScenario(path, sheets);
  return read.ok ? { ok: true, plan: compilePlan(read.scenario) } : read;
}

/** The first line of a refusal, the one every entry point prints before the errors. */
export function refused(errors: readonly string[]): string[] {
  return [`Scenario refused (${errors.length} error${errors.length > 1 ? 's' : ''}):`, ...errors];
}

/** A generated scenario of `vehicles` shipments, with the time at which every vehicle is moving. */
export function loadSyntheticScenario(vehicles: number): LoadResult & { busy?: number } {
  const places = JSON.parse(readFileSync(SYNTHETIC_PLACES, 'utf8')) as SyntheticPlaces;
  const { scenario, busy } = syntheticScenario(places, vehicles);
  return { ok: true, plan: compilePlan(scenario), busy };
}
