import type { CorridorEvent, LogEntry } from '../../core/events';

/**
 * The event log: append-only, every entry numbered. One small interface so that a durable
 * implementation (SQLite, Redis) is a file beside this one, not a rewrite.
 */
export interface EventStore {
  append(event: CorridorEvent, wall: number): LogEntry;
  /**
   * Entries after `seq` in order, or null where some of them are no longer kept. A store may
   * leave out position fixes: the next tick's supersede them.
   */
  since(seq: number): LogEntry[] | null;
  readonly head: number;
  /** The next entry is numbered after `seq`: where another node's numbering stopped. */
  continueFrom(seq: number): void;
  close(): void;
}

/**
 * Keeps the newest `capacity` entries in memory: a server left on for weeks stays bounded.
 * Position fixes are numbered but not kept: the next tick supersedes them, and keeping thousands a
 * tick made the collector copy each one it survived (docs/performance.md).
 */
export class MemoryEventStore implements EventStore {
  private readonly entries: LogEntry[] = [];
  private seq = 0;
  /** Seq of the newest entry dropped for capacity. */
  private evicted = 0;

  constructor(private readonly capacity = 10_000) {}

  get head(): number {
    return this.seq;
  }

  append(event: CorridorEvent, wall: number): LogEntry {
    const entry: LogEntry = { seq: ++this.seq, wall, event };
    if (event.type === 'fixes') return entry;
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.evicted = (this.entries.shift() as LogEntry).seq;
    return entry;
  }

  continueFrom(seq: number): void {
    this.seq = seq;
    this.entries.length = 0;
    this.evicted = seq;
  }

  since(seq: number): LogEntry[] | null {
    if (seq < this.evicted) return null;
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.entries[mid] as LogEntry).seq <= seq) lo = mid + 1;
      else hi = mid;
    }
    return this.entries.slice(lo);
  }

  close(): void {
    this.entries.length = 0;
  }
}
