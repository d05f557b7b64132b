import { composeScenario, type SheetsResult } from './compose';
import { readText } from './files';
import { loadHubs } from './hubs';
import { loadOperation } from './operation';

/** The files a shipment sheet is played with: its hubs (a hub sheet or a scenario) and its operation. */
export interface SheetFiles {
  hubs: string;
  operation?: string | undefined;
}

/** Reads the three files, then composes them; what each file gets wrong is said, all at once. */
export function loadSheets(shipments: string, files: SheetFiles): SheetsResult {
  const text = readText(shipments);
  const hubs = loadHubs(files.hubs);
  const operation = files.operation === undefined ? null : loadOperation(files.operation);
  if (!text.ok || !hubs.ok || (operation && !operation.ok))
    return {
      ok: false,
      errors: [text, hubs, operation].flatMap((part) => (part && !part.ok ? part.errors : [])),
    };
  return composeScenario(shipments, text.text, hubs, operation);
}
