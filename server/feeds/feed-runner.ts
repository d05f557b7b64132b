import type { Plan } from '../../core/scenario/plan';
import type { Ingest } from '../ingest/ingest-service';
import type { Logger } from '../logger';
import type { PolledFeed } from './feed-config';
import type { FeedSource } from './feed-source';
import { readPositions } from './formats';
import { dropReason, submitFixes } from './submit-fixes';

/** What /healthz and the screens are told of a feed. */
export interface FeedHealth {
  name: string;
  format: string;
  /** `live`: read within two poll intervals; `delayed`: not, or not readable. */
  state: 'starting' | 'live' | 'delayed';
  everyMs: number;
  polls: number;
  /** Server ms of the last poll that read well; null before the first. */
  lastReadAt: number | null;
  lastError: string | null;
  accepted: number;
  duplicates: number;
  unmatched: number;
  skipped: number;
  dropped: Record<string, number>;
  /** The vehicles it drove in the last half hour: those a delayed feed leaves without news. */
  vehicles: string[];
}

const DRIVES_FOR_MS = 30 * 60_000;

export interface FeedRunnerParts {
  plan: () => Plan;
  ingest: Ingest;
  log: Pick<Logger, 'warn' | 'info'>;
  now?: () => number;
}

/** Polls one feed, one poll at a time, and stores what it brings through the ingest checks. */
export class FeedRunner {
  /** What it has done; its state and the vehicles it drives are worked out when asked. */
  private readonly health: Omit<FeedHealth, 'state' | 'vehicles'>;
  private readonly driven = new Map<string, number>();
  /** Positions refused once: a receiver serving one again is not refused (nor counted) again. */
  private readonly refused = new Set<string>();
  private readonly startedAt: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private readonly now: () => number;

  constructor(
    private readonly feed: PolledFeed,
    private readonly source: FeedSource,
    private readonly parts: FeedRunnerParts,
  ) {
    this.now = parts.now ?? Date.now;
    this.startedAt = this.now();
    this.health = {
      name: feed.name,
      format: feed.format,
      everyMs: feed.everyMs,
      polls: 0,
      lastReadAt: null,
      lastError: null,
      accepted: 0,
      duplicates: 0,
      unmatched: 0,
      skipped: 0,
      dropped: {},
    };
  }

  start(): void {
    const loop = async () => {
      const began = this.now();
      await this.poll();
      if (!this.stopped) this.timer = setTimeout(loop, Math.max(0, this.feed.everyMs - (this.now() - began)));
    };
    void loop();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Now: silent for more than two poll intervals is delayed. */
  status(): FeedHealth {
    const now = this.now();
    const since = this.health.lastReadAt ?? this.startedAt;
    const state =
      now - since > 2 * this.feed.everyMs ? 'delayed' : this.health.lastReadAt === null ? 'starting' : 'live';
    for (const [vehicle, at] of this.driven) if (now - at > DRIVES_FOR_MS) this.driven.delete(vehicle);
    return { ...this.health, dropped: { ...this.health.dropped }, state, vehicles: [...this.driven.keys()] };
  }

  async poll(): Promise<void> {
    const h = this.health;
    h.polls++;
    try {
      const text = await this.source.read();
      const read = readPositions(this.feed.format, text, {
        feed: this.feed.name,
        plan: this.parts.plan(),
        now: this.now(),
        maxAgeSeconds: this.feed.maxAgeSeconds,
        ...(this.feed.mapping && { mapping: this.feed.mapping }),
      });
      if (!read.ok) throw new Error(`unreadable: ${read.errors.slice(0, 3).join('; ')}`);
      const fresh = read.fixes.filter((fix) => !this.refused.has(fix.id));
      const submitted = await submitFixes(this.parts.ingest, fresh);
      h.accepted += submitted.accepted;
      h.duplicates += submitted.duplicates;
      h.unmatched += read.unmatched;
      h.skipped += read.skipped.length;
      if (this.refused.size > 10_000) this.refused.clear();
      for (const { id, vehicle, reason } of submitted.dropped) {
        this.refused.add(id);
        const key = dropReason(reason);
        h.dropped[key] = (h.dropped[key] ?? 0) + 1;
        this.parts.log.warn({ feed: this.feed.name, vehicle, reason }, 'feed fix dropped');
      }
      const at = this.now();
      for (const fix of read.fixes) if (!this.refused.has(fix.id)) this.driven.set(fix.vehicle, at);
      h.lastReadAt = at;
      h.lastError = null;
    } catch (error) {
      const message = (error as Error).message;
      if (h.lastError !== message)
        this.parts.log.warn({ feed: this.feed.name, error: message }, 'feed poll failed');
      h.lastError = message;
    }
  }
}
