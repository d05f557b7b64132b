import { describe, expect, it } from 'vitest';
import type { CorridorServer } from '../../server/app';
import { emptyPlan } from '../../server/live-plan';
import { fixAlong, ok, TOKEN, tempDataDir } from '../helpers/ingest';
import { bundledPlan, connectDisplay, startTestServer, until } from '../helpers/server';
import { useTeardown } from '../helpers/teardown';

const { track } = useTeardown();
let server: CorridorServer | undefined;

const H = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('the durable event log', () => {
  it('rebuilds the state from the log after a restart, in scenario mode', async () => {
    const dataDir = tempDataDir();
    server = track(await startTestServer({ ingestToken: TOKEN, dataDir }));
    const plan = server.corridor.plan;
    await ok(server.url, [
      {
        kind: 'shipment',
        shipment: 'S9-FR',
        awb: '176-12345675',
        title: 'Gloves for Paris',
        contents: [{ item: 'protective_equipment', quantity: 40_000 }],
        legs: [
          {
            vehicle: 'LGG-CDG-0314',
            mode: 'road',
            from: 'LGG',
            to: 'CDG',
            depart: '2020-03-14T08:00:00Z',
            arrive: '2020-03-14T13:00:00Z',
          },
        ],
      },
      { kind: 'status', shipment: 'S1-IT', code: 'RCF', hub: 'LGG', time: '2020-03-13T21:05:00Z' },
      {
        kind: 'status',
        awb: '176-12345675',
        code: 'departed_terminal',
        hub: 'LGG',
        time: '2020-03-14T08:20:00Z',
      },
      fixAlong(plan, 'CN-HGH-LGG-0313', 0.5, '2020-03-13T13:00:00Z'),
    ]);
    await server.close();

    server = track(await startTestServer({ ingestToken: TOKEN, dataDir }));
    expect(server.log.head).toBe(4);
    expect(server.corridor.plan.shipments.map((s) => s.id)).toContain('S9-FR');
    server.player.seek(Date.parse('2020-03-13T22:00:00Z'));
    const { statuses, tracks } = server.corridor.state;
    expect(statuses['S1-IT']).toEqual({
      code: 'arrived',
      hub: 'LGG',
      time: Date.parse('2020-03-13T21:05:00Z'),
      leg: 0,
    });
    expect(tracks['CN-HGH-LGG-0313']).toEqual([
      { time: Date.parse('2020-03-13T13:00:00Z'), progress: expect.closeTo(0.5, 3) },
    ]);
    server.player.seek(Date.parse('2020-03-14T09:00:00Z'));
    expect(server.corridor.state.statuses['S9-FR']).toMatchObject({
      code: 'departed',
      time: Date.parse('2020-03-14T08:20:00Z'),
    });
  });

  it('replays the past from the log in live mode, then returns to live', async () => {
    const dataDir = tempDataDir();
    const now = Date.now();
    const items = bundledPlan().items.filter((item) => item.id === 'test_kits');
    const live = { ingestToken: TOKEN, dataDir, live: true, plan: emptyPlan(now, { items }) };
    server = track(await startTestServer(live));
    await ok(server.url, [
      {
        kind: 'shipment',
        shipment: 'L1',
        title: 'Test kits',
        contents: [{ item: 'test_kits', quantity: 5000 }],
        legs: [
          {
            vehicle: 'TRUCK-1',
            mode: 'road',
            from: 'LGG',
            to: 'AMS',
            depart: iso(now - 3 * H),
            arrive: iso(now + H),
          },
        ],
        hubs: [
          {
            id: 'LGG',
            name: 'Liège',
            kind: 'airport',
            country: 'BE',
            lon: 5.4428,
            lat: 50.6364,
            timeZone: 'Europe/Brussels',
          },
          {
            id: 'AMS',
            name: 'Amsterdam',
            kind: 'airport',
            country: 'NL',
            lon: 4.7639,
            lat: 52.3086,
            timeZone: 'Europe/Amsterdam',
          },
        ],
        booked: iso(now - 5 * H),
      },
      { kind: 'status', shipment: 'L1', code: 'departed_terminal', hub: 'LGG', time: iso(now - 2.9 * H) },
    ]);
    const plan = server.corridor.plan;
    await ok(server.url, [
      fixAlong(plan, 'TRUCK-1', 0.2, iso(now - 2 * H)),
      fixAlong(plan, 'TRUCK-1', 0.5, iso(now - H)),
    ]);
    await server.close();

    server = track(await startTestServer(live));
    const display = connectDisplay(server.url);
    track(display.socket);
    await until('the snapshot', () => display.received.length > 0);
    const at = (t: number) => {
      const live = server as CorridorServer;
      live.player.seek(t);
      const { statuses, tracks } = live.corridor.state;
      return {
        status: statuses.L1?.code,
        fixes: tracks['TRUCK-1']?.map((f) => Math.round((now - f.time) / H)),
      };
    };
    expect(at(now - 4 * H)).toEqual({ status: 'booked', fixes: [] });
    expect(at(now - 2.5 * H)).toEqual({ status: 'departed', fixes: [] });
    expect(at(now - 1.5 * H)).toEqual({ status: 'departed', fixes: [2] });
    await until('the rebase at the past time on the display', () =>
      display.received.some(
        (m) =>
          m.kind === 'update' &&
          m.update.event.type === 'rebase' &&
          m.update.event.tracks?.['TRUCK-1']?.length === 1,
      ),
    );
    server.player.backToLive();
    expect(server.corridor.state.tracks['TRUCK-1']?.length).toBe(2);
    expect(server.corridor.state.clock).toMatchObject({ rate: 1, paused: false });
    expect(Math.abs(server.corridor.state.clock.anchorScenario - Date.now())).toBeLessThan(1000);
  });

  it('refuses to start a second server on the same data folder', async () => {
    const dataDir = tempDataDir();
    server = track(await startTestServer({ dataDir }));
    await expect(startTestServer({ dataDir })).rejects.toThrow(/in use by another Corridor server/);
  });
});
