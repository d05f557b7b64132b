import type { Plan } from '../../core/scenario';
import { el } from '../hud/dom';
import type { Formats } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { inLanguage } from '../i18n/sentences';

/**
 * The last seconds of an exported video: what it showed, when, and from which sources, each
 * with its publisher, date and address, so that a clip shared alone still says where it comes from.
 */
export function showClosingCard(
  plan: Plan,
  period: { from: number; to: number },
  zone: string,
  m: Messages,
  f: Formats,
): void {
  const when = (t: number) => `${f.date(t, zone)} ${f.timeWithZone(t, zone)}`;
  const sources = Object.values(plan.sources).map((source) =>
    el(
      'li',
      undefined,
      [source.publisher, `“${source.title}”`, source.date, source.url].filter(Boolean).join(' · '),
    ),
  );
  const { footnote, credits } = plan.story;
  const card = el('section', 'panel closing-card');
  card.id = 'closing-card';
  card.append(
    el('h2', undefined, plan.title[f.language] ?? plan.title.en),
    el('p', 'period', m.closing.period(when(period.from), when(period.to))),
    ...(sources.length ? [el('h3', undefined, m.closing.sources), el('ul', 'sources')] : []),
    el('p', 'notes', m.closing.illustrative),
    ...[footnote && inLanguage(footnote, f), credits && inLanguage(credits, f), m.basemapCredit]
      .filter((text): text is string => !!text)
      .map((text) => el('p', 'notes', text)),
  );
  card.querySelector('ul')?.append(...sources);
  document.getElementById('closing-card')?.remove();
  document.body.append(card);
}
