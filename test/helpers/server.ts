import { resolve } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type {
  DisplayClientToServer,
  DisplayServerToClient,
  PositionsFrame,
  Snapshot,
  Update,
} from '../../core/protocol';
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

/** The plan of a snapshot that carries one: what a screen joining for the first time gets. */
export function planOf(snapshot: Snapshot) {
  if (!snapshot.plan) throw new Error(`snapshot without its plan (version ${snapshot.planVersion})`);
  return snapshot.plan;
}

/**
 * A real socket.io-client on /display that records everything it receives, in order; `knownPlan`
 * is the plan version it says it has.
 */
export function connectDisplay(url: string, knownPlan?: string) {
  const socket: DisplaySocket = io(`${url}/display`, {
    transports: ['websocket'],
    reconnection: false,
    ...(knownPlan ? { auth: { plan: knownPlan } } : {}),
  });
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
