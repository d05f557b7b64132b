import { basename, extname } from 'node:path';
import { iso } from '../../core/ingest/context';
import type { Source } from '../../core/provenance';
import { type OperationFile, type ScenarioFile, validateScenario } from '../../core/scenario';
import { SCENARIO_FORMAT } from '../../core/scenario/vocabulary';
import { inFile } from '../../core/sheet/locate';
import type { Failed } from './files';
import type { HubsPart } from './hubs';
import type { OperationPart } from './operation';
import { sheetShipments } from './shipments';

export type SheetsResult = { ok: true; json: Record<string, unknown>; scenario: ScenarioFile } | Failed;

const DAY = 86_400_000;
type Loaded<P> = Exclude<P, Failed>;

/** The sources the hubs of a scenario name: what they bring along into another operation. */
function cited(scenario: ScenarioFile): Record<string, Source> {
  const named = new Set(
    scenario.hubs.flatMap((hub) => ('reported' in hub.provenance ? hub.provenance.reported : [])),
  );
  return Object.fromEntries(Object.entries(scenario.sources).filter(([id]) => named.has(id)));
}

/**
 * A shipment sheet with its hubs and, where given, its operation, as one scenario file checked by
 * the scenario validator; each of its errors is said in the file, and cell, it came from. Without
 * an operation the sheet is titled with its file name and ships the items of the hubs' scenario.
 */
export function composeScenario(
  file: string,
  text: string,
  hubs: Loaded<HubsPart>,
  operation: Loaded<OperationPart> | null,
): SheetsResult {
  const base = hubs.scenario;
  let header: Omit<OperationFile, 'format'>;
  if (operation) {
    const { format: _, ...declared } = operation.operation;
    header = { ...declared, sources: { ...(base && cited(base)), ...declared.sources } };
  } else if (base) header = { items: base.items, sources: { ...base.sources } };
  else
    return {
      ok: false,
      errors: [
        `${file}: a hub sheet declares no items: give the operation that says what the rows carry (--operation FILE)`,
      ],
    };
  const shipments = sheetShipments(file, text, hubs.positions);
  if (!shipments.ok) return shipments;
  const name =
    basename(file, extname(file))
      .replace(/[^A-Za-z0-9_.-]/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '') || 'sheet';
  const { id, title, language, sources = {}, items, ...story } = header;
  // Without an operation to declare them, the sources a sheet's rows name are the sheet's own.
  if (!operation)
    for (const source of shipments.sources)
      sources[source] ??= { title: `Shipment sheet ${basename(file)}`, publisher: source, date: '' };
  const json = {
    format: SCENARIO_FORMAT,
    id: id ?? name,
    title: title ?? { en: name },
    ...(language ? { language } : {}),
    start: iso(Math.min(...shipments.times) - DAY),
    end: iso(Math.max(...shipments.times) + DAY),
    sources,
    items,
    ...story,
    hubs: hubs.hubs,
    shipments: shipments.shipments,
  };
  const checked = validateScenario(json);
  if (checked.ok) return { ok: true, json, scenario: checked.scenario };
  const locate = (line: string) =>
    line.startsWith('hubs[')
      ? hubs.locate(line)
      : line.startsWith('shipments[')
        ? shipments.locate(line)
        : (operation?.locate ?? inFile(file))(line);
  return { ok: false, errors: [...new Set(checked.errors.map(locate))] };
}
