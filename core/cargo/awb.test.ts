import { describe, expect, it } from 'vitest';
import { parseAwb } from './awb';

describe('air waybill numbers', () => {
  it('normalizes the usual spellings', () => {
    for (const input of ['176-12345675', '17612345675', '176 12345675', ' 176-12345675 ']) {
      expect(parseAwb(input)).toEqual({ ok: true, awb: '176-12345675' });
    }
  });

  it('names the check digit it expected', () => {
    expect(parseAwb('176-12345670')).toEqual({
      ok: false,
      reason: 'check digit of "176-12345670" should be 5 (first 7 digits of the serial mod 7)',
    });
  });

  it('refuses what is not an air waybill number', () => {
    for (const input of ['', '176-1234567', 'ABC-12345675', '1761-2345675']) {
      expect(parseAwb(input).ok).toBe(false);
    }
  });
});
