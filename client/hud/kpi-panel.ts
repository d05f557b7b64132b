import { computeKpis, type Kpis } from '../../core/kpis';
import { destinationCountries, destinationCountry, type Plan } from '../../core/scenario/plan';
import type { ShipmentStatus } from '../../core/status';
import type { Formats } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { RollingNumber } from './rolling-number';

const ITEMS = ['masks', 'test_kits'] as const;
const COLUMNS = ['delivered', 'inTransit', 'planned'] as const;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/**
 * Masks and test kits delivered, in transit and planned, overall and per destination country.
 * Counters roll to new values; the DOM is built once per plan and only its numbers change.
 */
export class KpiPanel {
  private numbers = new Map<string, RollingNumber>();
  private bars = new Map<string, HTMLElement[]>();
  private countries: string[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly rollMs: number,
  ) {}

  build(plan: Plan, m: Messages, f: Formats): void {
    this.numbers.clear();
    this.bars.clear();
    this.countries = destinationCountries(plan);
    const countryOf = destinationCountry(plan);
    // A country that is sent no counted masks shows a dash, not a zero that reads like "none yet".
    const withMasks = new Set(
      plan.shipments.filter((s) => s.contents.some((c) => c.item === 'masks' && c.quantity)).map(countryOf),
    );
    const format = (n: number) => f.number(n);

    const table = el('table', 'kpi-table');
    const head = table.createTHead().insertRow();
    head.append(el('th'), ...COLUMNS.map((c) => el('th', c, m.kpis[c])));
    const body = table.createTBody();
    for (const item of ITEMS) {
      const row = body.insertRow();
      row.append(el('th', undefined, m.kpis.items[item]));
      for (const column of COLUMNS) {
        const cell = el('td', column);
        cell.dataset.kpi = `${item}.${column}`;
        this.numbers.set(`${item}.${column}`, new RollingNumber(cell, format, this.rollMs));
        row.append(cell);
      }
    }

    const list = el('ol', 'countries');
    for (const country of this.countries) {
      const row = el('li');
      row.dataset.country = country;
      const bar = el('span', 'bar');
      const parts = COLUMNS.map((c) => el('i', c));
      bar.append(...parts);
      this.bars.set(country, parts);
      const value = el('span', 'value');
      value.dataset.kpi = `${country}.masks.delivered`;
      this.numbers.set(
        `${country}.masks.delivered`,
        new RollingNumber(value, (n) => (withMasks.has(country) ? format(n) : '—'), this.rollMs),
      );
      row.append(el('span', 'name', f.country(country)), bar, value);
      list.append(row);
    }

    this.root.replaceChildren(
      el('h2', 'panel-title', m.kpis.title),
      table,
      el('h3', 'panel-subtitle', `${m.kpis.byCountry} · ${m.kpis.items.masks}`),
      list,
    );
  }

  update(plan: Plan, statuses: Record<string, ShipmentStatus>, now: number): void {
    const kpis = computeKpis(plan, statuses);
    for (const item of ITEMS)
      for (const c of COLUMNS) this.numbers.get(`${item}.${c}`)?.set(kpis.total[item][c], now);
    for (const country of this.countries) {
      const totals = kpis.byCountry[country];
      this.numbers.get(`${country}.masks.delivered`)?.set(totals?.masks.delivered ?? 0, now);
      this.setBar(country, kpis);
    }
  }

  /** Bar widths by quantity of masks, or by number of shipments where no quantity is known. */
  private setBar(country: string, kpis: Kpis) {
    const masks = kpis.byCountry[country]?.masks;
    const shares =
      masks && masks.delivered + masks.inTransit + masks.planned > 0
        ? masks
        : kpis.shipmentsByCountry[country];
    if (!shares) return;
    const total = shares.delivered + shares.inTransit + shares.planned || 1;
    this.bars.get(country)?.forEach((part, i) => {
      part.style.width = `${(100 * shares[COLUMNS[i] as (typeof COLUMNS)[number]]) / total}%`;
    });
  }

  tick(now: number): void {
    for (const n of this.numbers.values()) n.tick(now);
  }
}
