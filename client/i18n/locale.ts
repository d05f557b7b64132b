import type { Language } from '../../core/scenario';

/** European conventions: 24-hour clock, zone abbreviations such as CET, and local digit grouping. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE', de: 'de-DE' };

/** Number, date and place formatting for one language, made once and reused every frame. */
export class Formats {
  readonly locale: string;
  private readonly integer: Intl.NumberFormat;
  private readonly regions: Intl.DisplayNames;
  private readonly plurals: Intl.PluralRules;
  private readonly timeFormats = new Map<string, Intl.DateTimeFormat>();

  constructor(readonly language: Language) {
    this.locale = LOCALES[language];
    this.integer = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 0 });
    this.regions = new Intl.DisplayNames([this.locale], { type: 'region' });
    this.plurals = new Intl.PluralRules(this.locale);
  }

  number(n: number): string {
    return this.integer.format(n);
  }

  plural(n: number): Intl.LDMLPluralRule {
    return this.plurals.select(n);
  }

  country(code: string): string {
    return this.regions.of(code) ?? code;
  }

  private format(key: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const id = `${key} ${timeZone}`;
    let format = this.timeFormats.get(id);
    if (!format) {
      format = new Intl.DateTimeFormat(this.locale, { timeZone, ...options });
      this.timeFormats.set(id, format);
    }
    return format;
  }

  /** "21:02" in the given zone. */
  time(ms: number, timeZone: string): string {
    return this.format('time', timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
  }

  /** "21:02 CET". */
  timeWithZone(ms: number, timeZone: string): string {
    return this.format('zone', timeZone, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    }).format(ms);
  }

  /** "CET · Fri": the zone and the day, so a clock across the date line is not misread. */
  zoneAndDay(ms: number, timeZone: string): string {
    const parts = this.format('zone-day', timeZone, {
      weekday: 'short',
      timeZoneName: 'short',
    }).formatToParts(ms);
    const pick = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `${pick('timeZoneName')} · ${pick('weekday')}`;
  }

  /** "Fri 13 Mar 2020". */
  date(ms: number, timeZone: string): string {
    return this.format('date', timeZone, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(ms);
  }
}
