import { describe, expect, it } from 'vitest';
import { resolveShipment } from '../core/ingest/resolve-shipment';
import { shipmentSchema } from '../core/ingest/schema';
import { upsertShipment } from '../core/scenario/upsert';
import { testContext } from '../test/helpers/ingest-context';
import { emptyPlan } from './live-plan';

const doses = {
  id: 'doses',
  name: { en: 'Vaccine' },
  unit: 'doses' as const,
  count: { en: { other: 'doses' } },
};
const now = Date.parse('2021-02-24T12:00:00Z');
const shipment = (item: string) =>
  shipmentSchema.parse({
    kind: 'shipment',
    shipment: 'L1',
    title: 'Doses for Accra',
    contents: [{ item, quantity: 600000 }],
    legs: [
      {
        vehicle: 'F1',
        mode: 'air',
        from: 'BOM',
        to: 'ACC',
        depart: '2021-02-24T00:00:00Z',
        arrive: '2021-02-24T10:00:00Z',
      },
    ],
    hubs: [
      {
        id: 'BOM',
        name: 'Mumbai',
        kind: 'airport',
        country: 'IN',
        lon: 72.87,
        lat: 19.09,
        timeZone: 'Asia/Kolkata',
      },
      {
        id: 'ACC',
        name: 'Accra',
        kind: 'airport',
        country: 'GH',
        lon: -0.17,
        lat: 5.61,
        timeZone: 'Africa/Accra',
      },
    ],
  });

describe('live mode without a scenario', () => {
  it('frames whatever the feeds bring: the views and clocks follow the legs they add', () => {
    const empty = emptyPlan(now, { items: [doses], title: { en: 'Live deliveries' } });
    expect(empty.story.scenes.map((s) => s.id)).toEqual(['overview']);
    const resolved = resolveShipment(shipment('doses'), 'e1', testContext(empty, now).ctx);
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
    const plan = upsertShipment(empty, resolved.event.event);
    const [[west, south], [east, north]] = plan.story.scenes[0]?.area ?? [
      [0, 0],
      [0, 0],
    ];
    expect(west).toBeLessThan(-0.17);
    expect(east).toBeGreaterThan(72.87);
    expect(south).toBeLessThan(5.61);
    expect(north).toBeGreaterThan(19.09);
    expect(east - west).toBeLessThan(100);
    expect(plan.story.clocks).toEqual(['BOM', 'ACC']);
    expect(plan.title).toEqual({ en: 'Live deliveries' });
  });

  it('refuses a live shipment naming an item nobody declared, saying where to declare it', () => {
    const resolved = resolveShipment(
      shipment('vials'),
      'e1',
      testContext(emptyPlan(now, { items: [doses] }), now).ctx,
    );
    expect(resolved.ok || resolved.problems).toEqual([
      {
        path: ['contents', 0, 'item'],
        reason:
          'unknown item "vials" (declared items: doses): declare it under "items" in the scenario (--scenario FILE) or, in live mode, the operation file (--operation FILE); see docs/scenario-format.md',
        status: 422,
      },
    ]);
  });
});
