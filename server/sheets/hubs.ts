import type { ScenarioFile } from '../../core/scenario';
import { validateScenario } from '../../core/scenario';
import { hubColumnOf, readHubSheet, sheetHubs } from '../../core/sheet/hub-sheet';
import { inFile, rowLocate } from '../../core/sheet/locate';
import { cellLine } from '../../core/sheet/table';
import { isSheet, type Part, readJson, readText } from './files';

export type HubsPart = Part<{
  /** As a scenario file has them. */
  hubs: unknown[];
  positions: Map<string, readonly [number, number]>;
  /** The scenario they come from, whose items and sources a sheet without an operation uses. */
  scenario?: ScenarioFile;
}>;

/** A shipment sheet's hubs: a hub sheet (CSV), or the hubs of a scenario (JSON). */
export function loadHubs(path: string): HubsPart {
  if (!isSheet(path)) {
    const read = readJson(path, validateScenario);
    if (!read.ok) return read;
    const { hubs } = read.scenario;
    const positions = new Map(hubs.map((hub) => [hub.id, [hub.lon, hub.lat] as const]));
    return { ok: true, hubs, positions, scenario: read.scenario, locate: inFile(path) };
  }
  const text = readText(path);
  if (!text.ok) return text;
  const read = readHubSheet(text.text);
  if (!read.ok) return { ok: false, errors: [`${path}: ${read.reason}`] };
  const rows = sheetHubs(read.sheet);
  if (!rows.ok) return { ok: false, errors: rows.errors.map((e) => cellLine(path, e)) };
  const positions = new Map(
    rows.hubs.flatMap((hub) =>
      typeof hub.id === 'string' ? [[hub.id, [hub.lon as number, hub.lat as number] as const]] : [],
    ),
  );
  return { ok: true, hubs: rows.hubs, positions, locate: rowLocate(path, read.sheet, 'hubs', hubColumnOf) };
}
