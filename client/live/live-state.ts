import { scenarioNow } from '../../core/clock';
import type { StatusEvent } from '../../core/events';
import { type MeasuredPath, measurePath } from '../../core/geo/polyline';
import { addFix, type Fix } from '../../core/position';
import { type PositionsFrame, readPositions, type Snapshot, type Update } from '../../core/protocol';
import type { Leg } from '../../core/scenario';
import { applyEntry, type CorridorState } from '../../core/state';

export interface LegView {
  leg: Leg;
  path: MeasuredPath;
  /** Scheduled minutes since the plan's start at each vertex, for the trails. */
  timestamps: number[];
  arrivedBy: (minutes: number) => boolean;
}

export const minutesSince = (epoch: number, t: number) => (t - epoch) / 60_000;

function legView(leg: Leg, epoch: number): LegView {
  const path = measurePath(leg.path);
  const depart = minutesSince(epoch, leg.depart);
  const span = minutesSince(epoch, leg.arrive) - depart;
  const arrive = depart + span;
  const timestamps = path.cumulative.map((d) => depart + (span * d) / (path.lengthKm || 1));
  return { leg, path, timestamps, arrivedBy: (minutes) => minutes >= arrive };
}

/**
 * The screen's copy of the server state: loaded from a snapshot, advanced by updates in
 * sequence order with the same fold as the server. A gap means: ask for a new snapshot.
 */
export interface LiveListener {
  /** A snapshot or a rebase replaced what is known. */
  reset(): void;
  status(event: StatusEvent): void;
  /** Play, pause, seek, rate or loop. */
  clock(): void;
}

export class LiveState {
  listener: LiveListener | undefined;
  state: CorridorState | undefined;
  runId = '';
  tickMs = 1000;
  legs: LegView[] = [];
  /** Bumped whenever the plan is replaced, so layers rebuild their data only then. */
  planLoads = 0;
  /** Bumped on every snapshot and every applied update (statuses, clock, rebase, shipment). */
  version = 0;
  private legIds: string[] = [];
  /** Each leg's track by index, as frames address them; rebuilt after any update or snapshot. */
  private trackAt: (Fix[] | undefined)[] = [];
  private trackAtVersion = -1;
  private readonly frameBytes = { bytes: new Uint8Array(0) };
  /** Main-thread ms spent applying positions frames, summed, and how many: for npm run bench. */
  positionsApplyMs = 0;
  positionsApplied = 0;

  /** The version of the plan this screen holds: sent on reconnect so the server can leave it out. */
  planVersion = '';

  /** Loads a snapshot; false where it left out a plan this screen does not have (ask for a full one). */
  load(snapshot: Snapshot): boolean {
    const current = this.state?.plan;
    // A restarted server sends its plan again: where it is the same, the screen keeps what it drew.
    const kept =
      snapshot.plan === null
        ? snapshot.planVersion === this.planVersion
          ? current
          : undefined
        : current && JSON.stringify(current) === JSON.stringify(snapshot.plan)
          ? current
          : undefined;
    const plan = snapshot.plan ?? kept;
    if (!plan) return false;
    this.planVersion = snapshot.planVersion;
    this.state = {
      plan,
      statuses: snapshot.statuses,
      tracks: Object.fromEntries(snapshot.vehicles.map((v) => [v.id, v.fixes])),
      clock: snapshot.clock,
      presenter: snapshot.presenter,
      seq: snapshot.seq,
      updateSeq: snapshot.updateSeq,
    };
    this.runId = snapshot.runId;
    this.tickMs = snapshot.tickMs;
    if (!kept) {
      this.legIds = plan.legs.map((leg) => leg.id);
      this.legs = plan.legs.map((leg) => legView(leg, plan.start));
      this.planLoads++;
    }
    this.version++;
    this.listener?.reset();
    return true;
  }

  /** Applies an update; false when it does not follow the last one (a gap): the caller resyncs. */
  applyUpdate(update: Update): boolean {
    const state = this.state;
    if (!state || update.prev !== state.updateSeq) return false;
    const result = applyEntry(state, { seq: update.seq, wall: 0, event: update.event });
    // A live feed's shipment changes the plan: frames address legs by their index in it.
    if (update.event.type === 'shipment') {
      // The server names the changed plan differently: after a reconnect, ask for it whole.
      this.planVersion = '';
      this.legIds = state.plan.legs.map((leg) => leg.id);
      this.legs = state.plan.legs.map((leg) => legView(leg, state.plan.start));
      this.planLoads++;
    }
    this.version++;
    if (update.event.type === 'rebase') this.listener?.reset();
    else if (update.event.type === 'clock') this.listener?.clock();
    else if (update.event.type === 'status' && result.ok) this.listener?.status(update.event);
    return true;
  }

  /**
   * The fold of a fixes event (core/state), read straight from the frame into the tracks by leg
   * index: no object per vehicle, so 10,000 vehicles a tick cost the screen little.
   */
  applyPositions(frame: PositionsFrame): void {
    const state = this.state;
    if (!state || frame.seq <= state.seq) return;
    const start = performance.now();
    if (this.trackAtVersion !== this.version) {
      this.trackAtVersion = this.version;
      this.trackAt = this.legIds.map((id) => state.tracks[id]);
    }
    const fix = { time: frame.t, progress: 0 };
    const ok = readPositions(
      frame,
      (index, progress) => {
        const track = this.trackAt[index];
        if (!track) return;
        fix.progress = progress;
        addFix(track, fix);
      },
      this.frameBytes,
    );
    if (ok) state.seq = frame.seq;
    this.positionsApplyMs += performance.now() - start;
    this.positionsApplied++;
  }

  scenarioTime(serverNow: number): number {
    return this.state ? scenarioNow(this.state.clock, serverNow) : Number.NaN;
  }

  /** Scenario ms without a fix after which a vehicle is drawn as estimated: three missed frames. */
  get estimateAfter(): number {
    return this.state ? 3 * this.tickMs * this.state.clock.rate : 0;
  }
}
