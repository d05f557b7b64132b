import type { Row } from './measure';
import type { StartResult } from './start';

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

const COLUMNS: [title: string, cell: (product: Row | undefined, plain: Row | undefined) => string][] = [
  ['vehicles', (a, b) => (a ?? b)?.vehicles.toLocaleString('en') ?? ''],
  ['main-thread ms/frame display / plain (×)', (a, b) => pair(a, b, 'msPerFrame', true, 2)],
  ['moving vehicles ms/frame display / plain', (a, b) => pair(a, b, 'positionUpdateMsPerFrame', false, 2)],
  ['apply ms/positions msg', (a) => fixed(value(a, 'applyMsPerMessage'), 2)],
  ['own fps display / plain', (a, b) => pair(a, b, 'fps')],
  ['load s display / plain', (a, b) => pair(a, b, 'loadSeconds')],
];

function value(row: Row | undefined, key: keyof Row): number {
  return row && !row.skipped ? Number(row[key]) : Number.NaN;
}

function pair(a: Row | undefined, b: Row | undefined, key: keyof Row, ratio = false, digits = 1): string {
  const [x, y] = [key === 'loadSeconds' ? Number(a?.[key]) : value(a, key), value(b, key)];
  return `${fixed(x, digits)} / ${fixed(y, digits)}${ratio ? ` (${fixed(x / y, 2)}×)` : ''}`;
}

/**
 * One line per size, the display beside the plain deck.gl page; rows not measured say why
 * below the table, and the start-up figure comes last.
 */
export function formatClientTable(rows: Row[], start?: StartResult): string {
  const table = [...new Set(rows.map((r) => r.vehicles))].map((vehicles) => {
    const of = (page: Row['page']) => rows.find((r) => r.vehicles === vehicles && r.page === page);
    return COLUMNS.map(([, cell]) => cell(of('product'), of('plain')));
  });
  const titles = COLUMNS.map(([title]) => title);
  const widths = titles.map((t, i) => Math.max(t.length, ...table.map((line) => (line[i] ?? '').length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`;
  const notes = rows
    .filter((r) => r.skipped || r.note)
    .map(
      (r) =>
        `${r.page === 'product' ? 'display' : 'plain'} at ${r.vehicles}: ${r.skipped ? `not measured: ${r.skipped}` : r.note}`,
    );
  const started = start
    ? [
        `start, bundled scenario, navigation to first arcs drawn: median ${fixed(start.medianMs, 0)} ms (${start.samples.map((s) => fixed(s, 0)).join(', ')})`,
      ]
    : [];
  return [format(titles), rule, ...table.map(format), '', ...notes, ...started].join('\n');
}
