import { describe, expect, it } from 'vitest';
import { STATUS_CODES } from './fields';
import { parseFsu } from './fsu';
import { hasLayout } from './fsu-line';

const now = Date.UTC(2026, 2, 15, 12);
const msg = (...lines: string[]) => lines.join('\r\n');

describe('parseFsu', () => {
  it('reads status lines with flight details (DEP from the pair, ARR at the arrival)', () => {
    const text = msg(
      'FSU/14',
      '176-12345675HGHLGG/T1000K25000',
      'DEP/CV7401/13MAR/HGHLGG/T1000K25000/A1940',
      'ARR/CV7401/14MAR0615/LGG/T1000K25000',
      'RCF/CV7401/14MAR0730/LGG/P400K10000',
    );
    const base = { awb: '176-12345675', flight: 'CV7401', pieces: 1000, weightKg: 25000 };
    expect(parseFsu(text, { now })).toEqual({
      ok: true,
      items: [
        { ...base, code: 'DEP', airport: 'HGH', time: Date.UTC(2026, 2, 13, 19, 40), at: 'line 3' },
        { ...base, code: 'ARR', airport: 'LGG', time: Date.UTC(2026, 2, 14, 6, 15), at: 'line 4' },
        {
          ...base,
          code: 'RCF',
          airport: 'LGG',
          time: Date.UTC(2026, 2, 14, 7, 30),
          pieces: 400,
          weightKg: 10000,
          at: 'line 5',
        },
      ],
      skipped: [],
    });
  });

  it('reads lines without flight details, converts pounds and passes names, OSI and continuations over', () => {
    const text = msg(
      'FSU/15',
      '077-12345675BOGNCE/T10L770',
      'RCS/01NOV0900/BOG/T10L770/SHIPPERNAME',
      'DLV/03NOV1615/NCE/T10K350/MICLARK',
      'NFD/03NOV/NCE/T10',
      'OSI/CONSIGNEE CALLED',
      '/PICK-UP AT DOOR 4',
      '',
      '',
    );
    const base = { awb: '077-12345675', flight: null, pieces: 10 };
    expect(parseFsu(text, { now: Date.UTC(2026, 10, 4) })).toEqual({
      ok: true,
      items: [
        {
          ...base,
          code: 'RCS',
          airport: 'BOG',
          time: Date.UTC(2026, 10, 1, 9),
          weightKg: 349.3,
          at: 'line 3',
        },
        {
          ...base,
          code: 'DLV',
          airport: 'NCE',
          time: Date.UTC(2026, 10, 3, 16, 15),
          weightKg: 350,
          at: 'line 4',
        },
        { ...base, code: 'NFD', airport: 'NCE', time: Date.UTC(2026, 10, 3), weightKg: null, at: 'line 5' },
      ],
      skipped: [
        { at: 'line 6', reason: 'OSI: other service information, not a status' },
        { at: 'line 7', reason: 'continues the segment above, not a status' },
      ],
    });
  });

  it('puts dates in the year nearest now, across a New Year', () => {
    const text = msg(
      'FSU/14',
      '176-12345675',
      'DEP/CV7401/31DEC/HGHLGG/T5/A2330',
      'ARR/CV7401/01JAN0615/LGG/T5',
    );
    const times = (at: number) => {
      const result = parseFsu(text, { now: at });
      return result.ok ? result.items.map((item) => new Date(item.time).toISOString()) : result.errors;
    };
    expect(times(Date.UTC(2027, 0, 1, 8))).toEqual(['2026-12-31T23:30:00.000Z', '2027-01-01T06:15:00.000Z']);
    expect(times(Date.UTC(2026, 11, 31, 20))).toEqual([
      '2026-12-31T23:30:00.000Z',
      '2027-01-01T06:15:00.000Z',
    ]);
    expect(times(Date.UTC(2026, 5, 1))).toEqual(['2025-12-31T23:30:00.000Z', '2026-01-01T06:15:00.000Z']);
  });

  it('applies day change indicators and skips what cannot be placed in time', () => {
    const text = msg(
      'FSU/15',
      '085-22210005BSLBKK/P8K120T20',
      'DEP/SR172/24MAR/ZRHBKK/P8/E2330-P/E0530-N',
      'PRE///CDGHKG/T18/S2000/S0500-N',
      'TRM/TW/SYD/T12',
      'RCF/AF001/10JUL/CDG/T12//A0600-N',
    );
    expect(parseFsu(text, { now })).toEqual({
      ok: true,
      items: [
        {
          awb: '085-22210005',
          code: 'DEP',
          airport: 'ZRH',
          time: Date.UTC(2026, 2, 23, 23, 30),
          flight: 'SR172',
          pieces: 8,
          weightKg: null,
          at: 'line 3',
        },
      ],
      skipped: [
        { at: 'line 4', reason: 'PRE gives no date, so it cannot be placed in time' },
        { at: 'line 5', reason: 'TRM gives no date, so it cannot be placed in time' },
        {
          at: 'line 6',
          reason:
            'arrival time "A0600-N" counts days from the flight\'s departure, which the line does not give',
        },
      ],
    });
  });

  it('names the line and field of every error', () => {
    const text = msg(
      'FSU/14',
      '176-12345670HGHLGG/T1000K25000',
      'DEP/CV7401/32MAR/HGHLGG/T1000K25000',
      'ARR/CV7401/14MAR0615/LG/T1000K25000',
      'XYZ/13MAR/LGG/T1',
      'DLV/30FEB1200/LGG/T1000',
      'RCS/13MAR/LGG/1000K25000',
    );
    expect(parseFsu(text, { now })).toEqual({
      ok: false,
      errors: [
        'line 2: air waybill: check digit of "176-12345670" should be 5 (first 7 digits of the serial mod 7)',
        'line 3 (DEP): date: expected a day and month like "13MAR", got "32MAR"',
        'line 4 (ARR): airport: expected a 3-letter IATA code, got "LG"',
        'line 5: unknown status code "XYZ"',
        'line 6 (DLV): date: "30FEB1200" is not a date in 2025, 2026 or 2027',
        'line 7 (RCS): quantity: expected T or P, pieces and optionally K or L and a weight, like "T10K350", got "1000K25000"',
      ],
    });
  });

  it('refuses other messages, missing status lines and bad times', () => {
    expect(parseFsu('FWB/16\n176-12345675HGHLGG/T1', { now })).toEqual({
      ok: false,
      errors: ['line 1: expected "FSU/" and a version, got "FWB/16"'],
    });
    expect(parseFsu('FSU/14\n176-12345675HGHLGG/T1\nOSI/NOTHING YET\n', { now })).toEqual({
      ok: false,
      errors: ['no status line after the air waybill line'],
    });
    expect(parseFsu('FSU/14\n176-12345675HGHLG/T1\nARR/CV74011/14MAR2460/LGG/T1/X1', { now })).toEqual({
      ok: false,
      errors: [
        'line 2: origin and destination: expected two 3-letter IATA codes like "JFKFRA", got "HGHLG"',
        'line 3 (ARR): flight: expected a carrier code and flight number like "CV7401", got "CV74011"',
        'line 3 (ARR): date: "2460" in "14MAR2460" is not a time of day (HHMM)',
        'line 3 (ARR): departure time: expected S, E or A, a time and optionally -N or -P, like "A1930", got "X1"',
      ],
    });
  });

  it('has a line layout for every status code the XFSU parser accepts', () => {
    expect([...STATUS_CODES].filter((code) => !hasLayout(code))).toEqual([]);
    expect(hasLayout('XYZ')).toBe(false);
  });
});
