import type { StatusEvent } from '../../core/events';
import { computeKpis } from '../../core/kpis';
import type { DelayedFeed } from '../../core/protocol';
import type { Language, Plan } from '../../core/scenario';
import type { CorridorState } from '../../core/state';
import { EmbedBar } from '../embed/embed-bar';
import { pageBuild } from '../heal/build-watch';
import { Formats } from '../i18n/locale';
import { MESSAGES, type Messages } from '../i18n/messages';
import type { Colours } from '../theme';
import { Badges, type Health } from './badges';
import { Clocks } from './clocks';
import { KpiPanel } from './kpi-panel';
import { renderLegend } from './legend';
import { TextAlternative } from './text-alternative';
import { Ticker } from './ticker';

const byId = (id: string) => document.getElementById(id) as HTMLElement;

/** Everything over the map: title, clocks, badges, figures, ticker and legend. */
export class Hud {
  private readonly kpis: KpiPanel;
  private readonly ticker: Ticker;
  private readonly clocks = new Clocks(byId('clocks'));
  private readonly badges = new Badges(byId('mode'), byId('status'));
  private readonly summary = new TextAlternative(byId('summary'));
  private readonly embed: EmbedBar | undefined;
  private plan: Plan | undefined;
  private tickerDirty = true;
  messages: Messages = MESSAGES.en;
  formats = new Formats('en');
  mainZone = 'UTC';
  /** What the status badges show now. */
  health: Health = 'connecting';
  private readonly build = pageBuild();

  constructor(
    reducedMotion: boolean,
    private readonly colours: Colours,
    onLayout: () => void,
    embed = false,
  ) {
    if (embed) this.embed = new EmbedBar(byId('embed'));
    this.kpis = new KpiPanel(byId('kpis'), reducedMotion ? 0 : 900);
    this.ticker = new Ticker(byId('ticker'), 4);
    // Portrait stacks the panels: each sits above the measured height of the ones below it.
    const observer = new ResizeObserver(() => {
      const root = document.documentElement.style;
      root.setProperty('--legend-height', `${byId('legend').offsetHeight}px`);
      root.setProperty('--ticker-height', `${byId('ticker').offsetHeight}px`);
      root.setProperty('--header-height', `${byId('header').offsetHeight}px`);
      root.setProperty('--nav-height', `${byId('scenes').offsetHeight}px`);
      onLayout();
    });
    observer.observe(byId('header'));
    observer.observe(byId('scenes'));
    observer.observe(byId('banner'));
    observer.observe(byId('legend'));
    observer.observe(byId('ticker'));
    observer.observe(byId('embed'));
  }

  /** A new plan or language: rebuild the panels' text once. */
  setPlan(plan: Plan, language: Language, state: CorridorState): void {
    this.plan = plan;
    this.messages = MESSAGES[language];
    this.formats = new Formats(language);
    const m = this.messages;
    const f = this.formats;
    const title = plan.title[language] ?? plan.title.en;
    byId('title').textContent = title;
    document.title = `${title} — Corridor`;
    document.documentElement.lang = language;
    const shown = plan.story.clocks.flatMap((id) => plan.hubs.filter((h) => h.id === id));
    this.mainZone = shown[0]?.timeZone ?? 'UTC';
    this.clocks.build(shown, f);
    this.kpis.build(plan, m, f);
    renderLegend(byId('legend'), plan, m, f, this.colours, this.build);
    this.feedsShown = undefined;
    this.summary.build(plan, m, f);
    this.embed?.build(plan, m, f);
    byId('map').setAttribute('aria-label', m.a11y.map(title));
    byId('ticker').setAttribute('aria-label', m.a11y.latest);
    this.reset(state);
  }

  /** After a snapshot or a seek: figures and ticker from the state as it is now. */
  reset(state: CorridorState): void {
    this.ticker.reset(state.statuses);
    this.tickerDirty = true;
  }

  status(event: StatusEvent): void {
    this.ticker.push(event);
    this.tickerDirty = true;
  }

  statusesChanged(state: CorridorState, now: number): void {
    if (!this.plan) return;
    const kpis = computeKpis(this.plan, state.statuses);
    this.kpis.update(kpis, now);
    this.summary.update(kpis, this.formats);
    this.embed?.update(kpis, this.messages, this.formats);
  }

  /** The feed names the legend's line shows; undefined once the legend is built anew. */
  private feedsShown: readonly string[] | undefined;

  /** The legend's line naming the live feeds. */
  private showFeeds(named: readonly string[]): void {
    // The same list until a snapshot brings another: nothing to do on most frames.
    if (named === this.feedsShown) return;
    this.feedsShown = named;
    byId('legend').querySelector('.feeds')?.remove();
    if (!named.length) return;
    const line = document.createElement('p');
    line.className = 'notes feeds';
    line.textContent = this.messages.livePositions(named.join(', '));
    byId('legend').append(line);
  }

  /** Said at once, without a frame: the watchdog's word that frames stopped. */
  stalled(): void {
    this.health = 'restarting';
    this.badges.update('restarting', undefined, 0, 0, this.mainZone, this.messages, this.formats);
  }

  frame(
    now: number,
    scenarioTime: number,
    health: Health,
    state: CorridorState | undefined,
    serverNow: number,
    lastDataAt: number,
    feeds: { named: readonly string[]; delayed: readonly DelayedFeed[] },
  ) {
    this.health = health;
    this.showFeeds(feeds.named);
    this.clocks.update(scenarioTime, this.formats);
    this.summary.tick(scenarioTime, this.mainZone, this.messages, this.formats);
    this.kpis.tick(now);
    this.badges.update(
      health,
      state?.clock,
      serverNow,
      lastDataAt,
      this.mainZone,
      this.messages,
      this.formats,
      feeds.delayed,
    );
    if (this.tickerDirty && this.plan) {
      this.tickerDirty = false;
      this.ticker.render(this.plan, this.messages, this.formats);
    }
  }
}
