import type { StatusCode } from '../status';

/**
 * The one table from the status codes live feeds send to what the screen shows. Air freight uses
 * the IATA Cargo-IMP / Cargo-XML freight status codes; rail and road have no such standard, so
 * their equivalents are named plainly. `status: null` codes are kept in the log but change nothing
 * on screen: the status model has no state for a discrepancy or a border crossing.
 */
export interface CargoStatus {
  code: string;
  name: string;
  standard: 'IATA Cargo-IMP' | 'Corridor (rail, road)';
  status: StatusCode | null;
}

const iata = (code: string, name: string, status: StatusCode | null): CargoStatus => ({
  code,
  name,
  standard: 'IATA Cargo-IMP',
  status,
});
const surface = (code: string, name: string, status: StatusCode | null): CargoStatus => ({
  code,
  name,
  standard: 'Corridor (rail, road)',
  status,
});

export const CARGO_STATUSES: readonly CargoStatus[] = [
  iata('BKD', 'Booked on a flight', 'booked'),
  iata('RCS', 'Received from the shipper, ready for carriage', 'booked'),
  iata('FOH', 'Freight on hand, not yet ready for carriage', 'booked'),
  iata('PRE', 'Prepared for loading', 'booked'),
  iata('MAN', 'Manifested on a flight', 'booked'),
  iata('DEP', 'Departed on a flight', 'departed'),
  iata('TFD', 'Transferred to another carrier', null),
  iata('RCT', 'Received from another carrier', null),
  iata('ARR', 'Arrived on a flight', 'arrived'),
  iata('RCF', 'Received from a flight (unloaded at the arrival airport)', 'arrived'),
  iata('NFD', 'Consignee notified, ready for delivery', 'arrived'),
  iata('AWD', 'Documents delivered to the consignee', null),
  iata('CRC', 'Reported to customs', null),
  iata('CCD', 'Cleared by customs', 'customs_cleared'),
  iata('DLV', 'Delivered to the consignee', 'delivered'),
  iata('DDL', 'Delivered to the door', 'delivered'),
  iata('DIS', 'Discrepancy (missing, damaged or extra pieces)', null),
  surface('departed_terminal', 'Train or truck departed the origin or a transshipment terminal', 'departed'),
  surface('border_crossing', 'Crossed a border on the way', null),
  surface('gauge_change', 'Transshipped at a rail gauge change (e.g. Dostyk, Brest)', null),
  surface('arrived_terminal', 'Arrived at the destination or a transshipment terminal', 'arrived'),
];

const BY_CODE = new Map(CARGO_STATUSES.map((s) => [s.code.toLowerCase(), s]));

/** Looks a code up case-insensitively: `rcf`, `RCF` and `Border_Crossing` are all found. */
export function cargoStatus(code: string): CargoStatus | undefined {
  return BY_CODE.get(code.toLowerCase());
}

export const CARGO_CODES_HINT = `${CARGO_STATUSES.filter((s) => s.standard === 'IATA Cargo-IMP')
  .map((s) => s.code)
  .join(', ')}, or ${CARGO_STATUSES.filter((s) => s.standard !== 'IATA Cargo-IMP')
  .map((s) => s.code)
  .join(', ')}`;
