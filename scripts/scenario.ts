/**
 * Checks a scenario, an operation file or sheets without serving, or writes sheets as one JSON
 * scenario: the same loading and the same error lines as `npm start` (see USAGE).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BUNDLED_SCENARIO, bundledScenario } from '../server/config';
import { readScenario, refused } from '../server/scenario-file';
import { isSheet } from '../server/sheets/files';
import { loadOperation } from '../server/sheets/operation';

const USAGE = `Usage: npm run scenario -- <command> [options]
  check FILE [--hubs F] [--operation F]    validate a scenario (JSON) or a shipment sheet (CSV)
                                           with its hubs and operation, without serving
  check --operation F                      validate an operation file (JSON or CSV) alone
  convert SHEET [--hubs F] [--operation F] [--out FILE]
                                           write the sheets as one JSON scenario (default stdout)
  --hubs F        a hub sheet (CSV) or a scenario whose hubs a shipment sheet uses
                  (default ${BUNDLED_SCENARIO})
  --operation F   the operation's title, items, sources and story (JSON or an operation sheet)
Exit status: 0 when the files are valid, 1 when they are refused (one line per error), 2 on wrong usage.
Step by step: docs/spreadsheet.md.`;

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

function finish(status: number, lines: string[]): never {
  for (const line of lines) (status ? console.error : console.log)(line);
  process.exit(status);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        hubs: { type: 'string' },
        operation: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return finish(2, [(error as Error).message, USAGE]);
  }
}

// Paths are the user's: npm runs this in the project's folder, INIT_CWD says where they typed it.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
const { values, positionals } = parse();
const [command, file, ...extra] = positionals;
if (values.help) finish(0, [USAGE]);

if (command === 'check' && file === undefined && values.operation !== undefined && !values.hubs) {
  const operation = loadOperation(values.operation);
  if (!operation.ok) finish(1, refused(operation.errors));
  finish(0, [`${values.operation}: ok (${count(operation.operation.items.length, 'item')})`]);
}
const wrong = (command !== 'check' && command !== 'convert') || file === undefined || extra.length > 0;
if (wrong || (values.out !== undefined && command !== 'convert')) finish(2, [USAGE]);
if (command === 'convert' && !isSheet(file))
  finish(2, [`${file}: convert writes sheets as a JSON scenario; this one is JSON already`]);

const read = readScenario(file, { hubs: values.hubs ?? bundledScenario(), operation: values.operation });
if (!read.ok) finish(1, refused(read.errors));
const { hubs, shipments, items } = read.scenario;
const summary = `${count(hubs.length, 'hub')}, ${count(shipments.length, 'shipment')}, ${count(items.length, 'item')}`;
if (command === 'check') finish(0, [`${file}: ok (${summary})`]);

// Pretty-printed and with its accents as they are: a file people read and edit.
const json = `${JSON.stringify(read.json, null, 2)}\n`;
if (values.out === undefined) process.stdout.write(json);
else {
  writeFileSync(values.out, json);
  finish(0, [`${values.out}: written from ${file} (${summary})`]);
}
