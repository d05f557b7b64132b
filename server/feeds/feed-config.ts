import { POSITION_FORMATS, type PositionFormat, type TrackerMapping } from './formats';

/** A feed Corridor polls: `--feed adsb=http://receiver/data/aircraft.json#every=2`. */
export interface PolledFeed {
  name: string;
  format: PositionFormat;
  url: string;
  everyMs: number;
  /** A position older than this is not a fresh fix. */
  maxAgeSeconds: number;
  mapping?: TrackerMapping;
  /** Sent with every poll (OpenSky's credentials from the environment). */
  headers: Record<string, string>;
}

const DEFAULT_EVERY_S: Record<PositionFormat, number> = { adsb: 2, opensky: 10, gps: 10 };
const OPTIONS = ['every', 'name', 'max-age', 'vehicle', 'time', 'speed', 'heading'];

/**
 * `FORMAT=URL`, the feed's options in the URL's fragment (which no HTTP client sends):
 * `every` (seconds between polls), `name` (how the legend and /healthz call it), `max-age`
 * (seconds a position stays fresh), and for GPS `vehicle`, `time`, `speed`, `heading` (which
 * property of a feature is which).
 */
export function parseFeedOption(
  text: string,
  env: NodeJS.ProcessEnv,
  taken: ReadonlySet<string> = new Set(),
): PolledFeed {
  const at = text.indexOf('=');
  const format = text.slice(0, at) as PositionFormat;
  const where = `--feed ${text}`;
  if (at < 0 || !POSITION_FORMATS.includes(format))
    throw new Error(`${where}: expected FORMAT=URL with FORMAT one of ${POSITION_FORMATS.join(', ')}`);
  let url: URL;
  try {
    url = new URL(text.slice(at + 1));
  } catch {
    throw new Error(`${where}: "${text.slice(at + 1)}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${where}: expected an http or https URL`);
  const options = new URLSearchParams(url.hash.slice(1));
  url.hash = '';
  for (const key of options.keys())
    if (!OPTIONS.includes(key))
      throw new Error(`${where}: unknown option "${key}" (options: ${OPTIONS.join(', ')})`);
  const seconds = (key: string, fallback: number) => {
    const value = options.get(key);
    if (value === null) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0.5 || n > 3600)
      throw new Error(`${where}: ${key}: expected seconds from 0.5 to 3600, got "${value}"`);
    return n;
  };
  const everyS = seconds('every', DEFAULT_EVERY_S[format]);
  let name = options.get('name') ?? format;
  if (!/^[a-z0-9][a-z0-9_.-]{0,31}$/i.test(name))
    throw new Error(`${where}: name: expected letters, digits, "_", "." or "-", got "${name}"`);
  if (!options.has('name')) for (let n = 2; taken.has(name); n++) name = `${format}-${n}`;
  else if (taken.has(name)) throw new Error(`${where}: another feed is already called "${name}"`);
  const vehicle = options.get('vehicle');
  const time = options.get('time');
  if (format === 'gps' && (!vehicle || !time))
    throw new Error(
      `${where}: a GPS feed says which property is the vehicle and which the time: add #vehicle=PROPERTY&time=PROPERTY`,
    );
  const speed = options.get('speed');
  const heading = options.get('heading');
  return {
    name,
    format,
    url: url.toString(),
    everyMs: everyS * 1000,
    maxAgeSeconds: seconds('max-age', Math.max(60, everyS * 3)),
    ...(vehicle &&
      time && { mapping: { vehicle, time, ...(speed && { speed }), ...(heading && { heading }) } }),
    headers: format === 'opensky' ? openSkyAuth(env) : {},
  };
}

/** OpenSky's basic credentials, where given: more requests a day than anonymous polling. */
function openSkyAuth(env: NodeJS.ProcessEnv): Record<string, string> {
  const user = env.OPENSKY_USERNAME;
  const password = env.OPENSKY_PASSWORD;
  if (!user || !password) return {};
  return { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}

export function parseFeedOptions(texts: readonly string[], env: NodeJS.ProcessEnv): PolledFeed[] {
  const feeds: PolledFeed[] = [];
  for (const text of texts) feeds.push(parseFeedOption(text, env, new Set(feeds.map((f) => f.name))));
  return feeds;
}
