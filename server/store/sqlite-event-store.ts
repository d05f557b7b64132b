import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { CorridorEvent, LogEntry } from '../../core/events';
import type { StoredFix } from '../../core/ingest/context';
import type { LiveEvent, LiveFix, LiveShipment, LiveStatus } from '../../core/ingest/live-event';
import type { EventStore } from './event-store';
import { entryOf, fixOf, KIND, type LogRow, shipmentOf, statusOf, toRow } from './log-rows';

const FORMAT = 1;
const SCHEMA = `
CREATE TABLE IF NOT EXISTS log (
  seq INTEGER PRIMARY KEY,
  id TEXT UNIQUE,
  batch INTEGER NOT NULL,
  wall INTEGER NOT NULL,
  kind INTEGER NOT NULL,
  subject TEXT NOT NULL,
  time INTEGER NOT NULL,
  progress REAL,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS log_subject ON log (kind, subject, time);
CREATE INDEX IF NOT EXISTS log_time ON log (kind, time);`;

export interface Committed {
  batch: number;
  /** seq of each event, in the order given. */
  seqs: number[];
}

/**
 * The durable event log: one SQLite file in the data folder, in WAL mode with a full sync on
 * every commit, so a batch is on disk before it is acknowledged. The server holds the file
 * exclusively: a second server on the same folder is refused rather than interleaving writes.
 */
export class SqliteEventStore implements EventStore {
  readonly db: Database.Database;
  private seq: number;
  private batch: number;
  private readonly insert: Database.Statement;
  private readonly byId: Database.Statement<[string], { seq: number }>;
  private readonly prepared = new Map<string, Database.Statement>();

  /** Opens `corridor.db` in the folder, creating both; null keeps the log in memory only. */
  static open(dataDir: string | null): SqliteEventStore {
    if (dataDir === null) return new SqliteEventStore(':memory:');
    mkdirSync(dataDir, { recursive: true });
    return new SqliteEventStore(join(dataDir, 'corridor.db'));
  }

  constructor(readonly file: string) {
    this.db = new Database(file, { timeout: 200 });
    try {
      this.db.pragma('locking_mode = EXCLUSIVE');
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.db
        .transaction(() => {
          const format = this.db.pragma('user_version', { simple: true }) as number;
          if (format !== 0 && format !== FORMAT)
            throw new Error(
              `${file} holds an event log of format ${format}; this server reads format ${FORMAT}`,
            );
          this.db.exec(SCHEMA);
          this.db.pragma(`user_version = ${FORMAT}`);
        })
        .immediate();
    } catch (error) {
      this.db.close();
      const busy = (error as { code?: string }).code === 'SQLITE_BUSY';
      throw busy ? new Error(`${file} is in use by another Corridor server`) : error;
    }
    const head = this.db.prepare('SELECT max(seq) AS seq, max(batch) AS batch FROM log').get() as {
      seq: number | null;
      batch: number | null;
    };
    this.seq = head.seq ?? 0;
    this.batch = head.batch ?? 0;
    this.insert = this.db.prepare(
      `INSERT INTO log (id, batch, wall, kind, subject, time, progress, body)
       VALUES (@id, @batch, @wall, @kind, @subject, @time, @progress, @body) ON CONFLICT (id) DO NOTHING`,
    );
    this.byId = this.db.prepare('SELECT seq FROM log WHERE id = ?');
  }

  get head(): number {
    return this.seq;
  }

  /** The feeds' log numbers its own events: another node's numbering does not continue here. */
  continueFrom(): void {}

  append(event: CorridorEvent, wall: number): LogEntry {
    const row = { id: null, batch: ++this.batch, wall, kind: KIND.other, subject: '', time: wall };
    const result = this.insert.run({ ...row, progress: null, body: JSON.stringify(event) });
    this.seq = Number(result.lastInsertRowid);
    return { seq: this.seq, wall, event };
  }

  /**
   * Appends a batch in one transaction: all of it is durable when this returns, or none of it
   * is. An id already in the log is skipped (seq 0): the caller checked, so this is a race lost.
   */
  commit(events: readonly LiveEvent[], wall: number): Committed {
    const batch = this.batch + 1;
    const seqs = this.db.transaction(() =>
      events.map((event) => {
        const result = this.insert.run(toRow(event, batch, wall));
        return result.changes ? Number(result.lastInsertRowid) : 0;
      }),
    )();
    this.batch = batch;
    for (const seq of seqs) if (seq > this.seq) this.seq = seq;
    return { batch, seqs };
  }

  /** The seq of the event stored under this id, if any. */
  seqOf(id: string): number | undefined {
    return this.byId.get(id)?.seq;
  }

  private query(sql: string): Database.Statement {
    let statement = this.prepared.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.prepared.set(sql, statement);
    }
    return statement;
  }

  /** Every entry after seq as a screen would receive it; statuses that change nothing are left out. */
  since(seq: number): LogEntry[] | null {
    const rows = this.query('SELECT * FROM log WHERE seq > ? ORDER BY seq').all(seq) as LogRow[];
    return rows.flatMap((row) => entryOf(row) ?? []);
  }

  statuses(): IterableIterator<LiveStatus> {
    return this.rows(KIND.status, statusOf);
  }

  shipments(): IterableIterator<LiveShipment> {
    return this.rows(KIND.shipment, shipmentOf);
  }

  private *rows<T>(kind: number, convert: (row: LogRow) => T): IterableIterator<T> {
    const statement = this.query('SELECT * FROM log WHERE kind = ? ORDER BY seq');
    for (const row of statement.iterate(kind) as IterableIterator<LogRow>) yield convert(row);
  }

  /** Vehicles with at least one fix in the log. */
  fixVehicles(): string[] {
    const rows = this.query('SELECT DISTINCT subject FROM log WHERE kind = ?').all(KIND.fix);
    return (rows as { subject: string }[]).map((r) => r.subject);
  }

  /** Fixes with after < time ≤ upTo, in time order then log order. */
  fixesBetween(after: number, upTo: number): LiveFix[] {
    const statement = this.query(
      'SELECT * FROM log WHERE kind = ? AND time > ? AND time <= ? ORDER BY time, seq',
    );
    return (statement.all(KIND.fix, after, upTo) as LogRow[]).map(fixOf);
  }

  /** A vehicle's fixes nearest to a time: the last at or before it and the first after it. */
  fixesAround(vehicle: string, time: number, before = 1): { before: LiveFix[]; after: LiveFix | undefined } {
    const older = this.query(
      'SELECT * FROM log WHERE kind = ? AND subject = ? AND time <= ? ORDER BY time DESC, seq DESC LIMIT ?',
    );
    const newer = this.query(
      'SELECT * FROM log WHERE kind = ? AND subject = ? AND time > ? ORDER BY time, seq LIMIT 1',
    );
    const rows = older.all(KIND.fix, vehicle, time, before) as LogRow[];
    const next = newer.get(KIND.fix, vehicle, time) as LogRow | undefined;
    return { before: rows.reverse().map(fixOf), after: next && fixOf(next) };
  }

  /** Only the time and progress of a vehicle's fixes next to a time: what the ingest checks need, fast. */
  fixNeighbours(
    vehicle: string,
    time: number,
  ): { before: StoredFix | undefined; after: StoredFix | undefined } {
    const before = this.query(
      'SELECT time, progress FROM log WHERE kind = ? AND subject = ? AND time <= ? ORDER BY time DESC, seq DESC LIMIT 1',
    ).get(KIND.fix, vehicle, time) as StoredFix | undefined;
    const after = this.query(
      'SELECT time, progress FROM log WHERE kind = ? AND subject = ? AND time > ? ORDER BY time, seq LIMIT 1',
    ).get(KIND.fix, vehicle, time) as StoredFix | undefined;
    return { before, after };
  }

  /** Bytes of the database's pages: the file's size once the write-ahead log is checkpointed. */
  sizeBytes(): number {
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const size = this.db.pragma('page_size', { simple: true }) as number;
    return pages * size;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
