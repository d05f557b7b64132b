/**
 * Replays a recorded feed capture to a running server, on the wall clock:
 *   CORRIDOR_INGEST_TOKEN=… npm run feed:replay -- capture.ndjson [--url URL] [--speed N] [--as-recorded]
 * A capture is NDJSON, one message per line as it was received:
 *   {"at": "2026-12-01T10:00:02Z", "format": "adsb", "body": {…aircraft.json…}}
 * `format` is adsb, opensky, gps (add "query": "vehicle=truck_id&time=ts"), fsu or xfsu (body a
 * string). Messages are posted to /api/v1/feeds/FORMAT as far apart as they came (or N times
 * faster). ADS-B and OpenSky times are moved to now, so that a capture plays against legs flying
 * now; --as-recorded keeps them (for a plan of the recording's day).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    speed: { type: 'string', default: '1' },
    'as-recorded': { type: 'boolean', default: false },
  },
});
const file = positionals[0];
const token = process.env.CORRIDOR_INGEST_TOKEN;
if (!file || !token) {
  console.error(
    'Usage: CORRIDOR_INGEST_TOKEN=… npm run feed:replay -- CAPTURE.ndjson [--url URL] [--speed N] [--as-recorded]',
  );
  process.exit(2);
}
const url = values.url ?? `http://localhost:${process.env.PORT || 8080}`;
const speed = Number(values.speed);
if (!(speed > 0)) {
  console.error(`--speed: expected a number above 0, got "${values.speed}"`);
  process.exit(2);
}

interface Message {
  at: string;
  format: string;
  body: unknown;
  query?: string;
}
const lines = readFileSync(resolve(process.env.INIT_CWD ?? '', file), 'utf8').split('\n');
const messages: Message[] = [];
lines.forEach((line, i) => {
  if (!line.trim()) return;
  try {
    const m = JSON.parse(line) as Message;
    if (typeof m.at !== 'string' || Number.isNaN(Date.parse(m.at)) || typeof m.format !== 'string')
      throw new Error('expected {"at": ISO time, "format": …, "body": …}');
    messages.push(m);
  } catch (error) {
    console.error(`${file}: line ${i + 1}: ${(error as Error).message}`);
    process.exit(1);
  }
});
if (!messages.length) {
  console.error(`${file}: no message`);
  process.exit(1);
}

const first = Date.parse((messages[0] as Message).at);
const started = Date.now();
/** A recorded receiver's times moved by the same amount as the replay: what it would say now. */
function moved(m: Message, shiftMs: number): unknown {
  if (values['as-recorded'] || typeof m.body !== 'object' || m.body === null) return m.body;
  const body = structuredClone(m.body) as Record<string, unknown>;
  if (m.format === 'adsb' && typeof body.now === 'number') body.now += shiftMs / 1000;
  if (m.format === 'opensky') {
    const shift = Math.round(shiftMs / 1000);
    if (typeof body.time === 'number') body.time += shift;
    for (const state of (body.states as unknown[][] | null) ?? [])
      for (const i of [3, 4]) if (typeof state[i] === 'number') (state[i] as number) += shift;
  }
  return body;
}

for (const [i, m] of messages.entries()) {
  const due = started + (Date.parse(m.at) - first) / speed;
  await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
  const shiftMs = Date.now() - Date.parse(m.at);
  const text = typeof m.body === 'string' ? m.body : JSON.stringify(moved(m, shiftMs));
  const type =
    m.format === 'fsu' ? 'text/plain' : m.format === 'xfsu' ? 'application/xml' : 'application/json';
  const response = await fetch(`${url}/api/v1/feeds/${m.format}${m.query ? `?${m.query}` : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    body: text,
  });
  const answer = (await response.json()) as Record<string, unknown>;
  const said = response.ok
    ? `${answer.accepted} stored, ${answer.duplicates} repeats${Array.isArray(answer.dropped) && answer.dropped.length ? `, ${answer.dropped.length} dropped` : ''}${answer.unmatched ? `, ${answer.unmatched} not in the plan` : ''}`
    : `${answer.reason}`;
  console.log(`${i + 1}/${messages.length} ${m.at} ${m.format}: ${response.status} ${said}`);
}
