import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryBatch } from '../helpers/arbitrary-events';
import { fixAlong, post, TOKEN } from '../helpers/ingest';
import { startTestServer } from '../helpers/server';
import { useTeardown } from '../helpers/teardown';

const { track } = useTeardown();
const start = async () => track(await startTestServer({ ingestToken: TOKEN }));

const status = (code: string, time: string, hub = 'LGG', shipment = 'S1-IT') => ({
  kind: 'status',
  shipment,
  code,
  hub,
  time,
});

describe('POST /api/v1/events', () => {
  it('answers 401 without the right bearer token, and stores nothing', async () => {
    const { url, log } = await start();
    const batch = [status('RCF', '2020-03-13T21:00:00Z')];
    for (const [token, reason] of [
      [null, 'missing Authorization: Bearer <ingest token>'],
      ['not-the-token-at-all', 'wrong ingest token'],
      ['', 'expected Authorization: Bearer <ingest token>'],
    ] as const) {
      const answer = await post(url, batch, { token });
      expect(answer).toEqual({ status: 401, body: { error: 'unauthorized', reason } });
    }
    const basic = await fetch(`${url}/api/v1/events`, {
      method: 'POST',
      headers: { authorization: `Basic ${TOKEN}` },
    });
    expect(basic.status).toBe(401);
    expect(basic.headers.get('www-authenticate')).toBe('Bearer realm="corridor ingest"');
    expect(log.head).toBe(0);
  });

  it('answers 415 for a content type it does not read', async () => {
    const { url } = await start();
    const text = await post(url, 'hello', { type: 'text/plain', raw: true });
    expect(text.status).toBe(415);
    expect(text.body.reason).toBe(
      'Content-Type "text/plain" is not accepted: send application/json (an array of events), application/x-ndjson (one event per line) or text/csv (a shipment sheet)',
    );
    expect((await post(url, '[]', { type: '', raw: true })).status).toBe(415);
  });

  it('answers 413 for a body over 4 MiB or over 10,000 events', async () => {
    const { url, log } = await start();
    const big = `[${' '.repeat(4 * 1024 * 1024)}]`;
    expect(await post(url, big, { raw: true })).toEqual({
      status: 413,
      body: { error: 'payload_too_large', reason: 'the body is over 4194304 bytes: send smaller batches' },
    });
    const many = Array.from({ length: 10_001 }, () => ({}));
    expect((await post(url, many)).body).toEqual({
      error: 'too_many_events',
      reason: '10001 events in one batch; at most 10000: split it',
    });
    expect(log.head).toBe(0);
  });

  it('answers 400 with one entry per bad event and applies nothing of the batch', async () => {
    const { url, corridor, log } = await start();
    const before = JSON.stringify(corridor.state.statuses);
    const answer = await post(url, [
      status('DEP', '2020-03-13T07:10:00Z', 'HGH'),
      status('DEP', '2020-03-13T07:10:00Z', 'HGH', 'S99'),
      fixAlong(corridor.plan, 'CN-HGH-LGG-0313', 0.5, '2020-03-13T13:00:00Z', { lat: Number.NaN }),
      { ...fixAlong(corridor.plan, 'CN-HGH-LGG-0313', 0.5, '2031-01-01T00:00:00Z'), lon: 200 },
    ]);
    expect(answer.status).toBe(400);
    expect(answer.body.reason).toBe('3 of 4 events refused; nothing was stored');
    expect(answer.body.errors?.map((e) => [e.index, e.path, e.status, e.reason])).toEqual([
      [1, '[1].shipment', 404, 'no shipment "S99"'],
      [2, '[2].lat', 400, 'Invalid input: expected number, received null'],
      [3, '[3].lon', 400, 'longitude must be ≤ 180'],
    ]);
    expect(log.head).toBe(0);
    expect(JSON.stringify(corridor.state.statuses)).toBe(before);
  });

  it('reads NDJSON and names the line of a bad one', async () => {
    const { url, log } = await start();
    const good = JSON.stringify(status('DIS', '2020-03-13T21:00:00Z'));
    const bad = await post(url, `${good}\n\n{"kind": "status",\n${good}\n`, {
      type: 'application/x-ndjson',
      raw: true,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { index: 1, line: 3, path: '[1]', status: 400, reason: expect.stringMatching(/^not valid JSON: /) },
    ]);
    const wrong = await post(url, `${good}\n${JSON.stringify({ kind: 'status' })}`, {
      type: 'application/x-ndjson',
      raw: true,
    });
    expect(wrong.body.errors?.[0]).toMatchObject({ index: 1, line: 2, path: '[1].code' });
    const ok = await post(url, `${good}\n`, { type: 'application/x-ndjson', raw: true });
    expect(ok.status).toBe(200);
    expect(log.head).toBe(1);
  });

  it('refuses a body that is not an array, or empty', async () => {
    const { url } = await start();
    expect((await post(url, status('DIS', '2020-03-13T21:00:00Z'))).body).toEqual({
      error: 'invalid_body',
      reason:
        'expected a JSON array of events (or one event per line with Content-Type: application/x-ndjson)',
    });
    expect((await post(url, '{"kind":', { raw: true })).body.reason).toMatch(/^not valid JSON: /);
    expect((await post(url, [])).body).toEqual({ error: 'empty_batch', reason: 'no events in the body' });
  });

  it('stores a batch once: a resend changes nothing and says so', async () => {
    const { url, log, corridor } = await start();
    const batch = [
      { ...status('RCF', '2020-03-13T21:00:00Z'), id: 'fsu-1' },
      status('DIS', '2020-03-13T21:30:00Z'),
      fixAlong(corridor.plan, 'CN-HGH-LGG-0313', 0.5, '2020-03-13T13:00:00Z'),
    ];
    const first = await post(url, batch);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ batch: 1, accepted: 3, duplicates: 0 });
    const events = first.body.events as { id: string; seq: number }[];
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(events[0]?.id).toBe('fsu-1');
    const again = await post(url, batch);
    expect(again).toEqual({
      status: 200,
      body: {
        batch: null,
        accepted: 0,
        duplicates: 3,
        reason: 'nothing new: every event was already stored',
        events: events.map(({ id, seq }, index) => ({ index, id, seq, duplicate: true })),
      },
    });
    expect(log.head).toBe(3);
  });

  it('answers any body with 200 or a 400 that says why, and keeps serving (property)', async () => {
    const { url, corridor } = await start();
    const body = fc.oneof(
      arbitraryBatch(corridor.plan, Date.now()).map((items) => ({
        text: JSON.stringify(items),
        type: 'application/json',
      })),
      fc.string().map((text) => ({ text, type: 'application/json' })),
      fc
        .array(fc.json(), { maxLength: 5 })
        .map((lines) => ({ text: lines.join('\n'), type: 'application/x-ndjson' })),
    );
    await fc.assert(
      fc.asyncProperty(body, async ({ text, type }) => {
        const answer = await post(url, text, { raw: true, type });
        expect([200, 400]).toContain(answer.status);
        if (answer.status === 400) expect(typeof answer.body.reason).toBe('string');
        for (const error of answer.body.errors ?? [])
          expect(error.path.startsWith(`[${error.index}]`)).toBe(true);
      }),
      { numRuns: 60 },
    );
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('takes a shipment sheet (CSV) and names the cells of a bad one', async () => {
    const { url, corridor } = await start();
    const sheet = readFileSync('data/sheets/example-shipments.csv', 'utf8');
    const broken = sheet.replace('BRU-CITY', 'BRU-CTY').replace('masks: 100000', 'masks: many');
    const refused = await post(url, broken, { type: 'text/csv', raw: true });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      {
        index: 1,
        line: 3,
        cell: 'J3',
        path: '[1].contents',
        status: 400,
        reason: expect.stringContaining('"masks: many"'),
      },
    ]);
    const unknownHub = await post(url, sheet.replace('BRU-CITY', 'BRU-CTY'), { type: 'text/csv', raw: true });
    expect(unknownHub.body.errors).toEqual([
      {
        index: 0,
        line: 2,
        cell: 'F2',
        path: '[0].to',
        status: 404,
        reason: 'unknown hub "BRU-CTY"',
        id: expect.any(String),
      },
    ]);
    const stored = await post(url, sheet, { type: 'text/csv', raw: true });
    expect(stored.body).toMatchObject({ accepted: 3, duplicates: 0 });
    expect(corridor.plan.shipments.map((s) => s.id)).toEqual(
      expect.arrayContaining(['X1-BE', 'X2-NL', 'X3-CH']),
    );
  });

  it('answers 500 when the log cannot be written, shows nothing, and keeps serving', async () => {
    const { url, corridor, log } = await start();
    const before = JSON.stringify(corridor.state.statuses);
    log.db.close();
    const answer = await post(url, [status('RCF', '2020-03-13T21:00:00Z')]);
    expect(answer).toEqual({
      status: 500,
      body: {
        error: 'storage_failed',
        reason: 'the batch could not be stored; nothing of it was kept or shown: retry it',
      },
    });
    expect(JSON.stringify(corridor.state.statuses)).toBe(before);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
