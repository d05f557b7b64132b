import type { Kpis } from '../../core/kpis';
import type { Plan } from '../../core/scenario';
import type { Formats } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { inLanguage } from '../i18n/sentences';
import { el } from './dom';

const COLUMNS = ['delivered', 'inTransit', 'planned'] as const;

/**
 * What a screen reader reads for the map and its panels: the time shown, and the figures as a
 * table with their final values (the panel's rolling counters would be read halfway). Hidden from
 * sight; the latest events are the ticker, a polite live region.
 */
export class TextAlternative {
  private time = el('p');
  private cells = new Map<string, HTMLTableCellElement>();
  private shownMinute = Number.NaN;

  constructor(private readonly root: HTMLElement) {}

  build(plan: Plan, m: Messages, f: Formats): void {
    this.root.setAttribute('aria-label', m.a11y.summary);
    const table = el('table');
    table.append(
      el('caption', undefined, plan.story.kpis.title ? inLanguage(plan.story.kpis.title, f) : m.kpis.title),
    );
    const head = table.createTHead().insertRow();
    head.append(el('td'), ...COLUMNS.map((c) => el('th', undefined, m.kpis[c])));
    this.cells.clear();
    const body = table.createTBody();
    for (const item of plan.items.filter((i) => plan.story.kpis.lead.includes(i.id))) {
      const row = body.insertRow();
      const name = el('th', undefined, `${inLanguage(item.name, f)} (${m.units[item.unit]})`);
      name.scope = 'row';
      row.append(name);
      for (const c of COLUMNS) this.cells.set(`${item.id}.${c}`, row.insertCell());
    }
    for (const th of head.querySelectorAll('th')) th.scope = 'col';
    this.root.replaceChildren(this.time, table);
    this.shownMinute = Number.NaN;
  }

  update(kpis: Kpis, f: Formats): void {
    for (const [key, cell] of this.cells) {
      const [item, column] = key.split('.') as [string, (typeof COLUMNS)[number]];
      cell.textContent = f.number(kpis.total[item]?.[column] ?? 0);
    }
  }

  /** Once a minute of scenario time at most: the time the screen shows, in the main clock's zone. */
  tick(scenarioTime: number, zone: string, m: Messages, f: Formats): void {
    const minute = Math.floor(scenarioTime / 60_000);
    if (minute === this.shownMinute || !Number.isFinite(minute)) return;
    this.shownMinute = minute;
    this.time.textContent = m.a11y.shownAt(
      `${f.date(scenarioTime, zone)} ${f.timeWithZone(scenarioTime, zone)}`,
    );
  }
}
