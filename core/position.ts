/** A reported position: how far along its leg's path a vehicle was at a scenario time. */
export interface Fix {
  time: number;
  /** Fraction of the leg's path length, 0 at departure, 1 at arrival. */
  progress: number;
}

export interface Schedule {
  depart: number;
  arrive: number;
}

export type Phase = 'waiting' | 'moving' | 'arrived';

export interface Position {
  progress: number;
  phase: Phase;
  /** True where no fix is recent enough: the position comes from the schedule or a long extrapolation. */
  estimated: boolean;
}

/** Fixes kept per vehicle: enough to interpolate, bounded so a screen left on for weeks stays small. */
export const TRACK_LENGTH = 8;

export type FixVerdict = 'accepted' | 'duplicate' | 'backwards' | 'invalid';

/**
 * Adds a fix to a track kept in time order with progress never decreasing. A fix that arrives
 * out of order is kept only where it agrees with its neighbours, so it can never move a vehicle back.
 */
export function addFix(track: Fix[], fix: Fix): FixVerdict {
  if (!Number.isFinite(fix.time) || !Number.isFinite(fix.progress) || fix.progress < 0 || fix.progress > 1) {
    return 'invalid';
  }
  const last = track[track.length - 1];
  // The usual case, a newer fix further along, is a push: a server moving thousands of vehicles a tick.
  if (!last || (fix.time > last.time && fix.progress >= last.progress)) {
    // A full track reuses its oldest fix: tracks own their fixes (see the rebase fold), and a
    // server folding thousands of fixes a tick should not make as many objects for the collector.
    const reused = track.length >= TRACK_LENGTH ? (track.shift() as Fix) : { time: 0, progress: 0 };
    reused.time = fix.time;
    reused.progress = fix.progress;
    track.push(reused);
    return 'accepted';
  }
  let index = track.length;
  while (index > 0 && (track[index - 1] as Fix).time > fix.time) index--;
  const before = track[index - 1];
  const after = track[index];
  if (before && before.time === fix.time) return before.progress === fix.progress ? 'duplicate' : 'backwards';
  if ((before && fix.progress < before.progress) || (after && fix.progress > after.progress))
    return 'backwards';
  track.splice(index, 0, { time: fix.time, progress: fix.progress });
  if (track.length > TRACK_LENGTH) track.splice(0, track.length - TRACK_LENGTH);
  return 'accepted';
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function phaseOf(progress: number, t: number, schedule: Schedule): Phase {
  if (progress >= 1) return 'arrived';
  return progress <= 0 && t < schedule.depart ? 'waiting' : 'moving';
}

/**
 * Where a vehicle is at scenario time t: between two fixes it moves linearly in time; after the
 * last fix it goes on at the speed that reaches the destination on schedule, and past
 * `estimateAfter` ms without a fix it is marked estimated. Without fixes it follows the schedule.
 */
export function positionAt(
  schedule: Schedule,
  track: readonly Fix[],
  t: number,
  estimateAfter: number,
  /** Filled and returned instead of a new object: a screen moves thousands of vehicles a frame. */
  out: Position = { progress: 0, phase: 'waiting', estimated: true },
): Position {
  const duration = Math.max(1, schedule.arrive - schedule.depart);
  const scheduled = clamp01((t - schedule.depart) / duration);
  const first = track[0];
  const last = track[track.length - 1];
  let progress: number;
  let estimated = true;
  if (!first || !last) progress = scheduled;
  else if (t < first.time) progress = Math.min(first.progress, scheduled);
  else if (t >= last.time) {
    progress = clamp01(last.progress + speedAfter(track, schedule) * (t - last.time));
    estimated = t - last.time > estimateAfter;
  } else {
    let i = track.length - 1;
    while (i > 0 && (track[i - 1] as Fix).time > t) i--;
    const a = track[i - 1] as Fix;
    const b = track[i] as Fix;
    progress = a.progress + ((b.progress - a.progress) * (t - a.time)) / (b.time - a.time);
    estimated = false;
  }
  out.progress = progress;
  out.phase = phaseOf(progress, t, schedule);
  out.estimated = estimated;
  return out;
}

/** Progress per ms after the last fix: what reaches the scheduled arrival, else the last observed speed. */
export function speedAfter(track: readonly Fix[], schedule: Schedule): number {
  const last = track[track.length - 1] as Fix;
  if (last.progress >= 1) return 0;
  if (schedule.arrive > last.time) return (1 - last.progress) / (schedule.arrive - last.time);
  const previous = track[track.length - 2];
  if (!previous || last.time === previous.time) return 0;
  return Math.max(0, (last.progress - previous.progress) / (last.time - previous.time));
}
