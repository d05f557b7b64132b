import { type Field, monthIndex, nearestYear } from './fields';

/**
 * Cargo-IMP moments. The date field is `13MAR`, with the actual time on some lines (`14MAR0615`)
 * and, on arrivals, a day change indicator (`10JUL0700-N`). Time information fields are a type
 * (S scheduled, E estimated, A actual), a time and an optional day change: `A1930`, `E0530-N`.
 *
 * The times are local to the airport in Cargo-IMP, but the message says nothing of the zone, so
 * they are read as UTC; a caller that knows the airport's zone can shift them.
 */
export interface DateField {
  day: number;
  month: number;
  /** Minutes after midnight, null where only the day is given. */
  minutes: number | null;
  dayShift: number;
}

export interface TimeInfo {
  type: 'S' | 'E' | 'A';
  minutes: number;
  dayShift: number;
  text: string;
}

/** The manual names the day change indicator but not its code list; N and P are the ones seen. */
const DAY_SHIFTS: Record<string, number> = { N: 1, P: -1 };

function clock(hhmm: string): number | null {
  const hours = Number(hhmm.slice(0, 2));
  const minutes = Number(hhmm.slice(2));
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

export function parseDateField(text: string): Field<DateField> {
  const match = /^(\d{2})([A-Z]{3})(\d{4})?(?:-([A-Z]))?$/.exec(text);
  const month = match ? monthIndex(match[2] as string) : -1;
  const day = match ? Number(match[1]) : 0;
  if (!match || month < 0 || day < 1 || day > 31) {
    return { ok: false, reason: `expected a day and month like "13MAR", got "${text}"` };
  }
  const [, , , hhmm, change] = match;
  const minutes = hhmm === undefined ? null : clock(hhmm);
  if (hhmm !== undefined && minutes === null) {
    return { ok: false, reason: `"${hhmm}" in "${text}" is not a time of day (HHMM)` };
  }
  const dayShift = change === undefined ? 0 : DAY_SHIFTS[change];
  if (dayShift === undefined) {
    return {
      ok: false,
      reason: `day change "${change}" in "${text}" should be N (next day) or P (previous day)`,
    };
  }
  return { ok: true, value: { day, month, minutes, dayShift } };
}

export function parseTimeInfo(text: string): Field<TimeInfo> {
  const match = /^([SEA])(\d{4})(?:-([A-Z]))?$/.exec(text);
  const minutes = match ? clock(match[2] as string) : null;
  const dayShift = match?.[3] === undefined ? 0 : DAY_SHIFTS[match[3]];
  if (!match || minutes === null || dayShift === undefined) {
    return {
      ok: false,
      reason: `expected S, E or A, a time and optionally -N or -P, like "A1930", got "${text}"`,
    };
  }
  return { ok: true, value: { type: match[1] as TimeInfo['type'], minutes, dayShift, text } };
}

/** The moment nearest `now` for a day, a month and minutes after that day's midnight (UTC). */
export function resolveMoment(
  text: string,
  date: DateField,
  minutes: number,
  dayShift: number,
  now: number,
): Field<number> {
  const time = nearestYear(date.day, date.month, minutes, dayShift, now);
  if (time !== null) return { ok: true, value: time };
  const year = new Date(now).getUTCFullYear();
  return { ok: false, reason: `"${text}" is not a date in ${year - 1}, ${year} or ${year + 1}` };
}
