import type { ShipmentEvent } from '../events';
import type { StatusCode } from '../status';

/**
 * What a live feed reported, checked and resolved against the plan: the form in which it is
 * kept in the durable log and replayed. Every one has an id, given by the feed or derived from
 * its content, so that a resend is recognized.
 */
export type LiveEvent = LiveFix | LiveStatus | LiveShipment;

export interface LiveFix {
  kind: 'fix';
  id: string;
  vehicle: string;
  /** ms since the epoch. */
  time: number;
  /** The position projected onto the leg's path, 0 at departure, 1 at arrival. */
  progress: number;
  lon: number;
  lat: number;
  /** Metres above sea level. */
  altitude?: number;
  /** Degrees clockwise from north. */
  heading?: number;
  /** km/h over ground. */
  speed?: number;
}

export interface LiveStatus {
  kind: 'status';
  id: string;
  shipment: string;
  /** The cargo status code as the feed sent it, upper case for IATA codes. */
  code: string;
  /** What the screen shows for it; null: kept in the log only. */
  status: StatusCode | null;
  hub: string | null;
  /** Index into the shipment's legs, -1 before the first. */
  leg: number;
  time: number;
}

export interface LiveShipment {
  kind: 'shipment';
  id: string;
  time: number;
  event: ShipmentEvent;
}
