import { describe, expect, it } from 'vitest';
import { readPositions, type Update } from '../../core/protocol';
import { fixAlong, ok, TOKEN } from '../helpers/ingest';
import { connectDisplay, startTestServer, until } from '../helpers/server';
import { useTeardown } from '../helpers/teardown';

const { track } = useTeardown();

const FLIGHT = 'CN-HGH-LGG-0313';

/** A server paused on 13 March 2020 at noon, the first flight in the air, and a display on it. */
async function pausedAtNoon() {
  const server = track(await startTestServer({ ingestToken: TOKEN, tickMs: 40 }));
  server.player.seek(Date.parse('2020-03-13T12:00:00Z'));
  server.player.pause();
  const display = connectDisplay(server.url);
  track(display.socket);
  await until('the snapshot', () => display.received.length > 0);
  const updates = () => display.received.flatMap((m) => (m.kind === 'update' ? [m.update] : []));
  const frames = () => display.received.flatMap((m) => (m.kind === 'positions' ? [m.frame] : []));
  return { server, display, updates, frames };
}

describe('ingested events on the displays', () => {
  it('arrive as ordinary updates and position frames, in sequence', async () => {
    const { server, display, updates, frames } = await pausedAtNoon();
    const plan = server.corridor.plan;
    const flightIndex = plan.legs.findIndex((leg) => leg.id === FLIGHT);

    await ok(server.url, [fixAlong(plan, FLIGHT, 0.3, '2020-03-13T10:00:00Z')]);
    await until('a rebase with the live track', () =>
      updates().some((u) => u.event.type === 'rebase' && !!u.event.tracks?.[FLIGHT]?.length),
    );

    await ok(server.url, [fixAlong(plan, FLIGHT, 0.38, '2020-03-13T11:00:00Z')]);
    const t = Date.parse('2020-03-13T11:00:00Z');
    await until('a positions frame with the live fix', () => frames().some((f) => f.t === t));
    const frame = frames().find((f) => f.t === t);
    const fixes: [number, number][] = [];
    if (frame) readPositions(frame, (index, progress) => fixes.push([index, progress]));
    expect(fixes).toHaveLength(1);
    expect(fixes[0]?.[0]).toBe(flightIndex);
    expect(fixes[0]?.[1]).toBeCloseTo(0.38, 3);

    await ok(server.url, [
      { kind: 'status', shipment: 'S1-IT', code: 'RCF', hub: 'LGG', time: '2020-03-13T11:45:00Z' },
    ]);
    await until('the status update', () =>
      updates().some((u) => u.event.type === 'status' && u.event.code === 'RCF'),
    );
    expect(updates().find((u) => u.event.type === 'status' && u.event.code === 'RCF')?.event).toEqual({
      type: 'status',
      shipment: 'S1-IT',
      status: 'arrived',
      hub: 'LGG',
      time: Date.parse('2020-03-13T11:45:00Z'),
      leg: 0,
      code: 'RCF',
    });

    await ok(server.url, [
      {
        kind: 'shipment',
        shipment: 'S9-FR',
        title: 'Gloves for Paris',
        contents: [{ item: 'protective_equipment', quantity: 40_000 }],
        legs: [
          {
            vehicle: 'LGG-CDG-0313',
            mode: 'road',
            from: 'LGG',
            to: 'CDG',
            depart: '2020-03-13T11:00:00Z',
            arrive: '2020-03-13T16:00:00Z',
          },
        ],
      },
    ]);
    await until('the new shipment and its departure', () =>
      updates().some(
        (u) => u.event.type === 'status' && u.event.shipment === 'S9-FR' && u.event.status === 'departed',
      ),
    );
    const added = updates().find((u) => u.event.type === 'shipment')?.event;
    if (added?.type !== 'shipment') throw new Error('no shipment update');
    expect(added.shipment).toMatchObject({ id: 'S9-FR', destination: 'CDG' });
    const truckIndex = server.corridor.plan.legs.findIndex((leg) => leg.id === 'LGG-CDG-0313');
    expect(truckIndex).toBe(plan.legs.length);
    await until('the truck in a frame', () =>
      frames().some((f) => {
        let found = false;
        readPositions(f, (index) => {
          found ||= index === truckIndex;
        });
        return found;
      }),
    );

    let previous = display.received[0]?.kind === 'snapshot' ? display.received[0].snapshot.updateSeq : -1;
    for (const update of updates()) {
      expect(update.prev).toBe(previous);
      previous = update.seq;
    }
  });

  it('keep late fixes out of the track: a vehicle never moves back', async () => {
    const { server } = await pausedAtNoon();
    const plan = server.corridor.plan;
    await ok(server.url, [
      fixAlong(plan, FLIGHT, 0.3, '2020-03-13T10:00:00Z'),
      fixAlong(plan, FLIGHT, 0.38, '2020-03-13T11:00:00Z'),
    ]);
    const late = await ok(server.url, [
      fixAlong(plan, FLIGHT, 0.34, '2020-03-13T10:30:00Z'),
      fixAlong(plan, FLIGHT, 0.378, '2020-03-13T11:30:00Z'),
    ]);
    const notes = (late.events as { note?: string }[]).map((e) => e.note);
    expect(notes).toEqual([
      'older than the fix at 2020-03-13T11:00:00Z: kept in the log, never moves the vehicle back',
      'behind the fix at 2020-03-13T11:00:00Z: kept in the log, never moves the vehicle back',
    ]);
    const track = server.corridor.state.tracks[FLIGHT] ?? [];
    expect(track.map((f) => new Date(f.time).toISOString().slice(11, 16))).toEqual([
      '10:00',
      '10:30',
      '11:00',
    ]);
    for (let i = 1; i < track.length; i++)
      expect(track[i]?.progress).toBeGreaterThanOrEqual(track[i - 1]?.progress ?? 1);
    const inLog = server.log.fixesAround(FLIGHT, Date.parse('2020-03-13T12:00:00Z'), 10).before;
    expect(inLog.map((f) => new Date(f.time).toISOString().slice(11, 16))).toEqual([
      '10:00',
      '10:30',
      '11:00',
      '11:30',
    ]);
  });

  it('show a live status in the future of the scenario clock only when the clock gets there', async () => {
    const { server, updates } = await pausedAtNoon();
    await ok(server.url, [
      { kind: 'status', shipment: 'S1-IT', code: 'ARR', hub: 'LGG', time: '2020-03-13T21:10:00Z' },
    ]);
    expect(server.corridor.state.statuses['S1-IT']?.code).toBe('departed');
    server.player.seek(Date.parse('2020-03-13T20:30:00Z'));
    expect(server.corridor.state.statuses['S1-IT']?.code).toBe('departed');
    server.player.setRate(3600);
    server.player.play();
    await until('the late arrival', () =>
      updates().some((u: Update) => u.event.type === 'status' && u.event.code === 'ARR'),
    );
    expect(server.corridor.state.statuses['S1-IT']).toMatchObject({
      code: 'arrived',
      time: Date.parse('2020-03-13T21:10:00Z'),
    });
  });
});
