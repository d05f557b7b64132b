import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusTimeline } from '../../core/live/status-timeline';
import { TRACK_LENGTH } from '../../core/position';
import { STATUS_CODES } from '../../core/status';
import { arbitraryBatch } from '../../test/helpers/arbitrary-events';
import { tempDataDir } from '../../test/helpers/ingest';
import { bundledPlan } from '../../test/helpers/ingest-context';
import { Corridor } from '../corridor';
import { withLiveShipments } from '../live-plan';
import { tracksAt } from '../sources/live-feed';
import { ScenarioPlayer } from '../sources/scenario-player';
import { MemoryEventStore } from '../store/event-store';
import { SqliteEventStore } from '../store/sqlite-event-store';
import { IngestService } from './ingest-service';

const plan = bundledPlan();
const WALL = Date.parse('2020-03-29T00:00:00Z');
const T = Date.parse('2020-03-16T12:00:00Z');
/** Few enough that a run sends several events about each, around T. */
const FOCUS = {
  vehicles: ['CN-HGH-LGG-0315', 'LGG-MAD-0316', 'LGG-BRU-0316', 'RAIL-YIW-DIT-0311'],
  shipments: ['S2-ES', 'S3-BE', 'S8-DE-RAIL'],
};

const stores: SqliteEventStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

/**
 * The server's pieces in one process, the log a real SQLite file, the scenario clock at T and
 * paused, or running from `from` at one scenario hour per wall second with a wall clock the test moves.
 */
function pieces(log = SqliteEventStore.open(tempDataDir()), from?: number) {
  stores.push(log);
  const wall = { now: WALL };
  const clock = { anchorScenario: from ?? T, anchorWall: WALL, rate: 3600, paused: from === undefined };
  const now = () => wall.now;
  const corridor = new Corridor(withLiveShipments(plan, log), new MemoryEventStore(), clock, 1000, now);
  const player = new ScenarioPlayer(corridor, { tickMs: 1000, loop: false, feed: log, now });
  player.start();
  player.stop();
  return { log, corridor, player, wall, service: new IngestService(corridor, log, player, now) };
}

/** What the screens show must be a state the model allows. */
function expectSound(corridor: Corridor) {
  const { plan, statuses, tracks } = corridor.state;
  const legs = new Set(plan.legs.map((l) => l.id));
  expect(Object.keys(statuses).sort()).toEqual(plan.shipments.map((s) => s.id).sort());
  for (const status of Object.values(statuses)) expect(STATUS_CODES).toContain(status.code);
  for (const shipment of plan.shipments) for (const leg of shipment.legs) expect(legs.has(leg)).toBe(true);
  for (const leg of plan.legs) expect(leg.shipments.length).toBeGreaterThan(0);
  for (const track of Object.values(tracks)) {
    expect(track.length).toBeLessThanOrEqual(TRACK_LENGTH);
    for (let i = 0; i < track.length; i++) {
      const fix = track[i] as { time: number; progress: number };
      expect(fix.progress).toBeGreaterThanOrEqual(i ? (track[i - 1]?.progress ?? 0) : 0);
      expect(fix.progress).toBeLessThanOrEqual(1);
      if (i) expect(fix.time).toBeGreaterThan(track[i - 1]?.time ?? 0);
    }
  }
}

/** What a screen shows, small enough to read in a failure. */
function summary(corridor: Corridor) {
  const { plan, statuses, tracks } = corridor.state;
  return {
    legs: plan.legs.map((leg) => `${leg.id}: ${leg.shipments.join(' ')} ${leg.from}→${leg.to} ${leg.depart}`),
    shipments: plan.shipments.map((s) => `${s.id} ${s.awb ?? ''} ${s.legs.join(' ')} ${s.milestones.length}`),
    hubs: plan.hubs.map((hub) => hub.id),
    statuses,
    tracks,
  };
}

/** The state folded afresh from the log, as a restart builds it. */
function folded(log: SqliteEventStore, at = T) {
  const live = withLiveShipments(plan, log);
  const timeline = new StatusTimeline(live);
  for (const status of log.statuses()) timeline.addLive(status);
  const vehicles = log.fixVehicles().filter((v) => live.legs.some((leg) => leg.id === v));
  return { statuses: timeline.statusesAt(at), tracks: tracksAt(log, vehicles, at) };
}

describe('ingest into the state (properties)', () => {
  it('never throws, leaves a refused batch without trace, and keeps the state sound and equal to the fold of the log', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryBatch(plan, WALL, FOCUS, 3), { minLength: 1, maxLength: 8 }),
        (batches) => {
          const { log, corridor, service } = pieces();
          for (const batch of batches) {
            const before = JSON.stringify(corridor.state);
            const head = log.head;
            const result = service.ingest(batch);
            if (!result.ok) {
              expect(JSON.stringify(corridor.state)).toBe(before);
              expect(log.head).toBe(head);
              continue;
            }
            expectSound(corridor);
            const fold = folded(log);
            expect(corridor.state.statuses).toEqual(fold.statuses);
            for (const [vehicle, track] of Object.entries(fold.tracks))
              expect(corridor.state.tracks[vehicle]).toEqual(track);
          }
          log.close();
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);

  it('rebuilds the same state from the log after a restart', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryBatch(plan, WALL, FOCUS, 3), { minLength: 1, maxLength: 8 }),
        (batches) => {
          const dir = tempDataDir();
          const first = pieces(SqliteEventStore.open(dir));
          for (const batch of batches) first.service.ingest(batch);
          const shown = summary(first.corridor);
          first.log.close();
          const again = pieces(SqliteEventStore.open(dir));
          expect(summary(again.corridor)).toEqual(shown);
          again.log.close();
        },
      ),
      { numRuns: 100 },
    );
  }, 30_000);

  it('plays what came in ahead of the clock when the clock gets there, as the fold of the log', () => {
    const from = T - 36 * 3_600_000;
    fc.assert(
      fc.property(
        fc.array(arbitraryBatch(plan, WALL, FOCUS, 3), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 4 }),
        (batches, steps) => {
          const { log, corridor, player, wall, service } = pieces(undefined, from);
          for (const batch of batches) service.ingest(batch);
          for (const hours of steps) {
            wall.now += hours * 1000;
            player.tick();
            const at = from + (wall.now - WALL) * 3600;
            const fold = folded(log, at);
            expect(corridor.state.statuses).toEqual(fold.statuses);
            for (const [vehicle, track] of Object.entries(fold.tracks))
              expect(corridor.state.tracks[vehicle]).toEqual(track);
          }
          log.close();
        },
      ),
      { numRuns: 100 },
    );
  }, 30_000);
});
