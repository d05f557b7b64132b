import { computeKpis, type Kpis } from '../../core/kpis';
import type { Plan } from '../../core/scenario';
import type { Formats } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { type DestinationRow, destinationRows, rowTotals } from './destination-rows';
import { el } from './dom';
import { RollingNumber } from './rolling-number';

const COLUMNS = ['delivered', 'inTransit', 'planned'] as const;
/** Lines the list may take in every layout: beyond them, one line says how many more. */
export const MAX_DESTINATION_ROWS = 7;

/**
 * What each destination is sent, as bars on one scale: the largest destination fills its bar,
 * the others show their share of it. A destination whose quantity is not reported shows a dash
 * and a hatched, empty bar: never a full one.
 */
export class DestinationList {
  private rows: { row: DestinationRow; parts: HTMLElement[]; value: RollingNumber }[] = [];
  private counted = 'shipments';
  private scale = 1;

  constructor(private readonly rollMs: number) {}

  build(plan: Plan, m: Messages, f: Formats): HTMLElement {
    this.counted = plan.story.kpis.breakdown;
    const planned = computeKpis(plan, {});
    const rows = destinationRows(planned, this.counted, MAX_DESTINATION_ROWS);
    this.scale = Math.max(1, ...rows.map((row) => row.total));
    const list = el('ol', 'countries');
    this.rows = rows.map((row) => {
      const line = el('li');
      line.dataset.country = row.key;
      const bar = el('span', row.total === 0 && row.unreported ? 'bar unreported' : 'bar');
      const parts = COLUMNS.map((c) => el('i', c));
      bar.append(...parts);
      const cell = el('span', 'value');
      cell.dataset.kpi = `${row.key}.${this.counted}.delivered`;
      if (row.total === 0 && row.unreported) cell.title = m.kpis.notReported;
      const name = row.key === 'others' ? m.kpis.others(f.number(row.countries.length)) : f.country(row.key);
      line.append(el('span', 'name', name), bar, cell);
      list.append(line);
      const value = new RollingNumber(cell, (n) => (row.total > 0 ? f.number(n) : '—'), this.rollMs);
      return { row, parts, value };
    });
    return list;
  }

  update(kpis: Kpis, now: number): void {
    for (const { row, parts, value } of this.rows) {
      const totals = rowTotals(kpis, row, this.counted);
      value.set(totals.delivered, now);
      parts.forEach((part, i) => {
        part.style.width = `${(100 * totals[COLUMNS[i] as (typeof COLUMNS)[number]]) / this.scale}%`;
      });
    }
  }

  tick(now: number): void {
    for (const { value } of this.rows) value.tick(now);
  }
}
