import type { Kpis } from '../../core/kpis';
import type { Item, Plan } from '../../core/scenario';
import type { Formats } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { inLanguage } from '../i18n/sentences';
import { DestinationList } from './destination-list';
import { el } from './dom';
import { RollingNumber } from './rolling-number';

const COLUMNS = ['delivered', 'inTransit', 'planned'] as const;

/**
 * The items the operation leads with, delivered, in transit and planned, and what each
 * destination is sent. Counters roll to new values; the DOM is built once per plan and language.
 */
export class KpiPanel {
  private numbers = new Map<string, RollingNumber>();
  private lead: Item[] = [];
  private readonly destinations: DestinationList;

  constructor(
    private readonly root: HTMLElement,
    private readonly rollMs: number,
  ) {
    this.destinations = new DestinationList(rollMs);
  }

  build(plan: Plan, m: Messages, f: Formats): void {
    const { kpis } = plan.story;
    this.numbers.clear();
    this.lead = kpis.lead.flatMap((id) => plan.items.filter((item) => item.id === id));
    // One unit for every row is said once, in the corner; otherwise each row says its own.
    const units = new Set(this.lead.map((item) => item.unit));
    const shared = units.size === 1 ? m.units[this.lead[0]?.unit ?? 'pieces'] : undefined;

    const table = el('table', 'kpi-table');
    const head = table.createTHead().insertRow();
    head.append(el('th', 'unit', shared ?? ''), ...COLUMNS.map((c) => el('th', c, m.kpis[c])));
    const body = table.createTBody();
    for (const item of this.lead) {
      const row = body.insertRow();
      row.dataset.item = item.id;
      const name = el('th', undefined, inLanguage(item.name, f));
      if (!shared) name.append(' ', el('span', 'unit', m.units[item.unit]));
      row.append(name);
      for (const column of COLUMNS) {
        const cell = el('td', column);
        cell.dataset.kpi = `${item.id}.${column}`;
        this.numbers.set(`${item.id}.${column}`, new RollingNumber(cell, (n) => f.number(n), this.rollMs));
        row.append(cell);
      }
    }
    const counted = plan.items.find((item) => item.id === kpis.breakdown);
    const title = kpis.title ? inLanguage(kpis.title, f) : m.kpis.title;
    this.root.replaceChildren(
      el('h2', 'panel-title', title),
      table,
      el(
        'h3',
        'panel-subtitle',
        `${m.kpis.byCountry} · ${counted ? inLanguage(counted.name, f) : m.kpis.shipments}`,
      ),
      this.destinations.build(plan, m, f),
    );
  }

  update(kpis: Kpis, now: number): void {
    for (const item of this.lead)
      for (const c of COLUMNS) this.numbers.get(`${item.id}.${c}`)?.set(kpis.total[item.id]?.[c] ?? 0, now);
    this.destinations.update(kpis, now);
  }

  tick(now: number): void {
    for (const n of this.numbers.values()) n.tick(now);
    this.destinations.tick(now);
  }
}
