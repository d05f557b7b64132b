import { startCorridorServer } from './app';
import { generateToken } from './auth/token';
import { type Config, parseConfig } from './config';
import { buildClientIfNeeded } from './ensure-build';
import { emptyPlan } from './live-plan';
import { loadScenarioFile, loadSyntheticScenario, refused } from './scenario-file';
import { loadOperation } from './sheets/operation';

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

let config: Config;
try {
  config = parseConfig(process.argv.slice(2), process.env);
} catch (error) {
  fail([(error as Error).message]);
}

function livePlan(operationFile: string | undefined): ReturnType<typeof loadSyntheticScenario> {
  if (!operationFile) return { ok: true, plan: emptyPlan(Date.now()) };
  const operation = loadOperation(operationFile);
  return operation.ok ? { ok: true, plan: emptyPlan(Date.now(), operation.operation) } : operation;
}

const scenario: ReturnType<typeof loadSyntheticScenario> = config.synthetic
  ? loadSyntheticScenario(config.synthetic)
  : config.live && !config.scenarioGiven
    ? livePlan(config.operation)
    : loadScenarioFile(config.scenario, { hubs: config.hubs, operation: config.operation });
if (!scenario.ok) fail(refused(scenario.errors));

if (config.build) await buildClientIfNeeded(config.clientDir);

const controlToken = process.env.CORRIDOR_CONTROL_TOKEN || generateToken();
let server: Awaited<ReturnType<typeof startCorridorServer>>;
try {
  server = await startCorridorServer({ ...config, plan: scenario.plan, controlToken });
} catch (error) {
  fail([`Corridor could not start: ${(error as Error).message}`]);
}
// In a cluster only the node that plays moves the clock; the others fold what it does.
if (scenario.busy !== undefined && (!server.cluster || server.cluster.leading))
  server.player.seek(scenario.busy);
const shown =
  config.host === '0.0.0.0' || config.host === '::' ? `http://localhost:${server.port}` : server.url;
console.log(`Corridor: ${scenario.plan.id} on ${shown}/ (health ${shown}/healthz)`);
console.log(
  server.cluster
    ? `Cluster node on ${config.redisUrl}: the shared log folded to ${server.cluster.last}${server.cluster.leading ? ', playing the scenario' : ''}${config.live ? ', live mode' : ''}`
    : `Event log: ${server.log.file} (${server.log.head} events)${config.live ? ', live mode' : ''}`,
);
// Printed once, here only: tokens never go into a URL, a request log or a display.
if (!config.ingestToken)
  console.log(`Ingest token (generated; set CORRIDOR_INGEST_TOKEN to keep one): ${server.ingestToken}`);
console.log(
  process.env.CORRIDOR_CONTROL_TOKEN
    ? `Presenter: ${shown}/control, control token from CORRIDOR_CONTROL_TOKEN`
    : `Presenter: ${shown}/control, control token (generated; set CORRIDOR_CONTROL_TOKEN to keep one): ${controlToken}`,
);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) process.exit(1);
    closing = true;
    server.close().then(() => process.exit(0));
  });
}
