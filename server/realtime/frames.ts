import type { FixesEvent, LogEntry } from '../../core/events';
import { encodePositions, type PositionsFrame, readPositions } from '../../core/protocol';
import type { Plan } from '../../core/scenario';
import type { Corridor } from '../corridor';

type FixesEntry = LogEntry & { event: FixesEvent };

/**
 * Positions frames, encoded once per tick whoever asks: this node's screens, and in a cluster the
 * other nodes. Frames address legs by their index in the plan, which live feeds can change.
 */
export class Frames {
  private readonly encoded = new WeakMap<LogEntry, PositionsFrame>();
  private indexed: Plan | undefined;
  private legIndex = new Map<string, number>();
  private readonly scratch = { bytes: new Uint8Array(0) };

  constructor(private readonly corridor: Corridor) {}

  /** The frame of an entry of position fixes (`event` is the entry's, narrowed). */
  of(entry: LogEntry, event: FixesEvent): PositionsFrame {
    let frame = this.encoded.get(entry);
    if (!frame) {
      frame = encodePositions(entry.seq, event, this.index());
      this.encoded.set(entry, frame);
    }
    return frame;
  }

  /** A frame from the node that plays the scenario, as the entry it was made from; null if unreadable. */
  entryOf(frame: PositionsFrame, wall: number): FixesEntry | null {
    const legs = this.corridor.plan.legs;
    const fixes: FixesEvent['fixes'] = [];
    const ok = readPositions(
      frame,
      (index, progress) => {
        const leg = legs[index];
        if (leg) fixes.push({ vehicle: leg.id, time: frame.t, progress });
      },
      this.scratch,
    );
    if (!ok || !Number.isInteger(frame.seq)) return null;
    const entry: FixesEntry = { seq: frame.seq, wall, event: { type: 'fixes', time: frame.t, fixes } };
    this.encoded.set(entry, frame);
    return entry;
  }

  private index(): ReadonlyMap<string, number> {
    if (this.indexed !== this.corridor.plan) {
      this.indexed = this.corridor.plan;
      this.legIndex = new Map(this.indexed.legs.map((leg, i) => [leg.id, i]));
    }
    return this.legIndex;
  }
}
