import { describe, expect, it } from 'vitest';
import { edit, scenarioFixture } from '../../test/helpers/scenario-fixture';
import { compilePlan } from '../scenario/plan';
import { validateScenario } from '../scenario/validate';
import { aircraftFixes, trackerFixes } from './feed-fixes';
import type { AircraftPosition } from './parse-result';

const planWithTracking = () => {
  const file = edit(scenarioFixture(), {
    'shipments.0.legs.0.tracking': { callsign: 'ek 500', icao24: '896180' },
    'shipments.0.legs.1.tracking': { callsign: 'EK787' },
    'shipments.1.legs.0.tracking': { tracker: 'truck 7' },
  });
  const result = validateScenario(file);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return compilePlan(result.scenario);
};

const at = (iso: string) => Date.parse(iso);
const aircraft = (p: Partial<AircraftPosition>): AircraftPosition => ({
  icao24: '000000',
  callsign: null,
  lon: 60,
  lat: 22,
  time: at('2020-03-13T08:00:00Z'),
  altitudeM: 10_000,
  onGround: false,
  speedKmh: 850,
  headingDeg: 290,
  ...p,
});

describe('positions from feeds, matched to the plan', () => {
  it('makes fixes of the legs whose aircraft they name, by address or callsign, at that time', () => {
    const plan = planWithTracking();
    const { fixes, unmatched } = aircraftFixes(plan, 'adsb', [
      aircraft({ icao24: '896180' }),
      aircraft({ callsign: 'EK500' }),
      aircraft({ callsign: 'EK787', time: at('2020-03-14T09:00:00Z'), lon: 30, lat: 15 }),
      aircraft({ callsign: 'BAW1' }),
      // EK787 flies the second leg the next day: a day early it is no one's.
      aircraft({ callsign: 'EK787', time: at('2020-03-12T09:00:00Z') }),
    ]);
    const minute = (iso: string) => Math.floor(at(iso) / 60_000);
    expect(fixes.map((f) => [f.vehicle, f.id])).toEqual([
      ['F0', `adsb:896180:22.00000,60.00000:${minute('2020-03-13T08:00:00Z')}`],
      ['F0', `adsb:000000:22.00000,60.00000:${minute('2020-03-13T08:00:00Z')}`],
      ['G0', `adsb:000000:15.00000,30.00000:${minute('2020-03-14T09:00:00Z')}`],
    ]);
    expect(fixes[0]).toEqual({
      kind: 'fix',
      id: `adsb:896180:22.00000,60.00000:${Math.floor(at('2020-03-13T08:00:00Z') / 60_000)}`,
      vehicle: 'F0',
      time: '2020-03-13T08:00:00.000Z',
      lon: 60,
      lat: 22,
      altitude: 10_000,
      heading: 290,
      speed: 850,
    });
    expect(unmatched).toBe(2);
  });

  it('gives a position served again a few milliseconds off the same id: a repeat, not a new fix', () => {
    const plan = planWithTracking();
    const [first, again] = aircraftFixes(plan, 'adsb', [
      aircraft({ icao24: '896180', time: at('2020-03-13T08:00:10Z') }),
      aircraft({ icao24: '896180', time: at('2020-03-13T08:00:10Z') + 3 }),
    ]).fixes;
    expect(again?.id).toBe(first?.id);
  });

  it('leaves out what the ingest schema would refuse rather than lose the position', () => {
    const plan = planWithTracking();
    const { fixes } = aircraftFixes(plan, 'adsb', [
      aircraft({ icao24: '896180', altitudeM: null, headingDeg: null, speedKmh: 3000 }),
    ]);
    expect(fixes[0]).not.toHaveProperty('altitude');
    expect(fixes[0]).not.toHaveProperty('heading');
    expect(fixes[0]).not.toHaveProperty('speed');
  });

  it('matches trackers by their id, and gives each position an id the log can take', () => {
    const plan = planWithTracking();
    const time = at('2020-03-13T08:00:00Z');
    const { fixes, unmatched } = trackerFixes(plan, 'gps', [
      { tracker: 'truck 7', lon: 60, lat: 22, time, speedKmh: 80, headingDeg: null },
      { tracker: 'truck 8', lon: 60, lat: 22, time, speedKmh: null, headingDeg: null },
    ]);
    expect(fixes).toEqual([
      {
        kind: 'fix',
        id: `gps:truck%207:22.00000,60.00000:${Math.floor(time / 60_000)}`,
        vehicle: 'F1',
        time: '2020-03-13T08:00:00.000Z',
        lon: 60,
        lat: 22,
        speed: 80,
      },
    ]);
    expect(unmatched).toBe(1);
  });

  it('refuses a leg whose tracking names no aircraft or tracker as it is written', () => {
    const errors = (tracking: unknown) => {
      const result = validateScenario(edit(scenarioFixture(), { 'shipments.0.legs.0.tracking': tracking }));
      return result.ok ? [] : result.errors;
    };
    expect(errors({ icao24: '4ca7b' })).toEqual([
      'shipments[0].legs[0].tracking.icao24: expected the aircraft\'s ICAO 24-bit address, 6 hex digits like "4ca7b3"',
    ]);
    expect(errors({ callsign: 'CLU-371' })).toEqual([
      'shipments[0].legs[0].tracking.callsign: expected the 2–8 letters and digits an aircraft transmits, like "CLU371"',
    ]);
    expect(errors({})).toEqual(['shipments[0].legs[0].tracking: give a callsign, an icao24 or a tracker']);
  });
});
