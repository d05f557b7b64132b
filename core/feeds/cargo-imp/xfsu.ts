import { parseAwb } from '../../cargo/awb';
import type { CargoStatusLine, ParseResult } from '../parse-result';
import { airportReason, isAirport, KG_PER_LB, roundKg, STATUS_CODES } from './fields';
import { attribute, child, children, type El, readXml, text } from './xml-tree';

/**
 * Cargo-XML status messages (XFSU): `StatusMessage` with a `MasterConsignment` whose
 * `TransportContractDocument/ID` is the air waybill and whose `ReportedStatus` gives the status
 * `ReasonCode` and, per `AssociatedStatusConsignment`, the pieces, the weight and where and when.
 * Flight statuses carry a `SpecifiedLogisticsTransportMovement` each (the flight `ID`, its
 * departure and arrival events); the others a `SpecifiedLocation` and a `SpecifiedEvent`.
 */
const DEPARTURES = new Set(['BKD', 'MAN', 'DEP', 'PRE']);
const ARRIVALS = new Set(['ARR', 'RCF', 'AWR']);

// `now` is not needed: Cargo-XML times carry their year. Taken so that both parsers are called alike.
export function parseXfsu(xml: string, _options: { now: number }): ParseResult<CargoStatusLine> {
  const read = readXml(xml);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const { root } = read;
  if (root.path !== 'StatusMessage') {
    return { ok: false, errors: [`expected a StatusMessage, got "${root.path}"`] };
  }
  const errors: string[] = [];
  const consignment = child(root, 'MasterConsignment');
  if (!consignment) return { ok: false, errors: ['StatusMessage/MasterConsignment: missing'] };
  const id = child(consignment, 'TransportContractDocument', 'ID');
  const awbText = text(id);
  const awb = awbText === null ? null : parseAwb(awbText);
  if (awb === null)
    errors.push(`${consignment.path}/TransportContractDocument/ID: missing (the air waybill)`);
  else if (!awb.ok) errors.push(`${id?.path}: ${awb.reason}`);

  const items: CargoStatusLine[] = [];
  const statuses = children(consignment, 'ReportedStatus');
  if (!statuses.length) errors.push(`${consignment.path}/ReportedStatus: missing`);
  for (const status of statuses) {
    const code = text(child(status, 'ReasonCode'));
    if (code === null) errors.push(`${status.path}/ReasonCode: missing (the status code)`);
    else if (!STATUS_CODES.has(code)) errors.push(`${status.path}/ReasonCode: unknown status code "${code}"`);
    const parts = children(status, 'AssociatedStatusConsignment');
    if (!parts.length) errors.push(`${status.path}/AssociatedStatusConsignment: missing`);
    if (code === null || !STATUS_CODES.has(code)) continue;
    for (const part of parts) {
      const movements = children(part, 'SpecifiedLogisticsTransportMovement');
      // A flight status names each flight in a movement of its own; one line per flight.
      const flighted = DEPARTURES.has(code) || ARRIVALS.has(code);
      for (const movement of flighted && movements.length ? movements : [movements[0] ?? null]) {
        const line = readLine(code, part, movement, errors);
        if (line && awb?.ok) items.push({ awb: awb.awb, ...line });
      }
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, items, skipped: [] };
}

type Line = Omit<CargoStatusLine, 'awb'>;

function readLine(code: string, part: El, movement: El | null, errors: string[]): Line | null {
  const before = errors.length;
  const side = DEPARTURES.has(code) ? 'Departure' : ARRIVALS.has(code) ? 'Arrival' : null;
  const event = side && child(movement, `${side}Event`);
  // Where: the flight's departure or arrival airport for flight statuses, else the status's place.
  const place = first([
    side && child(event, `Occurrence${side}Location`, 'ID'),
    child(part, 'SpecifiedLocation', 'ID'),
    child(movement, 'SpecifiedLocation', 'ID'),
  ]);
  // When: the actual (or estimated) occurrence, the status event's time, then the schedule.
  const when = first([
    side && child(event, `${side}OccurrenceDateTime`),
    child(part, 'SpecifiedEvent', 'OccurrenceDateTime'),
    child(movement, 'SpecifiedEvent', 'OccurrenceDateTime'),
    side && child(event, 'ScheduledOccurrenceDateTime'),
  ]);
  const airport = text(place);
  if (!place || airport === null)
    errors.push(`${part.path}/SpecifiedLocation/ID: missing (where it happened)`);
  else if (!isAirport(airport)) errors.push(`${place.path}: ${airportReason(airport)}`);
  const time = when ? parseDateTime(text(when) as string) : null;
  if (!when) errors.push(`${part.path}/SpecifiedEvent/OccurrenceDateTime: missing (when it happened)`);
  else if (time === null) {
    errors.push(`${when.path}: expected a date and time like "2026-03-14T06:15:00", got "${text(when)}"`);
  }
  const piecesEl = child(part, 'PieceQuantity');
  const piecesText = text(piecesEl);
  if (piecesText !== null && !/^\d{1,6}$/.test(piecesText)) {
    errors.push(`${piecesEl?.path}: expected a whole number of pieces, got "${piecesText}"`);
  }
  const weightKg = readWeight(child(part, 'GrossWeightMeasure'), errors);
  const flightText = text(child(movement, 'ID'));
  if (errors.length > before || airport === null || time === null) return null;
  const flight = flightText === null ? null : flightText.replace(/\s+/g, '').toUpperCase();
  const pieces = piecesText === null ? null : Number(piecesText);
  return { code, airport, time, flight, pieces, weightKg, at: movement && side ? movement.path : part.path };
}

const first = (candidates: (El | null | undefined)[]) =>
  candidates.find((el) => el && text(el) !== null) ?? null;

function readWeight(el: El | null, errors: string[]): number | null {
  const value = text(el);
  if (!el || value === null) return null;
  const unit = attribute(el, 'unitCode');
  if (!/^\d+(\.\d+)?$/.test(value)) errors.push(`${el.path}: expected a weight like "250.5", got "${value}"`);
  else if (unit === 'KGM') return Number(value);
  else if (unit === 'LBR') return roundKg(Number(value) * KG_PER_LB);
  else errors.push(`${el.path}: unitCode "${unit ?? ''}" should be KGM (kilograms) or LBR (pounds)`);
  return null;
}

/** ISO 8601 as Cargo-XML writes it; a time without a zone is read as UTC (the message gives none). */
function parseDateTime(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(
    value,
  );
  if (!match) return null;
  const [y, mo, d, h, mi, s = '0'] = match.slice(1, 7).map(Number) as number[];
  const t = Date.UTC(y as number, (mo as number) - 1, d, h, mi, Number(s));
  const check = new Date(t);
  if (check.getUTCDate() !== d || (h as number) > 23 || (mi as number) > 59 || Number(s) > 59) return null;
  const zone = match[8];
  if (!zone || zone === 'Z') return t + Math.round(Number(match[7] ?? 0) * 1000);
  const sign = zone.startsWith('-') ? -1 : 1;
  const offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return t - offset * 60_000 + Math.round(Number(match[7] ?? 0) * 1000);
}
