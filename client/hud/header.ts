import type { Language, Plan } from '../../core/scenario';
import type { ConnectionState } from '../live/connection';

/** European conventions: 24-hour clock and zone abbreviations such as CET. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE', de: 'de-DE' };

const CONNECTION_TEXT: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  live: 'Connected',
  reconnecting: 'Reconnecting…',
};

/** Title, scenario date and time at the main hub, playback mode and connection state. */
export class Header {
  private formatter: Intl.DateTimeFormat | undefined;
  private shownMinute = Number.NaN;

  constructor(
    private readonly title: HTMLElement,
    private readonly time: HTMLTimeElement,
    private readonly mode: HTMLElement,
    private readonly connection: HTMLElement,
  ) {}

  private language: Language = 'en';

  setPlan(plan: Plan, language: Language): void {
    this.language = language;
    this.title.textContent = plan.title[this.language] ?? plan.title.en;
    document.title = `${this.title.textContent} — Corridor`;
    const hub = plan.hubs.find((h) => h.id === 'LGG') ?? plan.hubs[0];
    this.formatter = new Intl.DateTimeFormat(LOCALES[language], {
      timeZone: hub?.timeZone ?? 'UTC',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    this.shownMinute = Number.NaN;
  }

  setTime(scenarioTime: number): void {
    const minute = Math.floor(scenarioTime / 60_000);
    if (!this.formatter || minute === this.shownMinute || !Number.isFinite(minute)) return;
    this.shownMinute = minute;
    this.time.textContent = this.formatter.format(scenarioTime);
    this.time.dateTime = new Date(minute * 60_000).toISOString();
  }

  setMode(rate: number, paused: boolean): void {
    const speed = `×${new Intl.NumberFormat(LOCALES[this.language], { maximumFractionDigits: 0 }).format(rate)}`;
    this.mode.textContent = paused ? `REPLAY · paused` : `REPLAY ${speed}`;
  }

  setConnection(state: ConnectionState): void {
    this.connection.dataset.state = state;
    this.connection.textContent = CONNECTION_TEXT[state];
  }
}
