import type { Plan, ScenarioFile } from '../core/scenario';
import { resolveStory, type StoryDeclaration } from '../core/scenario/story';
import { upsertShipment } from '../core/scenario/upsert';
import type { SqliteEventStore } from './store/sqlite-event-store';

/** What an operation says about itself without hubs or shipments: its name, vocabulary and story. */
export type Operation = Partial<Pick<ScenarioFile, 'id' | 'title' | 'language' | 'sources' | 'items'>> &
  StoryDeclaration;

/** Live mode without a scenario: nothing planned, everything comes from the feeds. */
export function emptyPlan(now: number, operation: Operation = {}): Plan {
  const { id, title, language, sources, items, ...declared } = operation;
  return {
    id: id ?? 'live',
    title: title ?? { en: 'Live' },
    language: language ?? 'en',
    start: now,
    end: now,
    sources: sources ?? {},
    items: items ?? [],
    hubs: [],
    legs: [],
    shipments: [],
    declared,
    story: resolveStory({ hubs: [], legs: [], shipments: [] }, items ?? [], declared),
  };
}

/** The plan with every shipment live feeds added or changed, in the order the log has them. */
export function withLiveShipments(plan: Plan, store: SqliteEventStore): Plan {
  let current = plan;
  for (const { event } of store.shipments()) current = upsertShipment(current, event);
  return current;
}
