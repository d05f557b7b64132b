import type { Plan } from '../core/scenario';
import { resolveStory } from '../core/scenario/story';
import { upsertShipment } from '../core/scenario/upsert';
import type { SqliteEventStore } from './store/sqlite-event-store';

/** Live mode without a scenario: nothing planned, everything comes from the feeds. */
export function emptyPlan(now: number): Plan {
  return {
    id: 'live',
    title: { en: 'Live' },
    language: 'en',
    start: now,
    end: now,
    sources: {},
    items: [],
    hubs: [],
    legs: [],
    shipments: [],
    declared: {},
    story: resolveStory({ hubs: [], legs: [], shipments: [] }, [], {}),
  };
}

/** The plan with every shipment live feeds added or changed, in the order the log has them. */
export function withLiveShipments(plan: Plan, store: SqliteEventStore): Plan {
  let current = plan;
  for (const { event } of store.shipments()) current = upsertShipment(current, event);
  return current;
}
