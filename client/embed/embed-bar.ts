import type { Kpis } from '../../core/kpis';
import type { Plan } from '../../core/scenario';
import { el } from '../hud/dom';
import type { Formats } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { inLanguage } from '../i18n/sentences';

/** The full screen's address: this page's, without what makes it an embed. */
export function fullScreenUrl(location: Location): string {
  const params = new URLSearchParams(location.search);
  params.delete('embed');
  const query = params.toString();
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
}

/**
 * What an article's embed shows under its map, always: the lead item's figures on one line, what
 * the dashed lines mean, the sources, a link to the full screen and one to the data behind it.
 */
export class EmbedBar {
  private line: HTMLElement | undefined;
  private lead: string | undefined;

  constructor(private readonly root: HTMLElement) {}

  build(plan: Plan, m: Messages, f: Formats): void {
    const item = plan.items.find((i) => i.id === plan.story.kpis.lead[0]);
    this.lead = item?.id;
    this.line = el('p', 'kpi-line');
    this.line.setAttribute('aria-hidden', 'true');
    const marks = el('p', 'marks');
    marks.append(
      el('span', 'key line reported', m.reported),
      el('span', 'key line illustrative', m.illustrative),
    );
    const links = el('p', 'links');
    const full = el('a', undefined, `${m.embed.fullScreen} ↗`);
    full.href = fullScreenUrl(location);
    full.target = '_blank';
    full.rel = 'noopener';
    const data = el('a', undefined, m.embed.data);
    data.href = '/api/v1/shipments.csv';
    data.setAttribute('download', '');
    links.append(full, data);
    const publishers = [...new Set(Object.values(plan.sources).map((s) => s.publisher))];
    const sources = el(
      'p',
      'sources',
      publishers.length ? m.sources(publishers.join(', ')) : m.basemapCredit,
    );
    this.root.replaceChildren(this.line, marks, links, sources);
    this.root.hidden = false;
    this.root.dataset.item = item ? inLanguage(item.name, f) : '';
  }

  update(kpis: Kpis, m: Messages, f: Formats): void {
    const totals = this.lead ? kpis.total[this.lead] : undefined;
    if (!this.line || !totals) return;
    const name = this.root.dataset.item;
    this.line.textContent = `${name}: ${[
      `${f.number(totals.delivered)} ${m.kpis.delivered.toLowerCase()}`,
      `${f.number(totals.inTransit)} ${m.kpis.inTransit.toLowerCase()}`,
      `${f.number(totals.planned)} ${m.kpis.planned.toLowerCase()}`,
    ].join(' · ')}`;
  }
}
