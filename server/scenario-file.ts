import { readFileSync } from 'node:fs';
import { compilePlan, type Plan, validateScenario } from '../core/scenario';

export type LoadResult = { ok: true; plan: Plan } | { ok: false; errors: string[] };

/** Reads, parses and validates a scenario file; every error line starts with the file's name. */
export function loadScenarioFile(path: string): LoadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`${path}: cannot read: ${(error as Error).message}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${path}: not valid JSON: ${(error as Error).message}`] };
  }
  const result = validateScenario(json);
  if (!result.ok) return { ok: false, errors: result.errors.map((line) => `${path}: ${line}`) };
  return { ok: true, plan: compilePlan(result.scenario) };
}
