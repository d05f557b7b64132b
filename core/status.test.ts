import { describe, expect, it } from 'vitest';
import { canTransition, isInTransit, type ShipmentStatus, transition } from './status';

const at = (code: ShipmentStatus['code'], time: number, leg = 0): ShipmentStatus => ({
  code,
  hub: 'LGG',
  time,
  leg,
});

describe('status transitions', () => {
  it('follows booked → departed → arrived → customs cleared → delivered', () => {
    const path = ['planned', 'booked', 'departed', 'arrived', 'customs_cleared', 'delivered'] as const;
    for (let i = 1; i < path.length; i++) {
      expect(canTransition(path[i - 1] as ShipmentStatus['code'], path[i] as ShipmentStatus['code'])).toBe(
        true,
      );
    }
  });

  it('allows a second leg after arrival or clearance', () => {
    expect(canTransition('arrived', 'departed')).toBe(true);
    expect(canTransition('customs_cleared', 'departed')).toBe(true);
  });

  it('refuses skipping departure and leaving a delivered shipment', () => {
    expect(transition(at('booked', 1), at('arrived', 2))).toEqual({
      ok: false,
      reason: 'cannot go from booked to arrived',
    });
    expect(transition(at('delivered', 1), at('departed', 2)).ok).toBe(false);
  });

  it('refuses an event older than the current status', () => {
    const result = transition(
      at('departed', Date.UTC(2020, 2, 13, 12)),
      at('arrived', Date.UTC(2020, 2, 13, 11)),
    );
    expect(result).toEqual({
      ok: false,
      reason: 'arrived at 2020-03-13T11:00:00.000Z is older than departed',
    });
  });

  it('accepts a legal transition and returns the new status', () => {
    expect(transition(at('departed', 1), at('arrived', 5, 0))).toEqual({
      ok: true,
      status: at('arrived', 5, 0),
    });
  });

  it('counts departed, arrived and cleared as in transit', () => {
    expect(
      ['booked', 'departed', 'arrived', 'customs_cleared', 'delivered'].map((c) => isInTransit(c as never)),
    ).toEqual([false, true, true, true, false]);
  });
});
