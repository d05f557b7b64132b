import { resolve } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type {
  DisplayClientToServer,
  DisplayServerToClient,
  PositionsFrame,
  Snapshot,
  Update,
} from '../../core/protocol';
import type { Plan } from '../../core/scenario';
import { type CorridorServer, type CorridorServerOptions, startCorridorServer } from '../../server/app';
import { loadScenarioFile } from '../../server/scenario-file';

export const TEST_CONTROL_TOKEN = 'test-control-token';

export const BUNDLED_SCENARIO = resolve('data/scenarios/airlift-2020.json');

export function bundledPlan() {
  const result = loadScenarioFile(BUNDLED_SCENARIO);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.plan;
}

export function startTestServer(options: Partial<CorridorServerOptions> = {}): Promise<CorridorServer> {
  return startCorridorServer({
    plan: bundledPlan(),
    port: 0,
    host: '127.0.0.1',
    clientDir: resolve('dist/client'),
    loopSeconds: 600,
    loop: true,
    tickMs: 50,
    controlToken: TEST_CONTROL_TOKEN,
    ...options,
  });
}

export type DisplaySocket = Socket<DisplayServerToClient, DisplayClientToServer>;

/** The plan of a snapshot from `GET /api/v1/snapshot`, which includes it. */
export function planIn(snapshot: Snapshot): Plan {
  if (!snapshot.plan) throw new Error(`snapshot without its plan (version ${snapshot.planVersion})`);
  return snapshot.plan;
}

/** The plan of a snapshot, as a screen fetches it: by its version over HTTP. */
export async function planOf(url: string, snapshot: Snapshot): Promise<Plan> {
  const response = await fetch(`${url}/api/v1/plan/${encodeURIComponent(snapshot.planVersion)}`);
  if (!response.ok)
    throw new Error(`plan ${snapshot.planVersion}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Plan;
}

/** A real socket.io-client on /display that records everything it receives, in order. */
export function connectDisplay(url: string) {
  const socket: DisplaySocket = io(`${url}/display`, { transports: ['websocket'], reconnection: false });
  const received: (
    | { kind: 'snapshot'; snapshot: Snapshot }
    | { kind: 'update'; update: Update }
    | { kind: 'positions'; frame: PositionsFrame }
  )[] = [];
  socket.on('snapshot', (snapshot) => received.push({ kind: 'snapshot', snapshot }));
  socket.on('update', (update) => received.push({ kind: 'update', update }));
  socket.on('positions', (frame) => received.push({ kind: 'positions', frame }));
  return { socket, received };
}

/** Polls until the predicate holds, failing with `what` after `timeoutMs`. */
export async function until(what: string, predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
