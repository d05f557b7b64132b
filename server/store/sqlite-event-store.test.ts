import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../core/ingest/live-event';
import { SqliteEventStore } from './sqlite-event-store';

const open: SqliteEventStore[] = [];
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

function store(dir = mkdtempSync(join(tmpdir(), 'corridor-store-'))) {
  const s = SqliteEventStore.open(dir);
  open.push(s);
  return { s, dir };
}

const fix = (id: string, time: number, progress: number): LiveEvent => ({
  kind: 'fix',
  id,
  vehicle: 'V1',
  time,
  progress,
  lon: 5.44,
  lat: 50.63,
  altitude: 1000,
});
const status: LiveEvent = {
  kind: 'status',
  id: 's1',
  shipment: 'S1',
  code: 'DEP',
  status: 'departed',
  hub: 'HGH',
  leg: 0,
  time: 50,
};

describe('SQLite event store', () => {
  it('keeps committed batches across a reopen, in WAL mode', () => {
    const { s, dir } = store();
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.commit([fix('a', 100, 0.1), status], 1)).toEqual({ batch: 1, seqs: [1, 2] });
    expect(s.commit([fix('b', 200, 0.2)], 2)).toEqual({ batch: 2, seqs: [3] });
    s.close();
    const { s: again } = store(dir);
    expect(again.head).toBe(3);
    expect(again.fixVehicles()).toEqual(['V1']);
    expect([...again.statuses()]).toEqual([status]);
    expect(again.fixesBetween(100, 200).map((f) => f.id)).toEqual(['b']);
    expect(again.fixesAround('V1', 150)).toMatchObject({
      before: [{ id: 'a', altitude: 1000 }],
      after: { id: 'b' },
    });
    expect(again.commit([fix('c', 300, 0.3)], 3)).toEqual({ batch: 3, seqs: [4] });
  });

  it('knows the ids it holds and skips one committed twice', () => {
    const { s } = store();
    s.commit([fix('a', 100, 0.1)], 1);
    expect(s.seqOf('a')).toBe(1);
    expect(s.seqOf('z')).toBeUndefined();
    expect(s.commit([fix('a', 100, 0.1), fix('b', 200, 0.2)], 2).seqs).toEqual([0, 2]);
  });

  it('replays entries as the events screens receive', () => {
    const { s } = store();
    s.commit([fix('a', 100, 0.25), { ...status, id: 'dis', code: 'DIS', status: null }, status], 1);
    expect(s.since(0)?.map((e) => e.event)).toEqual([
      { type: 'fixes', time: 100, fixes: [{ vehicle: 'V1', time: 100, progress: 0.25 }] },
      { type: 'status', shipment: 'S1', status: 'departed', hub: 'HGH', time: 50, leg: 0, code: 'DEP' },
    ]);
  });

  it('refuses a second server on the same data folder', () => {
    const { dir } = store();
    expect(() => SqliteEventStore.open(dir)).toThrow(/in use by another Corridor server/);
  });

  it('rolls a batch back whole when one row cannot be written', () => {
    const { s } = store();
    const broken = { ...fix('x', 100, 0.1), vehicle: null } as unknown as LiveEvent;
    expect(() => s.commit([fix('ok', 100, 0.1), broken], 1)).toThrow();
    expect(s.seqOf('ok')).toBeUndefined();
    expect(s.commit([fix('ok', 100, 0.1)], 2).seqs).toEqual([1]);
  });
});
