import { describe, expect, it } from 'vitest';
import { edit, scenarioFixture } from '../../test/helpers/scenario-fixture';
import { compilePlan } from './plan';
import { statusesAt } from './timeline';
import { formatPath, validateScenario } from './validate';

const scenario = scenarioFixture;

const errorsOf = (input: unknown) => {
  const result = validateScenario(input);
  return result.ok ? [] : result.errors;
};

describe('scenario validation', () => {
  it('accepts a valid scenario', () => {
    expect(validateScenario(scenario()).ok).toBe(true);
  });

  it('names an unknown hub with the path of the leg', () => {
    expect(errorsOf(edit(scenario(), { 'shipments.3.legs.1.to': 'ACCX' }))).toEqual([
      'shipments[3].legs[1].to: unknown hub "ACCX"',
    ]);
  });

  it('gives one line per structural error', () => {
    const s = edit(scenario(), {
      format: 'corridor-scenario/3',
      'hubs.1.lat': 123,
      'hubs.1.timeZone': 'Asia/Mumbay',
      'shipments.0.title': undefined,
    });
    expect(errorsOf(s)).toEqual([
      'format: expected "corridor-scenario/2"',
      'hubs[1].lat: latitude must be ≤ 90',
      'hubs[1].timeZone: unknown IANA time zone',
      'shipments[0].title: missing (expected string)',
    ]);
  });

  it('refuses times that are not UTC, and an arrival before departure', () => {
    expect(
      errorsOf(edit(scenario(), { 'shipments.0.legs.0.depart.time': '2020-03-13T08:00:00+01:00' })),
    ).toEqual(['shipments[0].legs[0].depart.time: expected a UTC time like "2020-03-13T20:00:00Z"']);
    expect(errorsOf(edit(scenario(), { 'shipments.0.legs.0.depart.time': '2020-03-13T11:00:00Z' }))).toEqual([
      'shipments[0].legs[0].arrive.time: not after departure (2020-03-13T11:00:00Z)',
    ]);
  });

  it('refuses an unknown source and a provenance that is neither reported nor illustrative', () => {
    expect(errorsOf(edit(scenario(), { 'hubs.0.provenance': { guessed: true } }))).toEqual([
      'hubs[0].provenance: expected {"reported": [source ids]} or {"illustrative": "reason"}',
    ]);
    expect(errorsOf(edit(scenario(), { 'shipments.2.provenance': { reported: ['reuters'] } }))).toEqual([
      'shipments[2].provenance.reported[0]: unknown source "reuters"',
    ]);
  });

  it('refuses legs that do not connect and a vehicle with two schedules', () => {
    const s = edit(scenario(), {
      'shipments.1.legs.1.from': 'BOM',
      'shipments.2.legs.0.vehicle': 'F0',
      'shipments.2.legs.0.arrive.time': '2020-03-13T11:00:00Z',
    });
    expect(errorsOf(s)).toEqual([
      'shipments[1].legs[1].from: "BOM" but the previous leg ends at "DXB"',
      'shipments[2].legs[0].vehicle: "F0" runs air BOM→DXB 2020-03-13T07:00:00Z–2020-03-13T11:00:00Z here but air BOM→DXB 2020-03-13T07:00:00Z–2020-03-13T10:00:00Z in shipments[0].legs[0]',
    ]);
  });

  it('refuses duplicate ids and times outside the scenario', () => {
    const s = edit(scenario(), { 'shipments.1.id': 'S0', 'shipments.0.booked.time': '2020-03-01T00:00:00Z' });
    expect(errorsOf(s)).toEqual([
      'shipments[0].booked.time: 2020-03-01T00:00:00Z is outside the scenario (2020-03-10T00:00:00Z … 2020-03-20T00:00:00Z)',
      'shipments[1].id: duplicate shipment "S0" (also shipments[0])',
    ]);
  });

  it('says what is wrong with something that is not a scenario at all', () => {
    expect(errorsOf([1, 2])).toEqual(['(root): Invalid input: expected object, received array']);
  });

  it('formats paths the way a person reads them', () => {
    expect(formatPath(['shipments', 3, 'legs', 1, 'to'])).toBe('shipments[3].legs[1].to');
  });
});

describe('compiled plan', () => {
  const result = validateScenario(scenario());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const plan = compilePlan(result.scenario);

  it('derives each shipment milestones in order, delivered at the last arrival', () => {
    expect(plan.shipments[0]?.milestones.map((m) => `${m.status}@${m.hub}`)).toEqual([
      'booked@BOM',
      'departed@BOM',
      'arrived@DXB',
      'departed@DXB',
      'arrived@ACC',
      'delivered@ACC',
    ]);
  });

  it('flies air legs on the great circle and knows each shipment status at a time', () => {
    const flight = plan.legs.find((leg) => leg.id === 'F0');
    expect(flight?.path.length).toBeGreaterThan(15);
    expect(statusesAt(plan, Date.parse('2020-03-13T08:00:00Z')).S0?.code).toBe('departed');
    expect(statusesAt(plan, Date.parse('2020-03-10T12:00:00Z')).S0?.code).toBe('planned');
  });
});
