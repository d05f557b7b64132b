import { projectOnPath } from '../geo/project';
import type { Leg } from '../scenario/plan';
import { aheadProblem, type IngestContext, iso, legPath, planIndex, type StoredFix } from './context';
import { type Problem, problem } from './errors';
import type { LiveFix } from './live-event';
import type { FixInput } from './schema';

export type Resolution<T> = { ok: true; event: T; note?: string } | { ok: false; problems: Problem[] };

/** How far from its leg's drawn path a vehicle may be reported: air routes bend round airspace. */
export const OFF_PATH_KM: Readonly<Record<Leg['mode'], number>> = { air: 300, rail: 100, road: 100 };
/** Fastest believable ground speed between two fixes, plus a few km for GPS and projection error. */
export const MAX_KMH: Readonly<Record<Leg['mode'], number>> = { air: 1300, rail: 300, road: 200 };
const SLACK_KM = 5;

export type Around = (vehicle: string, time: number) => { before?: StoredFix; after?: StoredFix };

const km = (n: number) => Math.round(n).toLocaleString('en');

/** Checks a fix against its leg and the fixes around it, and places it along the leg's path. */
export function resolveFix(
  input: FixInput,
  id: string,
  ctx: IngestContext,
  around: Around,
): Resolution<LiveFix> {
  const leg = planIndex(ctx.plan).legs.get(input.vehicle);
  if (!leg)
    return { ok: false, problems: [problem(['vehicle'], `no vehicle "${input.vehicle}" in the plan`, 404)] };
  const problems: Problem[] = [];
  const ahead = aheadProblem(input.time, ctx.now);
  if (ahead) problems.push(problem(['time'], ahead));

  const path = legPath(leg);
  const projected = projectOnPath(path, [input.lon, input.lat]);
  if (projected.distanceKm > OFF_PATH_KM[leg.mode]) {
    problems.push(
      problem(
        [],
        `${input.lon}, ${input.lat} is ${km(projected.distanceKm)} km from the path of ${leg.id} ` +
          `(${leg.from} → ${leg.to}; at most ${OFF_PATH_KM[leg.mode]} km for ${leg.mode})`,
      ),
    );
  }
  const { before, after } = around(leg.id, input.time);
  for (const other of [before, after]) {
    if (!other || problems.length) continue;
    const hours = Math.abs(input.time - other.time) / 3_600_000;
    const distance = Math.abs(projected.progress - other.progress) * path.lengthKm;
    if (distance > MAX_KMH[leg.mode] * hours + SLACK_KM) {
      const speed = hours > 0 ? `${km(distance / hours)} km/h` : `${km(distance)} km at the same instant`;
      problems.push(
        problem(
          ['time'],
          `${speed} from the fix at ${iso(other.time)}: impossible for ${leg.mode} (at most ${MAX_KMH[leg.mode]} km/h)`,
        ),
      );
    }
  }
  if (problems.length) return { ok: false, problems };

  const event: LiveFix = {
    kind: 'fix',
    id,
    vehicle: leg.id,
    time: input.time,
    progress: projected.progress,
    lon: input.lon,
    lat: input.lat,
  };
  if (input.altitude !== undefined) event.altitude = input.altitude;
  if (input.heading !== undefined) event.heading = input.heading;
  if (input.speed !== undefined) event.speed = input.speed;
  if (after)
    return {
      ok: true,
      event,
      note: `older than the fix at ${iso(after.time)}: kept in the log, never moves the vehicle back`,
    };
  if (before && before.progress > projected.progress) {
    return {
      ok: true,
      event,
      note: `behind the fix at ${iso(before.time)}: kept in the log, never moves the vehicle back`,
    };
  }
  return { ok: true, event };
}
