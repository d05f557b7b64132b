import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type PolledFeed, parseFeedOptions } from './feeds/feed-config';

/** The scenario played, and whose hubs a shipment sheet uses, where none is given. */
export const BUNDLED_SCENARIO = 'data/scenarios/airlift-2020.json';
const PROJECT = fileURLToPath(new URL('..', import.meta.url));
/** The bundled scenario wherever the command runs from. */
export const bundledScenario = () => resolve(PROJECT, BUNDLED_SCENARIO);

/** A path the user typed: from the folder they ran npm in (npm runs scripts in the project's). */
export const fromUser = (path: string, env: NodeJS.ProcessEnv = process.env) =>
  resolve(env.INIT_CWD ?? '', path);

export interface Config {
  port: number;
  host: string;
  scenario: string;
  clientDir: string;
  loopSeconds: number;
  rate: number | undefined;
  loop: boolean;
  tickMs: number;
  build: boolean;
  /** Whether --scenario was given: live mode plays no scenario unless asked to. */
  scenarioGiven: boolean;
  /** Live mode: the wall clock, live feeds, the scenario (if given) as the plan they override. */
  live: boolean;
  /** Folder of the durable event log. */
  dataDir: string;
  /** From CORRIDOR_INGEST_TOKEN; generated at start when absent. */
  ingestToken: string | undefined;
  /** From CORRIDOR_CONTROL_TOKEN; generated at start when absent. */
  controlToken: string | undefined;
  /** Hubs a shipment sheet (--scenario FILE.csv) uses: a hub sheet, or a scenario's. */
  hubs: string;
  /** A generated scenario of this many vehicles, all moving at its busy time (load tests). */
  synthetic: number | undefined;
  /** What the operation ships and how its screens tell it: for a shipment sheet, or live mode without a scenario. */
  operation: string | undefined;
  /** REDIS_URL: this process is a node of the cluster on that Redis. */
  redisUrl: string | undefined;
  /** CORRIDOR_NODE: its name in the cluster. */
  node: string | undefined;
  /** --feed FORMAT=URL, repeated: the feeds this node polls. */
  feeds: PolledFeed[];
  /** CORRIDOR_FRAME_ANCESTORS: who may frame the display (a CSP source list, default any). */
  frameAncestors: string[];
  /** CORRIDOR_CONTROL_ORIGINS: origins besides the page's own that may open the control page. */
  controlOrigins: string[];
}

export const USAGE = `Usage: npm start -- [options]
  --scenario FILE      scenario to play, JSON or a shipment sheet (CSV) (default data/scenarios/airlift-2020.json)
  --loop-seconds N     wall seconds to play the whole scenario once (default 600)
  --rate N             scenario seconds per wall second (overrides --loop-seconds)
  --no-loop            stop at the end instead of starting again
  --tick-ms N          wall ms between position frames (default 1000)
  --host HOST          address to listen on (default 0.0.0.0; HOST also sets it)
  --no-build           serve dist/client as it is, without rebuilding it
  --live               run on the wall clock for live feeds; with --scenario, as the plan they override
  --data-dir DIR       folder of the durable event log (default ./var)
  --synthetic N        play a generated scenario of N vehicles on real routes, from the time all move
  --hubs FILE          a shipment sheet's hubs (--scenario FILE.csv): a hub sheet (CSV) or a scenario
                       (default: the bundled one's)
  --feed FORMAT=URL    poll a live feed (repeatable): adsb (readsb/dump1090 aircraft.json), opensky (its
                       REST states), gps (GeoJSON points); options after # (docs/feeds.md), e.g.
                       --feed adsb=http://receiver/data/aircraft.json#every=2
  --operation FILE     a shipment sheet's title, items, sources and story; or, with --live and no
                       scenario, the live operation's (JSON or an operation sheet, docs/spreadsheet.md)
Environment: PORT (default 8080), HOST, CORRIDOR_INGEST_TOKEN (bearer token for POST /api/v1/events,
  at least 16 characters; generated and printed at start when absent), CORRIDOR_CONTROL_TOKEN (the
  presenter's token, at least 16 characters; generated and printed at start when absent), REDIS_URL (redis://host:port: a node of
  the cluster on that Redis, docs/operations.md), CORRIDOR_NODE (its name in the cluster).`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}: expected a positive number, got "${value}"`);
  return n;
}

function wholeNumber(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: expected a whole number ≥ 1, got "${value}"`);
  return n;
}

/** A token from the environment: guessable ones are refused at start, with the rule. */
function secret(name: string, env: NodeJS.ProcessEnv): string | undefined {
  const value = env[name] || undefined;
  if (value !== undefined && !/^[\x21-\x7e]{16,}$/.test(value))
    throw new Error(`${name}: expected at least 16 printable characters without spaces`);
  return value;
}

function redisUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^rediss?:\/\/[^\s]+$/.test(value))
    throw new Error(`REDIS_URL: expected redis://host:port (or rediss://), got "${value}"`);
  return value;
}

/**
 * CORRIDOR_FRAME_ANCESTORS, a space-separated CSP source list ("https://news.example
 * https://*.paper.example"), default any site ("*"); `'none'` forbids framing.
 */
export function frameAncestorsFrom(env: NodeJS.ProcessEnv): string[] {
  const value = (env.CORRIDOR_FRAME_ANCESTORS ?? '*').trim() || '*';
  // A ";" or "," would end the directive and start another: a policy nobody meant.
  if (/[;,\r\n]/.test(value))
    throw new Error(`CORRIDOR_FRAME_ANCESTORS: expected CSP sources separated by spaces, got "${value}"`);
  return value.split(/\s+/);
}

export function parseConfig(argv: string[], env: NodeJS.ProcessEnv): Config {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: 'string' },
      'loop-seconds': { type: 'string' },
      rate: { type: 'string' },
      'no-loop': { type: 'boolean', default: false },
      'tick-ms': { type: 'string' },
      host: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      live: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      hubs: { type: 'string' },
      synthetic: { type: 'string' },
      operation: { type: 'string' },
      feed: { type: 'string', multiple: true },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) throw new Error(USAGE);
  const port = env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT: expected 0–65535, got "${env.PORT}"`);
  const token = secret('CORRIDOR_INGEST_TOKEN', env);
  const controlToken = secret('CORRIDOR_CONTROL_TOKEN', env);
  return {
    port,
    host: values.host ?? env.HOST ?? '0.0.0.0',
    scenario: values.scenario === undefined ? bundledScenario() : fromUser(values.scenario, env),
    clientDir: resolve(PROJECT, 'dist/client'),
    loopSeconds: positive('--loop-seconds', values['loop-seconds'], 600),
    rate: values.rate === undefined ? undefined : positive('--rate', values.rate, 1),
    loop: !values['no-loop'],
    tickMs: positive('--tick-ms', values['tick-ms'], 1000),
    build: !values['no-build'],
    scenarioGiven: values.scenario !== undefined,
    live: values.live,
    dataDir: values['data-dir'] === undefined ? resolve(PROJECT, 'var') : fromUser(values['data-dir'], env),
    ingestToken: token,
    controlToken,
    hubs: values.hubs === undefined ? bundledScenario() : fromUser(values.hubs, env),
    synthetic: values.synthetic === undefined ? undefined : wholeNumber('--synthetic', values.synthetic),
    operation: values.operation === undefined ? undefined : fromUser(values.operation, env),
    redisUrl: redisUrl(env.REDIS_URL),
    node: env.CORRIDOR_NODE || undefined,
    feeds: parseFeedOptions(values.feed ?? [], env),
    frameAncestors: frameAncestorsFrom(env),
    controlOrigins: (env.CORRIDOR_CONTROL_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}
