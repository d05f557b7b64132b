import type { CorridorEvent, LogEntry } from '../../core/events';

/**
 * The event log: append-only, every entry numbered. One small interface so that a durable
 * implementation (SQLite, Redis) is a file beside this one, not a rewrite.
 */
export interface EventStore {
  append(event: CorridorEvent, wall: number): LogEntry;
  /** Entries after `seq` in order, or null where some of them are no longer kept. */
  since(seq: number): LogEntry[] | null;
  readonly head: number;
  close(): void;
}

/**
 * Keeps the newest entries in memory, at most `capacity` of them and at most `maxFixes` position
 * fixes in all: a server moving 10,000 vehicles a tick for weeks stays bounded too.
 */
export class MemoryEventStore implements EventStore {
  private readonly entries: LogEntry[] = [];
  private seq = 0;
  private fixes = 0;

  constructor(
    private readonly capacity = 10_000,
    private readonly maxFixes = 200_000,
  ) {}

  get head(): number {
    return this.seq;
  }

  append(event: CorridorEvent, wall: number): LogEntry {
    const entry: LogEntry = { seq: ++this.seq, wall, event };
    this.entries.push(entry);
    this.fixes += fixCount(entry);
    while (this.entries.length > this.capacity || (this.fixes > this.maxFixes && this.entries.length > 1)) {
      this.fixes -= fixCount(this.entries.shift() as LogEntry);
    }
    return entry;
  }

  since(seq: number): LogEntry[] | null {
    const oldest = this.entries[0];
    if (seq >= this.seq) return [];
    if (!oldest || oldest.seq > seq + 1) return null;
    return this.entries.slice(seq + 1 - oldest.seq);
  }

  close(): void {
    this.entries.length = 0;
  }
}

const fixCount = (entry: LogEntry) => (entry.event.type === 'fixes' ? entry.event.fixes.length : 0);
