import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../core/protocol';
import { loadScenarioFile } from '../../server/scenario-file';
import { listeningUrl, runScript, spawnServer } from '../helpers/process';
import { useTeardown } from '../helpers/teardown';

const { track } = useTeardown();
const SHIPMENTS = 'data/sheets/vaccines-shipments.csv';
const HUBS = 'data/sheets/vaccines-hubs.csv';
const OPERATION = 'data/sheets/vaccines-operation.csv';
const SHEETS = [SHIPMENTS, '--hubs', HUBS, '--operation', OPERATION];

async function scenario(...args: string[]) {
  const run = runScript('scripts/scenario.ts', args);
  track(run.child);
  return run.ended;
}

/** The example sheets, each changed by `edits` ([from, to] pairs), in a folder of their own. */
function brokenSheets(edits: Partial<Record<'hubs' | 'shipments' | 'operation', [string, string][]>>) {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-sheets-'));
  const files = { hubs: HUBS, shipments: SHIPMENTS, operation: OPERATION };
  const out = {} as Record<keyof typeof files, string>;
  for (const [key, source] of Object.entries(files) as [keyof typeof files, string][]) {
    let text = readFileSync(source, 'utf8');
    for (const [from, to] of edits[key] ?? []) text = text.replace(from, to);
    out[key] = join(dir, `${key}.csv`);
    writeFileSync(out[key], text);
  }
  return { ...out, args: [out.shipments, '--hubs', out.hubs, '--operation', out.operation] };
}

describe('npm run scenario', () => {
  it('checks the example sheets, an operation sheet alone and a JSON scenario, without serving', async () => {
    expect(await scenario('check', ...SHEETS)).toEqual({
      status: 0,
      stdout: `${SHIPMENTS}: ok (6 hubs, 4 shipments, 2 items)\n`,
      stderr: '',
    });
    expect((await scenario('check', '--operation', OPERATION)).stdout).toBe(`${OPERATION}: ok (2 items)\n`);
    const json = await scenario('check', 'data/scenarios/airlift-2020.json');
    expect([json.status, json.stdout]).toEqual([
      0,
      'data/scenarios/airlift-2020.json: ok (10 hubs, 8 shipments, 3 items)\n',
    ]);
    expect(
      (await scenario('check', 'data/scenarios/airlift-2020.json', '--operation', OPERATION)).stderr,
    ).toBe(
      `Scenario refused (1 error):\n${OPERATION}: a JSON scenario declares its own operation: --operation goes with a shipment sheet, or with --live alone\n`,
    );
  });

  it('refuses bad sheets with one line per error, each naming its file and cell, and exits 1', async () => {
    const cells = brokenSheets({
      hubs: [['5.6052', 'north']],
      operation: [['item unit,doses,doses', 'item unit,doses,vials']],
    });
    expect(await scenario('check', ...cells.args)).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        'Scenario refused (2 errors):',
        `${cells.hubs}: I5 (row 4, lat): expected degrees like 50.64, got "north"`,
        `${cells.operation}: C6 (row 5, item unit): expected one of pieces, doses, pallets, parcels, boxes, containers, tonnes, kilograms, litres`,
        '',
      ].join('\n'),
    });
    const references = brokenSheets({
      hubs: [['Europe/Luxembourg,approximate,', 'Europe/Luxembourg,approximate,who']],
      shipments: [[',ABJ,air,', ',ABX,air,']],
      operation: [['clocks,,BRU; ACC', 'clocks,,BRU; ACX']],
    });
    expect((await scenario('check', ...references.args)).stderr.split('\n')).toEqual([
      'Scenario refused (3 errors):',
      `${references.hubs}: L4 (row 3, source): unknown source "who"`,
      `${references.shipments}: E4 (row 3, to): unknown hub "ABX"`,
      `${references.operation}: C16 (row 15, clocks): unknown hub "ACX"`,
      '',
    ]);
    const field = brokenSheets({ operation: [['footnote,,', 'fotnote,,']] });
    const unknown = await scenario('check', '--operation', field.operation);
    expect([unknown.status, unknown.stderr.split('\n')[1]]).toEqual([
      1,
      `${field.operation}: A27 (row 26, field): unknown field "fotnote": the fields are id, title, language, item, item unit, item one, item other, item zero, item two, item few, item many, item unknown, source, source publisher, source date, source url, panel title, lead, breakdown, clocks, emphasis, scene, scene area, scene seconds, tour, cut, footnote, credits`,
    ]);
    expect((await scenario('check')).status).toBe(2);
  });

  it('converts the sheets to a JSON scenario that npm start plays as the same plan', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'corridor-')), 'vaccines.json');
    const converted = await scenario('convert', ...SHEETS, '--out', out);
    expect([converted.status, converted.stdout]).toEqual([
      0,
      `${out}: written from ${SHIPMENTS} (6 hubs, 4 shipments, 2 items)\n`,
    ]);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('\n  "format": "corridor-scenario/2",\n');
    expect(text).toContain('"fr": "Doses de vaccin depuis la Belgique : un exemple illustratif"');
    expect((await scenario('convert', ...SHEETS)).stdout).toBe(text);
    const fromSheets = loadScenarioFile(SHIPMENTS, { hubs: HUBS, operation: OPERATION });
    expect(loadScenarioFile(out)).toEqual(fromSheets);

    const plans = await Promise.all(
      [SHEETS, [out]].map(async ([scenarioFile, ...rest]) => {
        const server = spawnServer(['--scenario', scenarioFile as string, ...rest, '--no-build'], {
          PORT: '0',
        });
        track(server.child);
        const url = await listeningUrl(server);
        return ((await (await fetch(`${url}/api/v1/snapshot`)).json()) as Snapshot).plan;
      }),
    );
    const [sheets, json] = plans;
    expect(sheets).toEqual(json);
    expect(sheets?.title.en).toBe('Vaccine doses from Belgium: an illustrative example');
    expect(sheets?.items.map((item) => item.id)).toEqual(['doses', 'syringes']);
    expect(sheets?.hubs.map((hub) => hub.id)).toEqual(['PUURS', 'BRU', 'LUX', 'ACC', 'ABJ', 'DSS']);
  });
});
