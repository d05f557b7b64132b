import type { LogEntry } from '../../core/events';
import type { LiveEvent } from '../../core/ingest/live-event';
import type { Command } from '../realtime/commands';

/** What the shared log holds, in the one order every node folds it in. */
export type LogRecord =
  /** A state change the playing node made, numbered as every screen will see it. */
  | { kind: 'output'; id: string; entry: LogEntry }
  /** A batch a feed posted to any node, each event with its seq in the feeds' log. */
  | { kind: 'live'; id: string; events: LiveEvent[]; seqs: number[]; wall: number }
  | { kind: 'command'; id: string; command: Command }
  /** A node took over playing: outputs of earlier terms after this are stale. */
  | { kind: 'term'; id: string; term: number; node: string };

export interface Lease {
  token: string;
  term: number;
}

export interface InputReceipt {
  /** The record the batch was stored as; "" where all of it was stored before. */
  id: string;
  /** Per event, its seq in the feeds' log; for one already stored, the seq it was stored with. */
  seqs: number[];
  duplicates: boolean[];
}

/**
 * The log every node of a cluster shares: one ordered, durable stream of records. Writes of
 * outputs are fenced by the lease, so only the node that plays the scenario can make them.
 */
export interface SharedLog {
  /** Whether the connections to it are up now. */
  readonly connected: boolean;
  /** Records after the record id `after` ("0" for all), oldest first, waiting up to `blockMs` (0: not at all). */
  read(after: string, blockMs: number): Promise<LogRecord[]>;
  /** How many records the log holds after `after`: how far a node's fold is behind. */
  behind(after: string): Promise<number>;
  appendOutput(lease: Lease, entry: LogEntry): Promise<void>;
  appendLive(events: readonly LiveEvent[], wall: number): Promise<InputReceipt>;
  appendCommand(command: Command): Promise<void>;
  /** Takes the lease where nobody holds it; it lasts `ttlMs` unless renewed. */
  acquire(node: string, ttlMs: number): Promise<Lease | null>;
  renew(lease: Lease, ttlMs: number): Promise<boolean>;
  release(lease: Lease): Promise<void>;
  /** The cluster's run: its id, and the plan it plays (nodes of another plan are refused). */
  join(planDigest: string, runId: string): Promise<{ runId: string; planDigest: string }>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
