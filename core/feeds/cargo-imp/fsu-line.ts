import type { CargoStatusLine } from '../parse-result';
import { airportReason, isAirport, parseQuantity } from './fields';
import { type DateField, parseDateField, parseTimeInfo, resolveMoment, type TimeInfo } from './fsu-date';

/**
 * Where each status code keeps its fields, after the Cargo-IMP FSA/FSU layouts (the FSU has the
 * FSA's): slant-separated, positions fixed, an optional field left empty (`PRE///CDGHKG/T18`).
 * - departure (BKD MAN DEP PRE): flight / [date] / departure+arrival airports / quantity
 *   / [departure time info] / [arrival time info] / [volume] / [density]
 * - arrival (ARR RCF AWR): [flight] / date[time][-day change] / arrival airport / quantity / [times]
 * - discrepancy (DIS): [flight] / date[time] / airport / discrepancy code / quantity
 * - carrier (RCT TFD): carrier / date[time] / airport / quantity / …
 * - plain (RCS FOH NFD AWD CCD DLV DDL TGC CRC): date[time] / airport / quantity / [name] / …
 * - undated (TRM): carrier / airport / quantity: no date, so it cannot be placed in time.
 * Fields after those read here (names, volumes, a CRC's flight) are passed over.
 */
type Layout = 'departure' | 'arrival' | 'discrepancy' | 'carrier' | 'plain' | 'undated';

const LAYOUTS: Record<string, Layout> = {
  BKD: 'departure',
  MAN: 'departure',
  DEP: 'departure',
  PRE: 'departure',
  ARR: 'arrival',
  RCF: 'arrival',
  AWR: 'arrival',
  DIS: 'discrepancy',
  RCT: 'carrier',
  TFD: 'carrier',
  TRM: 'undated',
};

const PLAIN = new Set(['RCS', 'FOH', 'NFD', 'AWD', 'CCD', 'DLV', 'DDL', 'TGC', 'CRC']);

export const hasLayout = (code: string) => code in LAYOUTS || PLAIN.has(code);

export type LineResult =
  | { ok: true; line: CargoStatusLine }
  | { ok: false; skip: string }
  | { ok: false; errors: string[] };

/** One status line, already split on `/`; `awb` is null where line 2 was unreadable. */
export function parseStatusLine(fields: string[], n: number, awb: string | null, now: number): LineResult {
  const code = fields[0] as string;
  const layout = LAYOUTS[code] ?? 'plain';
  const at = `line ${n}`;
  if (layout === 'undated')
    return { ok: false, skip: `${code} gives no date, so it cannot be placed in time` };
  const errors: string[] = [];
  const fail = (field: string, reason: string) => errors.push(`${at} (${code}): ${field}: ${reason}`);
  const get = (i: number) => fields[i] ?? '';

  const flighted = layout !== 'plain' && layout !== 'carrier';
  let flight: string | null = null;
  if (flighted && get(1) !== '') {
    if (/^[A-Z0-9]{2}\d{1,4}[A-Z]?$/.test(get(1))) flight = get(1);
    else fail('flight', `expected a carrier code and flight number like "CV7401", got "${get(1)}"`);
  }
  if (layout === 'carrier' && !/^[A-Z0-9]{2}$/.test(get(1))) {
    fail('carrier', `expected a 2-character airline code, got "${get(1)}"`);
  }
  const offset = layout === 'plain' ? 0 : 1;
  const dateText = get(offset + 1);
  let date: DateField | null = null;
  if (dateText !== '' || layout !== 'departure') {
    const parsed = parseDateField(dateText);
    if (parsed.ok) date = parsed.value;
    else fail('date', parsed.reason);
  }

  const airportText = get(offset + 2);
  let airport = airportText.slice(0, 3);
  if (layout === 'departure') {
    if (!/^[A-Z]{6}$/.test(airportText)) {
      fail('airports', `expected the departure and arrival IATA codes like "JFKFRA", got "${airportText}"`);
    }
  } else if (!isAirport(airportText)) fail('airport', airportReason(airportText));
  else airport = airportText;

  if (layout === 'discrepancy' && !/^[A-Z]{4}$/.test(get(4))) {
    fail('discrepancy', `expected a 4-letter discrepancy code like "MSAW", got "${get(4)}"`);
  }
  const quantityAt = layout === 'discrepancy' ? 5 : offset + 3;
  const quantity = parseQuantity(get(quantityAt), false);
  if (!quantity.ok) fail('quantity', quantity.reason);

  const times: (TimeInfo | null)[] = [null, null];
  if (layout === 'departure' || layout === 'arrival') {
    for (const [slot, name] of [
      [0, 'departure time'],
      [1, 'arrival time'],
    ] as const) {
      const text = get(quantityAt + 1 + slot);
      // Volume (MC4.761) and density (DG5) follow the times and may come without them.
      if (text === '') continue;
      if (/^[A-Z]{2}[\d.]+$/.test(text)) break;
      const parsed = parseTimeInfo(text);
      if (parsed.ok) times[slot] = parsed.value;
      else fail(name, parsed.reason);
    }
  }
  if (errors.length || !quantity.ok) return { ok: false, errors };
  if (date === null) return { ok: false, skip: `${code} gives no date, so it cannot be placed in time` };

  let minutes = date.minutes ?? 0;
  let shift = date.dayShift;
  const info = layout === 'departure' ? times[0] : times[1];
  if (date.minutes === null && info) {
    // A departure's day change counts from its scheduled departure day, the date field. An
    // arrival's date field is the arrival day, which the manual does not count changes from.
    if (layout === 'arrival' && info.dayShift !== 0) {
      return {
        ok: false,
        skip: `arrival time "${info.text}" counts days from the flight's departure, which the line does not give`,
      };
    }
    minutes = info.minutes;
    shift += info.dayShift;
  }
  const time = resolveMoment(dateText, date, minutes, shift, now);
  if (!time.ok) return { ok: false, errors: [`${at} (${code}): date: ${time.reason}`] };
  // The line reads, but line 2's air waybill did not: that error is already reported there.
  if (awb === null) return { ok: false, errors: [] };
  const { pieces, weightKg } = quantity.value;
  return { ok: true, line: { awb, code, airport, time: time.value, flight, pieces, weightKg, at } };
}
