/**
 * The shipment status model. The cargo status codes feeds send (IATA Cargo-IMP and rail/road
 * equivalents) map onto it in one table, `core/cargo/status-codes.ts`.
 */
export const STATUS_CODES = [
  'planned',
  'booked',
  'departed',
  'arrived',
  'customs_cleared',
  'delivered',
] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

const NEXT: Readonly<Record<StatusCode, readonly StatusCode[]>> = {
  planned: ['booked'],
  booked: ['departed'],
  departed: ['arrived'],
  arrived: ['customs_cleared', 'departed', 'delivered'],
  customs_cleared: ['departed', 'delivered'],
  delivered: [],
};

export function canTransition(from: StatusCode, to: StatusCode): boolean {
  return NEXT[from].includes(to);
}

/** What a shipment is known to be doing: its last accepted status. */
export interface ShipmentStatus {
  code: StatusCode;
  /** Hub where the status was recorded. */
  hub: string;
  /** Scenario time in ms since the Unix epoch (UTC). */
  time: number;
  /** Index of the leg the shipment is on or has just finished, -1 before the first. */
  leg: number;
}

export type TransitionResult = { ok: true; status: ShipmentStatus } | { ok: false; reason: string };

/** Applies a status event to a shipment's status, refusing transitions the model does not allow. */
export function transition(current: ShipmentStatus, next: ShipmentStatus): TransitionResult {
  if (next.time < current.time) {
    return {
      ok: false,
      reason: `${next.code} at ${new Date(next.time).toISOString()} is older than ${current.code}`,
    };
  }
  if (!canTransition(current.code, next.code)) {
    return { ok: false, reason: `cannot go from ${current.code} to ${next.code}` };
  }
  return { ok: true, status: next };
}

/** In transit: on its way, not yet delivered. */
export function isInTransit(code: StatusCode): boolean {
  return code === 'departed' || code === 'arrived' || code === 'customs_cleared';
}
