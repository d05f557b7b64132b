import { randomBytes } from 'node:crypto';
import { startCorridorServer } from './app';
import { type Config, parseConfig } from './config';
import { buildClientIfNeeded } from './ensure-build';
import { loadScenarioFile } from './scenario-file';

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

const scenario = loadScenarioFile(config.scenario);
if (!scenario.ok)
  fail([
    `Scenario refused (${scenario.errors.length} error${scenario.errors.length > 1 ? 's' : ''}):`,
    ...scenario.errors,
  ]);

if (config.build) await buildClientIfNeeded(config.clientDir);

const generated = !process.env.CORRIDOR_CONTROL_TOKEN;
const controlToken = process.env.CORRIDOR_CONTROL_TOKEN || randomBytes(18).toString('base64url');
const server = await startCorridorServer({ ...config, plan: scenario.plan, controlToken });
const shown =
  config.host === '0.0.0.0' || config.host === '::' ? `http://localhost:${server.port}` : server.url;
console.log(`Corridor: ${scenario.plan.id} on ${shown}/ (health ${shown}/healthz)`);
// Printed once, here only: the token never goes into a URL, a request log or a display.
console.log(
  generated
    ? `Presenter: ${shown}/control, control token (generated; set CORRIDOR_CONTROL_TOKEN to choose one): ${controlToken}`
    : `Presenter: ${shown}/control, control token from CORRIDOR_CONTROL_TOKEN`,
);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) process.exit(1);
    closing = true;
    server.close().then(() => process.exit(0));
  });
}
