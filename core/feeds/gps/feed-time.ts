/**
 * A tracker feed's time: an ISO 8601 date and time with a zone, or epoch seconds or milliseconds.
 *
 * Numbers are told apart by magnitude: below 1e11 they are seconds (1e11 s is the year 5138),
 * from 1e11 up milliseconds (1e11 ms is March 1973, before any of these feeds). A time without
 * a zone is refused: a tracker's local time guessed as UTC puts a truck hours off its road.
 */
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2})?)$/;

export const SECONDS_BELOW = 1e11;

/** ms since the epoch, or null where the value is not such a time. */
export function feedTime(value: unknown): number | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return null;
    return value < SECONDS_BELOW ? Math.round(value * 1000) : Math.round(value);
  }
  if (typeof value !== 'string') return null;
  const match = ISO.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s = '0', fraction = '', z, sign, oh = '0', om = '0'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59 || second > 59 || Number(oh) > 23 || Number(om) > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, Number(`0.${fraction || '0'}`) * 1000);
  // Date.UTC rolls 30 February over into March: a day that does not exist is refused instead.
  const date = new Date(local);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  const offset = z ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
  return Math.round(local - offset);
}
