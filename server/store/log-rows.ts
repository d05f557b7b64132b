import type { CorridorEvent, LogEntry, ShipmentEvent } from '../../core/events';
import type { LiveEvent, LiveFix, LiveShipment, LiveStatus } from '../../core/ingest/live-event';

/** How an event is kept in the `log` table: the columns the queries need, the rest as JSON. */
export interface LogRow {
  seq: number;
  id: string | null;
  batch: number;
  wall: number;
  kind: number;
  subject: string;
  time: number;
  progress: number | null;
  body: string;
}

export const KIND = { other: 0, fix: 1, status: 2, shipment: 3 } as const;

/** A fix's body is `[lon, lat, altitude, heading, speed]` without trailing nulls: millions of them. */
export function toRow(event: LiveEvent, batch: number, wall: number): Omit<LogRow, 'seq'> {
  const base = { id: event.id, batch, wall, time: event.time };
  switch (event.kind) {
    case 'fix': {
      const extra = [
        event.lon,
        event.lat,
        event.altitude ?? null,
        event.heading ?? null,
        event.speed ?? null,
      ];
      while (extra.at(-1) === null) extra.pop();
      return {
        ...base,
        kind: KIND.fix,
        subject: event.vehicle,
        progress: event.progress,
        body: JSON.stringify(extra),
      };
    }
    case 'status': {
      const { code, status, hub, leg } = event;
      const body = JSON.stringify({ code, status, hub, leg });
      return { ...base, kind: KIND.status, subject: event.shipment, progress: null, body };
    }
    case 'shipment':
      return {
        ...base,
        kind: KIND.shipment,
        subject: event.event.shipment.id,
        progress: null,
        body: JSON.stringify(event.event),
      };
  }
}

export function fixOf(row: LogRow): LiveFix {
  const [lon, lat, altitude, heading, speed] = JSON.parse(row.body) as (number | null)[];
  const fix: LiveFix = {
    kind: 'fix',
    id: row.id ?? '',
    vehicle: row.subject,
    time: row.time,
    progress: row.progress ?? 0,
    lon: lon ?? 0,
    lat: lat ?? 0,
  };
  if (altitude != null) fix.altitude = altitude;
  if (heading != null) fix.heading = heading;
  if (speed != null) fix.speed = speed;
  return fix;
}

export function statusOf(row: LogRow): LiveStatus {
  const body = JSON.parse(row.body) as Pick<LiveStatus, 'code' | 'status' | 'hub' | 'leg'>;
  return { kind: 'status', id: row.id ?? '', shipment: row.subject, time: row.time, ...body };
}

export function shipmentOf(row: LogRow): LiveShipment {
  return { kind: 'shipment', id: row.id ?? '', time: row.time, event: JSON.parse(row.body) as ShipmentEvent };
}

/** A row as the event a screen would receive for it; null for a status that changes nothing on screen. */
export function entryOf(row: LogRow): LogEntry | null {
  let event: CorridorEvent;
  if (row.kind === KIND.fix) {
    const { vehicle, time, progress } = fixOf(row);
    event = { type: 'fixes', time, fixes: [{ vehicle, time, progress }] };
  } else if (row.kind === KIND.status) {
    const { shipment, status, hub, time, leg, code } = statusOf(row);
    if (status === null) return null;
    event = { type: 'status', shipment, status, hub: hub ?? '', time, leg, code };
  } else if (row.kind === KIND.shipment) event = shipmentOf(row).event;
  else event = JSON.parse(row.body) as CorridorEvent;
  return { seq: row.seq, wall: row.wall, event };
}
