import type { ClockState } from './clock';
import type { Fix } from './position';
import type { PresenterChange } from './presenter';
import type { Source } from './provenance';
import type { Hub, Leg, Shipment } from './scenario/plan';
import type { ShipmentStatus, StatusCode } from './status';

/** Everything that changes what a screen shows is one of these, appended to the event log. */
export type CorridorEvent =
  | StatusEvent
  | FixesEvent
  | ClockEvent
  | RebaseEvent
  | ShipmentEvent
  | PresenterEvent;

export interface StatusEvent {
  type: 'status';
  shipment: string;
  status: StatusCode;
  hub: string;
  /** Scenario time of the status, ms since the epoch. */
  time: number;
  /** Index into the shipment's legs. */
  leg: number;
  /** The cargo status code a live feed sent (`RCF`, `border_crossing`…), where it came from one. */
  code?: string;
}

/** Position fixes of the moving vehicles, one batch per tick. */
export interface FixesEvent {
  type: 'fixes';
  time: number;
  fixes: { vehicle: string; time: number; progress: number }[];
}

export interface ClockEvent {
  type: 'clock';
  clock: ClockState;
  reason: 'start' | 'play' | 'pause' | 'rate' | 'seek' | 'loop';
}

/** The whole status picture at a scenario time, after a seek or a loop; forgets every fix. */
export interface RebaseEvent {
  type: 'rebase';
  time: number;
  statuses: Record<string, ShipmentStatus>;
  /** Fixes to keep per vehicle, folded from the log up to `time`; vehicles not named start empty. */
  tracks?: Record<string, Fix[]>;
}

/**
 * A shipment that a live feed added or changed, compiled like a scenario's: the legs it now rides
 * (with their paths) and the hubs and sources it names. Legs no shipment rides any more are dropped.
 */
export interface ShipmentEvent {
  type: 'shipment';
  /** When the feed issued it, ms since the epoch. */
  time: number;
  shipment: Shipment;
  legs: Leg[];
  hubs: Hub[];
  sources: Record<string, Source>;
}

/** A presenter's command for every screen: a scene, a language, a banner, a focus or layer toggles. */
export interface PresenterEvent {
  type: 'presenter';
  change: PresenterChange;
}

export interface LogEntry {
  seq: number;
  /** Wall time the server appended it, ms since the epoch. */
  wall: number;
  event: CorridorEvent;
}

/** Position fixes are superseded by the next batch, so they may be dropped on the way to a slow screen. */
export function isVolatile(event: CorridorEvent): event is FixesEvent {
  return event.type === 'fixes';
}
