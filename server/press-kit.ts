import type { FastifyInstance } from 'fastify';
import type { CorridorServerOptions } from './app';
import type { Corridor } from './corridor';
import { registerDataRoute } from './data/data-route';
import { registerExportJobs } from './export/jobs-route';
import { registerStateRoute } from './export/state-route';
import type { LiveFeed } from './sources/live-feed';

export interface PressKitParts {
  corridor: Corridor;
  /** The durable log of what live feeds sent: what a screen shows at a past time includes it. */
  feed: LiveFeed;
  options: Pick<CorridorServerOptions, 'live' | 'controlToken'>;
}

/**
 * The press kit's routes: the state at a given time (exports), the
 * data behind the screen, the presenter's exports.
 */
export async function registerPressKit(app: FastifyInstance, parts: PressKitParts): Promise<void> {
  const live = parts.options.live ?? false;
  registerStateRoute(app, { ...parts, live });
  registerDataRoute(app, { ...parts, live });
  registerExportJobs(app, parts.corridor, parts.options.controlToken);
}
