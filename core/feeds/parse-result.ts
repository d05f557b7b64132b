/**
 * What a feed format's parser gives: the positions or statuses it read, and what it passed over
 * on purpose (an aircraft without a position, a stale one) with why, or every error that makes
 * the message unreadable, each naming the line or field and what is wrong with it.
 */
export type ParseResult<T> = { ok: true; items: T[]; skipped: Skipped[] } | { ok: false; errors: string[] };

export interface Skipped {
  /** Where in the message: `aircraft[3]`, `states[0]`, `features[2]`, `line 4`. */
  at: string;
  reason: string;
}

/** An aircraft's position as ADS-B sources report it, in Corridor's units. */
export interface AircraftPosition {
  /** ICAO 24-bit address, six lower-case hex digits. */
  icao24: string;
  /** Trimmed, upper case; null where the source sends none. */
  callsign: string | null;
  lon: number;
  lat: number;
  /** When the position was measured, ms since the epoch (not when the file was written). */
  time: number;
  /** Barometric altitude in metres; null where unknown. */
  altitudeM: number | null;
  onGround: boolean;
  /** Ground speed in km/h; null where unknown. */
  speedKmh: number | null;
  /** Track over ground, degrees from north [0, 360); null where unknown. */
  headingDeg: number | null;
}

/** A tracker's position (a truck, a train), its vehicle named by the feed's own property. */
export interface TrackerPosition {
  /** The value of the feed's vehicle property, as a string. */
  tracker: string;
  lon: number;
  lat: number;
  time: number;
  speedKmh: number | null;
  headingDeg: number | null;
}

/** A cargo status message's status line, matched to a shipment by its air waybill. */
export interface CargoStatusLine {
  /** `ppp-ssssssss`, check digit verified. */
  awb: string;
  /** The IATA status code: RCS, DEP, ARR, RCF, NFD, DLV, … */
  code: string;
  /** The IATA airport code where it happened (for DEP, the airport departed from). */
  airport: string;
  /** When it happened, ms since the epoch (UTC where the message gives no zone). */
  time: number;
  flight: string | null;
  pieces: number | null;
  weightKg: number | null;
  /** Where in the message: `line 3` (FSU) or an XML path (XFSU). */
  at: string;
}
