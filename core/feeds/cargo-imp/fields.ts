import { CARGO_STATUSES } from '../../cargo/status-codes';

/**
 * Field-level pieces shared by the Cargo-IMP (FSU) and Cargo-XML (XFSU) parsers. Each returns the
 * value or a reason in words; the caller prefixes where in the message the field was.
 */
export type Field<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * The status codes both formats may carry: the IATA codes Corridor's table knows, plus those the
 * Cargo-IMP FSU/FSA layout defines but the screen has no row for (transfer manifest, ground
 * conveyance, documents received). Anything else is refused rather than guessed at.
 */
export const STATUS_CODES: ReadonlySet<string> = new Set([
  ...CARGO_STATUSES.filter((s) => s.standard === 'IATA Cargo-IMP').map((s) => s.code),
  'TRM',
  'TGC',
  'AWR',
]);

/** Pounds are converted exactly, then rounded to 0.1 kg: finer than any cargo scale reports. */
export const KG_PER_LB = 0.45359237;
export const roundKg = (kg: number) => Math.round(kg * 10) / 10;

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAY_MS = 86_400_000;

export const monthIndex = (name: string) => MONTHS.indexOf(name);

/**
 * Cargo-IMP dates carry no year. Of last year, this year and next year (around `now`, in UTC),
 * the one that puts the moment nearest `now` is taken: a "31DEC2350" read on 1 January is last
 * year's, a "02JAN" read on 30 December next year's. A day the month does not have in any of them
 * (30FEB) is refused; 29FEB only lands in a leap year.
 */
export function nearestYear(
  day: number,
  month: number,
  minutes: number,
  dayShift: number,
  now: number,
): number | null {
  const year = new Date(now).getUTCFullYear();
  let best: number | null = null;
  for (const y of [year - 1, year, year + 1]) {
    const date = new Date(Date.UTC(y, month, day));
    if (date.getUTCMonth() !== month) continue;
    const t = date.getTime() + dayShift * DAY_MS + minutes * 60_000;
    if (best === null || Math.abs(t - now) < Math.abs(best - now)) best = t;
  }
  return best;
}

export interface Quantity {
  /** T: the whole consignment, P: part of it. */
  description: 'T' | 'P';
  pieces: number;
  weightKg: number | null;
}

/**
 * The quantity detail, e.g. `T1000K25000`, `P2K505.0`, `T30L66.5`: shipment description code,
 * pieces, then an optional weight code (K kilograms, L pounds) and weight. On the air waybill line
 * a part consignment may add the total pieces, `P2K505.0T10`; `allowTotal` accepts that.
 */
export function parseQuantity(text: string, allowTotal: boolean): Field<Quantity> {
  const match = /^([TP])(\d{1,4})(?:([KL])(\d{1,7}(?:\.\d+)?|\.\d+))?(?:T(\d{1,4}))?$/.exec(text);
  if (!match || (match[5] !== undefined && !allowTotal)) {
    return {
      ok: false,
      reason: `expected T or P, pieces and optionally K or L and a weight, like "T10K350", got "${text}"`,
    };
  }
  const [, description, pieces, unit, weight] = match as unknown as [
    string,
    'T' | 'P',
    string,
    string?,
    string?,
  ];
  let weightKg: number | null = null;
  if (weight !== undefined) weightKg = unit === 'L' ? roundKg(Number(weight) * KG_PER_LB) : Number(weight);
  return { ok: true, value: { description, pieces: Number(pieces), weightKg } };
}

export const isAirport = (text: string) => /^[A-Z]{3}$/.test(text);
export const airportReason = (text: string) => `expected a 3-letter IATA code, got "${text}"`;
