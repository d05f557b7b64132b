import type { LayerId } from '../../core/presenter';
import { destinationCountries, type Plan, timeline } from '../../core/scenario';
import type { CorridorState } from '../../core/state';
import type { Formats } from '../i18n/locale';
import type { Commands } from './commands';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function button(text: string, onClick: () => void, data: Record<string, string> = {}) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  Object.assign(b.dataset, data);
  b.addEventListener('click', onClick);
  return b;
}

function option(value: string, text: string) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

let dragging = false;

export interface PanelChoices {
  rates: readonly number[];
  scenes: { id: string; name: string }[];
  languages: readonly string[];
  layers: readonly LayerId[];
  formats: Formats;
}

/** The console's controls for a plan, built once; `reflect` keeps them showing the shared state. */
export function buildPanels(plan: Plan, commands: Commands, choices: PanelChoices) {
  const f = choices.formats;
  byId('title').textContent = plan.title.en;
  byId('play').onclick = () => (byId('play').dataset.paused === 'true' ? commands.play() : commands.pause());
  byId('previous').onclick = () => commands.step(-1);
  byId('next').onclick = () => commands.step(1);
  byId('live').onclick = () => commands.live();
  byId('rates').replaceChildren(
    ...choices.rates.map((r) => button(`${f.number(r)}×`, () => commands.rate(r), { rate: String(r) })),
  );

  const range = byId<HTMLInputElement>('timeline');
  range.min = String(plan.start);
  range.max = String(plan.end);
  range.step = String(60_000);
  range.oninput = () => {
    dragging = true;
  };
  range.onchange = () => {
    dragging = false;
    commands.seek(Number(range.value));
  };
  const span = plan.end - plan.start;
  byId('markers').replaceChildren(
    ...timeline(plan).map(({ milestone }) => {
      const mark = document.createElement('i');
      mark.className = milestone.status;
      mark.style.left = `${(100 * (milestone.time - plan.start)) / span}%`;
      return mark;
    }),
  );

  byId('scenes').replaceChildren(
    ...choices.scenes.map((s, i) =>
      button(`${i + 1} · ${s.name}`, () => commands.scene(s.id), { scene: s.id }),
    ),
  );

  const countries = destinationCountries(plan);
  const focus = byId<HTMLSelectElement>('focus');
  focus.replaceChildren(
    option('', 'No focus'),
    ...countries.map((c) => option(`country:${c}`, f.country(c))),
    ...plan.shipments.map((s) => option(`shipment:${s.id}`, s.title)),
  );
  focus.onchange = () => {
    const [kind, value] = focus.value.split(':');
    commands.change({
      focus:
        kind === 'country'
          ? { kind, code: value as string }
          : kind === 'shipment'
            ? { kind, id: value as string }
            : null,
    });
  };

  const language = byId<HTMLSelectElement>('language');
  language.replaceChildren(
    option('', 'Each screen its own'),
    ...choices.languages.map((l) => option(l, l.toUpperCase())),
  );
  language.onchange = () =>
    commands.change({ language: (language.value || null) as 'en' | 'fr' | 'nl' | 'de' | null });

  byId('banner-form').onsubmit = (event) => {
    event.preventDefault();
    commands.change({ banner: byId<HTMLInputElement>('banner').value });
  };
  byId('banner-clear').onclick = () => commands.change({ banner: null });

  const legend = document.createElement('legend');
  legend.textContent = 'Layers';
  byId('layers').replaceChildren(
    legend,
    ...choices.layers.map((layer) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.dataset.layer = layer;
      box.onchange = () => commands.change({ layers: { [layer]: box.checked } });
      label.append(box, layer);
      return label;
    }),
  );
}

/** Shows the state every control page shares: the last action, whoever made it, wins. */
export function reflect(state: CorridorState, scenarioTime: number, f: Formats) {
  const { clock, presenter, plan } = state;
  // The time of the operation's first clock, as the screens' header shows it first.
  const zone = plan.hubs.find((hub) => hub.id === plan.story.clocks[0])?.timeZone ?? 'UTC';
  byId('now').textContent = `${f.date(scenarioTime, zone)} ${f.timeWithZone(scenarioTime, zone)}`;
  const play = byId('play');
  play.dataset.paused = String(clock.paused);
  play.textContent = clock.paused ? 'Play' : 'Pause';
  for (const b of byId('rates').querySelectorAll<HTMLButtonElement>('button')) {
    b.setAttribute('aria-pressed', String(Number(b.dataset.rate) === clock.rate));
  }
  if (!dragging) byId<HTMLInputElement>('timeline').value = String(scenarioTime);
  for (const b of byId('scenes').querySelectorAll<HTMLButtonElement>('button')) {
    b.setAttribute('aria-pressed', String(b.dataset.scene === presenter.scene));
  }
  const focus = presenter.focus
    ? `${presenter.focus.kind}:${'code' in presenter.focus ? presenter.focus.code : presenter.focus.id}`
    : '';
  const select = byId<HTMLSelectElement>('focus');
  if (document.activeElement !== select) select.value = focus;
  const language = byId<HTMLSelectElement>('language');
  if (document.activeElement !== language) language.value = presenter.language ?? '';
  for (const box of byId('layers').querySelectorAll<HTMLInputElement>('input')) {
    box.checked = presenter.layers[box.dataset.layer as LayerId];
  }
}
