import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../core/protocol';
import type { CorridorServer } from '../../server/app';
import { startTestServer } from '../helpers/server';

let server: CorridorServer;
beforeAll(async () => {
  server = await startTestServer();
  // Paused first: the seek then lands exactly on noon.
  server.player.pause();
  server.player.seek(Date.parse('2020-03-16T12:00:00Z'));
});
afterAll(() => server.close());

const get = (path: string) => fetch(`${server.url}${path}`);

describe('the state at a time', () => {
  it('is what a screen holds then, whatever the clock says now, with the clock anchored at it', async () => {
    const at = Date.parse('2020-03-13T20:30:00Z');
    const snapshot = (await (await get(`/api/v1/state?at=${at}&rate=60`)).json()) as Snapshot;
    expect(snapshot.clock).toEqual({ anchorScenario: at, anchorWall: at, rate: 60, paused: false });
    expect(snapshot.serverTime).toBe(at);
    // The first flight landed in Liège at 20:00 UTC; the screens, at noon on the 16th, show far more.
    const landed = Object.values(snapshot.statuses).filter((s) => s.code === 'arrived' && s.hub === 'LGG');
    expect(landed.length).toBeGreaterThan(0);
    expect(snapshot.kpis.total.masks?.delivered).toBe(0);
    const flight = snapshot.vehicles.find((v) => v.id === 'CN-HGH-LGG-0313');
    expect(flight?.fixes).toEqual([]);
    const again = (await (
      await get(`/api/v1/state?at=${at}&plan=${snapshot.planVersion}`)
    ).json()) as Snapshot;
    expect(again.plan).toBeNull();
    expect(again.clock.paused).toBe(true);
  });

  it('refuses a time outside the operation, saying its span', async () => {
    const response = await get('/api/v1/state?at=2019-01-01T00:00:00Z');
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/outside the operation \(2020-03-10T12:00:00.000Z to /);
  });
});

describe('the data behind the screen', () => {
  it('lists every shipment with its status now and the provenance of each fact (JSON)', async () => {
    const response = await get('/api/v1/shipments.json');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = await response.json();
    expect(doc.at).toBe('2020-03-16T12:00:00.000Z');
    const delivered = doc.shipments.filter(
      (s: { status: { code: string } }) => s.status.code === 'delivered',
    );
    expect(delivered).toHaveLength(3);
    expect(doc.shipments[0].legs[0]).toMatchObject({ from: 'HGH', to: 'LGG', mode: 'air' });
    const [flight] = doc.shipments[0].legs;
    expect(flight.provenance.reported).toContain('reuters-2020-03-15');
    expect(Object.keys(flight.depart.provenance)).toEqual(['illustrative']);
    expect(Object.keys(doc.sources)).toContain('reuters-2020-03-15');
  });

  it('takes another time, and gives it as CSV a spreadsheet opens', async () => {
    const response = await get('/api/v1/shipments.csv?at=2020-03-13T21:30:00%2B01:00');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="airlift-2020-shipments-2020-03-13T2030.csv"',
    );
    const lines = (await response.text()).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^at,shipment,title,destination,destination_country,item,quantity,unit,/);
    expect(lines.slice(1).every((line) => line.startsWith('2020-03-13T20:30:00.000Z,'))).toBe(true);
    expect(lines.some((line) => line.includes(',arrived,LGG,'))).toBe(true);
    expect((await get('/api/v1/shipments.csv?at=yesterday')).status).toBe(400);
  });
});
