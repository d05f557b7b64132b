import { randomUUID } from 'node:crypto';
import type { ClockState } from '../core/clock';
import type { CorridorEvent, LogEntry } from '../core/events';
import { computeKpis } from '../core/kpis';
import type { Snapshot } from '../core/protocol';
import type { Plan } from '../core/scenario';
import { applyEntry, type CorridorState, createState } from '../core/state';
import type { EventStore } from './store/event-store';

export type EntryListener = (entry: LogEntry, previousUpdateSeq: number) => void;

/**
 * The server's truth: every change is appended to the log first, then folded into the state,
 * then handed to listeners (fan-out) in sequence order. In a cluster, the node that plays the
 * scenario appends; the others `receive` what it appended, in the same order, from the shared log.
 */
export class Corridor {
  /** Names the run: sequence numbers start again when it changes. A cluster shares one. */
  runId: string = randomUUID();
  state: CorridorState;
  /** While a node folds the log from its start, its screens are told nothing; they get a snapshot after. */
  quiet = false;
  private readonly listeners = new Set<EntryListener>();
  private planChanges = 0;
  private readonly initial: { plan: Plan; clock: ClockState };

  constructor(
    plan: Plan,
    private readonly store: EventStore,
    clock: ClockState,
    readonly tickMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.initial = { plan, clock };
    this.state = createState(plan, clock);
  }

  /** The plan as it stands: live feeds add and change shipments. */
  get plan(): Plan {
    return this.state.plan;
  }

  append(event: CorridorEvent): LogEntry {
    const entry = this.store.append(event, this.now());
    this.receive(entry);
    return entry;
  }

  /** Folds an entry appended here, or by the cluster's playing node, and hands it on. */
  receive(entry: LogEntry): void {
    const previousUpdateSeq = this.state.updateSeq;
    const result = applyEntry(this.state, entry);
    if (entry.event.type === 'shipment') this.planChanges++;
    if (!result.ok)
      console.warn(`event ${entry.seq} (${entry.event.type}) refused by the state: ${result.reason}`);
    if (!this.quiet) for (const listener of this.listeners) listener(entry, previousUpdateSeq);
  }

  /**
   * Back to the state the node started with, to fold the shared log again from its start: what a
   * node that lost the lease does, since what it appended after losing it never reached the log.
   */
  reset(): void {
    this.state = createState(this.initial.plan, this.initial.clock);
    this.planChanges = 0;
    this.store.continueFrom(0);
  }

  /** Appends numbered after what is folded: a node that takes over playing goes on from there. */
  continueNumbering(): void {
    this.store.continueFrom(this.state.seq);
  }

  onEntry(listener: EntryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Names the plan: the run and how many times feeds changed it; safe in a URL. */
  get planVersion(): string {
    return `${this.runId}.${this.planChanges}`;
  }

  /**
   * The state now. Screens get it without the plan, which they fetch once per version over
   * HTTP (`/api/v1/plan/:version`, cacheable); the HTTP snapshot includes it.
   */
  snapshot(withPlan = false): Snapshot {
    const { state } = this;
    return {
      runId: this.runId,
      seq: state.seq,
      updateSeq: state.updateSeq,
      serverTime: this.now(),
      tickMs: this.tickMs,
      plan: withPlan ? state.plan : null,
      planVersion: this.planVersion,
      statuses: state.statuses,
      vehicles: Object.entries(state.tracks).map(([id, fixes]) => ({ id, fixes })),
      clock: state.clock,
      presenter: state.presenter,
      kpis: computeKpis(state.plan, state.statuses),
    };
  }
}
