import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canTransition, STATUS_CODES } from '../status';
import { CARGO_STATUSES, cargoStatus } from './status-codes';

describe('cargo status codes', () => {
  it('maps the IATA codes a forwarder sends to what the screen shows', () => {
    expect(cargoStatus('BKD')?.status).toBe('booked');
    expect(cargoStatus('rcf')?.status).toBe('arrived');
    expect(cargoStatus('CCD')?.status).toBe('customs_cleared');
    expect(cargoStatus('DLV')?.status).toBe('delivered');
    expect(cargoStatus('DIS')?.status).toBeNull();
    expect(cargoStatus('XYZ')).toBeUndefined();
  });

  it('names rail and road equivalents plainly', () => {
    expect(cargoStatus('departed_terminal')?.status).toBe('departed');
    expect(cargoStatus('gauge_change')?.status).toBeNull();
    expect(cargoStatus('arrived_terminal')?.status).toBe('arrived');
  });

  it('has one entry per code and reaches every status a shipment can move to', () => {
    const codes = CARGO_STATUSES.map((s) => s.code.toLowerCase());
    expect(new Set(codes).size).toBe(codes.length);
    const reached = new Set(CARGO_STATUSES.map((s) => s.status));
    for (const status of STATUS_CODES) if (status !== 'planned') expect(reached).toContain(status);
    expect(canTransition('planned', 'booked')).toBe(true);
  });

  it('is the table documented in docs/ingest.md', () => {
    const doc = readFileSync('docs/ingest.md', 'utf8');
    for (const s of CARGO_STATUSES) {
      expect(doc).toContain(`| \`${s.code}\` | ${s.name} | ${s.status ? `\`${s.status}\`` : '—'} |`);
    }
  });
});
