import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LiveStatus } from '../ingest/live-event';
import { compilePlan, statusesAt, validateScenario } from '../scenario';
import { StatusTimeline } from './status-timeline';

const scenario = validateScenario(JSON.parse(readFileSync('data/scenarios/airlift-2020.json', 'utf8')));
if (!scenario.ok) throw new Error(scenario.errors.join('\n'));
const plan = compilePlan(scenario.scenario);
const at = (iso: string) => Date.parse(iso);

const live = (code: string, status: LiveStatus['status'], hub: string, time: string, leg: number) =>
  ({
    kind: 'status',
    id: `${code}@${time}`,
    shipment: 'S1-IT',
    code,
    status,
    hub,
    leg,
    time: at(time),
  }) as const;

describe('status timeline', () => {
  it('folds to the plan where nothing live was reported', () => {
    const timeline = new StatusTimeline(plan);
    for (let t = plan.start - 3_600_000; t <= plan.end + 3_600_000; t += 3_600_000) {
      expect(timeline.statusesAt(t)).toEqual(statusesAt(plan, t));
    }
  });

  it('lets a late-breaking real arrival replace the planned one', () => {
    const timeline = new StatusTimeline(plan);
    timeline.addLive(live('RCF', 'arrived', 'LGG', '2020-03-13T21:10:00Z', 0));
    expect(timeline.statusAt('S1-IT', at('2020-03-13T20:30:00Z'))).toMatchObject({ code: 'departed' });
    expect(timeline.statusAt('S1-IT', at('2020-03-13T21:30:00Z'))).toEqual({
      code: 'arrived',
      hub: 'LGG',
      time: at('2020-03-13T21:10:00Z'),
      leg: 0,
    });
    expect(timeline.history('S1-IT', at('2020-03-13T21:30:00Z')).at(-1)?.code).toBe('RCF');
  });

  it('ignores a live status the model refuses, and statuses that change nothing on screen', () => {
    const timeline = new StatusTimeline(plan);
    const before = timeline.statusesAt(at('2020-03-20T00:00:00Z'));
    timeline.addLive(live('DLV', 'delivered', 'HGH', '2020-03-12T00:00:00Z', -1));
    expect(timeline.addLive(live('DIS', null, 'LGG', '2020-03-13T22:00:00Z', 0))).toBe(false);
    expect(timeline.statusAt('S1-IT', at('2020-03-12T06:00:00Z'))?.code).toBe('booked');
    expect(timeline.statusesAt(at('2020-03-20T00:00:00Z'))).toEqual(before);
  });

  it('refuses statuses of shipments it does not know', () => {
    const timeline = new StatusTimeline(plan);
    expect(
      timeline.addLive({ ...live('DEP', 'departed', 'HGH', '2020-03-13T07:00:00Z', 0), shipment: 'nope' }),
    ).toBe(false);
  });
});
