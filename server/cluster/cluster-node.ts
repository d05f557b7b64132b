import { isVolatile } from '../../core/events';
import type { CorridorIo } from '../app';
import type { Corridor } from '../corridor';
import { runCommand } from '../realtime/commands';
import type { Frames } from '../realtime/frames';
import type { ViewerStream } from '../realtime/viewer-stream';
import type { ScenarioPlayer } from '../sources/scenario-player';
import type { SqliteEventStore } from '../store/sqlite-event-store';
import { isAfter } from './record-ids';
import type { Lease, LogRecord, SharedLog } from './shared-log';

export interface ClusterNodeOptions {
  node: string;
  /** How long the lease of the playing node lasts unrenewed: how soon another takes over. */
  leaseMs: number;
  /** How often the playing node renews it, and the others try to take it. */
  renewMs: number;
  /** How long one read of the log waits for a record: a node that hears nothing longer is not current. */
  readBlockMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One node of a cluster on a shared log. Every node folds the log in its order, so all hold the
 * same state and numbers; the node holding the lease plays the scenario: it carries out the
 * presenter's commands and the feeds' batches that any node recorded, appends what they change
 * (fenced by the lease), and sends its positions frames to the others. When it stops renewing,
 * another node takes the lease and goes on from the state it folded.
 */
export class ClusterNode {
  /** The term of the playing node, as the log last said. */
  term = 0;
  lease: Lease | undefined;
  /** The last record folded. */
  last = '0';
  caughtUp = false;
  redisUp = false;
  private lastReadAt = 0;
  private ledSince = '0';
  private renewedAt = 0;
  player: ScenarioPlayer | undefined;
  private rebuild = false;
  private closed = false;
  private busy = false;
  private leaseTimer: NodeJS.Timeout | undefined;
  private readonly waiters: { id: string; done: () => void }[] = [];

  constructor(
    private readonly corridor: Corridor,
    private readonly index: SqliteEventStore,
    io: CorridorIo,
    private readonly log: SharedLog,
    frames: Frames,
    private readonly makePlayer: () => ScenarioPlayer,
    private readonly options: ClusterNodeOptions,
  ) {
    corridor.onEntry((entry) => {
      const lease = this.lease;
      if (!lease || !this.player) return;
      if (isVolatile(entry.event))
        io.serverSideEmit('corridor:frame', { term: lease.term, frame: frames.of(entry, entry.event) });
      else
        this.log.appendOutput(lease, entry).catch((error) => this.demote(`append refused: ${error.message}`));
    });
    io.on('corridor:frame', ({ term, frame }) => {
      if (this.lease || term !== this.term || this.rebuild) return;
      const entry = frames.entryOf(frame, Date.now());
      if (entry) corridor.receive(entry);
    });
  }

  get leading(): boolean {
    return this.player !== undefined;
  }

  /** Current: its log reachable and read lately, so what its screens see is not stale. */
  get current(): boolean {
    return (
      this.caughtUp && this.redisUp && Date.now() - this.lastReadAt < 2 * this.options.readBlockMs + 1000
    );
  }

  /** Folds the whole log before serving, then follows it and competes for the lease. */
  async start(): Promise<void> {
    await this.catchUp();
    this.caughtUp = true;
    void this.follow();
    this.leaseTimer = setInterval(() => void this.contend(), this.options.renewMs);
    await this.contend();
  }

  /** Resolves once this node has folded the record `id` (or after `timeoutMs`). */
  folded(id: string, timeoutMs: number): Promise<void> {
    if (!id || !isAfter(id, this.last)) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push({
        id,
        done: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.leaseTimer);
    this.player?.stop();
    if (this.lease) await this.log.release(this.lease).catch(() => undefined);
  }

  private async catchUp(): Promise<void> {
    this.corridor.quiet = true;
    try {
      for (
        let records = await this.log.read(this.last, 0);
        records.length;
        records = await this.log.read(this.last, 0)
      )
        for (const record of records) this.handle(record);
      this.redisUp = true;
      this.lastReadAt = Date.now();
    } finally {
      this.corridor.quiet = false;
    }
  }

  private async follow(): Promise<void> {
    while (!this.closed) {
      try {
        if (this.rebuild) await this.foldAgain();
        // A read waiting on a live connection is as current as one that just returned.
        if (this.log.connected) {
          this.redisUp = true;
          this.lastReadAt = Date.now();
        }
        const records = await this.log.read(this.last, this.options.readBlockMs);
        this.lastReadAt = Date.now();
        for (const record of records) this.handle(record);
        for (let i = this.waiters.length - 1; i >= 0; i--) {
          const waiter = this.waiters[i] as (typeof this.waiters)[number];
          if (!isAfter(waiter.id, this.last)) {
            waiter.done();
            this.waiters.splice(i, 1);
          }
        }
      } catch {
        this.redisUp = false;
        await sleep(250);
      }
    }
  }

  private handle(record: LogRecord): void {
    this.last = record.id;
    if (record.kind === 'term') {
      this.term = record.term;
      if (this.lease && record.term > this.lease.term) this.demote(`${record.node} took over`);
      if (this.lease && record.term === this.lease.term) this.ledSince = record.id;
    } else if (record.kind === 'output') {
      if (!this.leading) this.corridor.receive(record.entry);
    } else if (record.kind === 'live') {
      this.index.commit(record.events, record.wall);
      this.player?.applyLive(record.events);
    } else if (this.player && isAfter(record.id, this.ledSince)) {
      try {
        runCommand(this.player, this.corridor, record.command);
      } catch (error) {
        console.warn(`command ${record.command.name} refused: ${(error as Error).message}`);
      }
    }
  }

  /** The playing node renews its lease; the others try to take it once they are current. */
  private async contend(): Promise<void> {
    if (this.busy || this.closed) return;
    this.busy = true;
    try {
      if (this.lease) {
        // Redis out of reach for a moment is not a lost lease: go on while it would still hold.
        const renewed = await this.log.renew(this.lease, this.options.leaseMs).catch(() => null);
        if (renewed) this.renewedAt = Date.now();
        else if (renewed === false) this.demote('another node holds the lease');
        else if (Date.now() - this.renewedAt > this.options.leaseMs)
          this.demote('the lease could not be renewed');
      } else if (this.current && !this.rebuild) {
        const lease = await this.log.acquire(this.options.node, this.options.leaseMs).catch(() => null);
        if (lease) await this.promote(lease);
      }
    } finally {
      this.busy = false;
    }
  }

  private async promote(lease: Lease): Promise<void> {
    this.lease = lease;
    // Everything before the term's record is folded first: the new term goes on from there.
    while (this.term < lease.term && this.lease === lease) await sleep(10);
    if (this.lease !== lease) return;
    this.renewedAt = Date.now();
    this.corridor.continueNumbering();
    const player = this.makePlayer();
    this.player = player;
    player.start();
    console.log(`${this.options.node} plays the scenario (term ${lease.term})`);
  }

  private demote(reason: string): void {
    if (!this.lease) return;
    console.warn(`${this.options.node} stops playing (term ${this.lease.term}): ${reason}`);
    this.player?.stop();
    this.player = undefined;
    this.lease = undefined;
    // What it appended after the lease was lost never reached the log: fold the log again.
    this.rebuild = true;
  }

  private async foldAgain(): Promise<void> {
    const until = this.last;
    this.corridor.quiet = true;
    this.corridor.reset();
    try {
      let after = '0';
      while (isAfter(until, after)) {
        const records = await this.log.read(after, 0);
        if (!records.length) break;
        for (const record of records) {
          if (isAfter(record.id, until)) break;
          after = record.id;
          if (record.kind === 'output') this.corridor.receive(record.entry);
        }
      }
    } finally {
      this.corridor.quiet = false;
    }
    this.rebuild = false;
    this.stream?.resendSnapshots();
  }

  /** The screens of this node, told again after a fold from the start. */
  stream: ViewerStream | undefined;
}
