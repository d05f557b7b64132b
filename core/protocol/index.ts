import type { ClockState } from '../clock';
import type { CorridorEvent } from '../events';
import type { Kpis } from '../kpis';
import type { Fix } from '../position';
import type { PresenterChange, PresenterState } from '../presenter';
import type { Plan } from '../scenario';
import type { ShipmentStatus } from '../status';
import type { PositionsFrame } from './positions';

export {
  encodePositions,
  type PositionsFrame,
  PROGRESS_SCALE,
  readPositions,
} from './positions';

/** Everything a screen needs to draw, sent first on joining and again whenever it asks. */
export interface Snapshot {
  /** Changes when the server restarts: sequence numbers start again. */
  runId: string;
  seq: number;
  updateSeq: number;
  /** Server wall time when the snapshot was taken, ms since the epoch. */
  serverTime: number;
  /** Wall ms between position frames: screens mark a vehicle estimated after a few missed frames. */
  tickMs: number;
  /**
   * Null on the socket: a plan can be megabytes, and screens reconnect far more often than plans
   * change, so a screen fetches it once per version from `GET /api/v1/plan/:planVersion` (cacheable,
   * immutable). `GET /api/v1/snapshot` includes it.
   */
  plan: Plan | null;
  /** Names the plan: the run and how many times feeds changed it. */
  planVersion: string;
  statuses: Record<string, ShipmentStatus>;
  vehicles: { id: string; fixes: Fix[] }[];
  clock: ClockState;
  presenter: PresenterState;
  kpis: Kpis;
  /**
   * The display build the server serves, on the socket only: a screen running another reloads
   * itself at a quiet moment. Null where the server serves no built display.
   */
  build?: string | null;
  /** The live feeds the server polls, on the socket only: the legend names them. */
  feeds?: string[];
}

/** A reliable state change; `prev` is the seq of the update before it, so a screen sees any gap. */
export interface Update {
  seq: number;
  prev: number;
  event: Exclude<CorridorEvent, { type: 'fixes' }>;
}

export interface DisplayServerToClient {
  snapshot: (snapshot: Snapshot) => void;
  update: (update: Update) => void;
  positions: (frame: PositionsFrame) => void;
  /** Every tick, whatever else is sent: a screen that hears nothing for two ticks says its data is delayed. */
  heartbeat: (beat: Heartbeat) => void;
}

export interface Heartbeat {
  seq: number;
  serverTime: number;
  /** Live feeds gone silent: the screens say so for the vehicles they drove, the rest stays live. */
  delayed?: DelayedFeed[];
}

export interface DelayedFeed {
  /** The feed's name (`adsb`, `opensky`, or the name it was given). */
  feed: string;
  /** Server ms of its last good read; null where it never read. */
  since: number | null;
  vehicles: string[];
}

export interface DisplayClientToServer {
  /** Asks for a fresh snapshot, after a gap in the updates. */
  resync: () => void;
  /** Clock sync: the server answers with its wall time in ms. */
  'time:ping': (ack: (serverWall: number) => void) => void;
}

export const DISPLAY_NAMESPACE = '/display';
export const CONTROL_NAMESPACE = '/control';

export type AckResult = { ok: true } | { ok: false; error: string };
export type Ack = (result: AckResult) => void;

/** The presenter's commands. Only a /control socket with the control token may send them. */
export interface ControlCommands {
  'clock:play': (ack: Ack) => void;
  'clock:pause': (ack: Ack) => void;
  'clock:rate': (rate: number, ack: Ack) => void;
  'clock:seek': (time: number, ack: Ack) => void;
  /** Jump to the next (1) or previous (-1) status event of the operation. */
  'clock:step': (direction: 1 | -1, ack: Ack) => void;
  /** Live mode only: back to the wall clock at 1× after looking into the past. */
  'clock:live': (ack: Ack) => void;
  'presenter:change': (change: PresenterChange, ack: Ack) => void;
}

export const CONTROL_EVENTS = [
  'clock:play',
  'clock:pause',
  'clock:rate',
  'clock:seek',
  'clock:step',
  'clock:live',
  'presenter:change',
] as const satisfies readonly (keyof ControlCommands)[];

export const PRESENTER_RATES = [1, 10, 60, 600, 3600] as const;

export type ControlClientToServer = DisplayClientToServer & ControlCommands;
