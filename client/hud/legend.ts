import type { Plan } from '../../core/scenario';
import type { Formats } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { inLanguage } from '../i18n/sentences';
import type { Colours } from '../theme';
import { css } from '../theme';

const key = (className: string, text: string, colour?: string) => {
  const span = document.createElement('span');
  span.className = `key ${className}`;
  if (colour) span.style.setProperty('--key', colour);
  span.textContent = text;
  return span;
};

/** Modes, status colours, what reported and illustrative look like; the operation's footnote, sources and credits; the build. */
export function renderLegend(
  root: HTMLElement,
  plan: Plan,
  m: Messages,
  f: Formats,
  c: Colours,
  build: string | null,
): void {
  const keys = document.createElement('div');
  keys.className = 'keys';
  keys.append(
    key('line', m.modes.air, css(c.modes.air)),
    key('line', m.modes.rail, css(c.modes.rail)),
    key('line', m.modes.road, css(c.modes.road)),
    key('line reported', m.reported),
    key('line illustrative', m.illustrative),
    key('dot estimated', m.estimated),
    key('swatch', m.kpis.delivered, c.status.delivered),
    key('swatch', m.kpis.inTransit, c.status.inTransit),
    key('swatch', m.kpis.planned, c.status.planned),
  );
  const sources = [
    ...new Set(Object.values(plan.sources).map((s) => [s.publisher, s.date].filter(Boolean).join(' '))),
  ];
  const { footnote, credits } = plan.story;
  const notes = document.createElement('p');
  notes.className = 'notes';
  // Only what the operation says: no sources line without sources, no empty footnote.
  notes.textContent = [
    footnote && inLanguage(footnote, f),
    sources.length && m.sources(new Intl.ListFormat(f.locale, { type: 'unit' }).format(sources)),
    credits && inLanguage(credits, f),
    m.basemapCredit,
  ]
    .filter(Boolean)
    .join(' · ');
  if (build) {
    // Which code a screen runs, for whoever walks a wall of them after a deploy; not in a press still.
    const id = document.createElement('span');
    id.className = 'build';
    id.textContent = ` · ${m.build(build.slice(0, 7))}`;
    notes.append(id);
  }
  root.replaceChildren(keys, notes);
}
