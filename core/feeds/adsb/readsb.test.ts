import { describe, expect, it } from 'vitest';
import { parseReadsb } from './readsb';

const options = { maxAgeSeconds: 60 };

/** Shaped like readsb's aircraft.json: many fields Corridor does not read, present to be ignored. */
const sample = {
  now: 1718013600.4,
  messages: 48213557,
  aircraft: [
    {
      hex: '3C6DD4',
      type: 'adsb_icao',
      flight: 'DLH9LC  ',
      r: 'D-AIMA',
      t: 'A388',
      alt_baro: 37000,
      alt_geom: 37425,
      gs: 480.5,
      track: 92.3,
      baro_rate: 0,
      squawk: '1000',
      category: 'A5',
      nav_qnh: 1013.6,
      lat: 50.110924,
      lon: 8.682127,
      nic: 8,
      rc: 186,
      seen_pos: 0.4,
      version: 2,
      mlat: [],
      tisb: [],
      messages: 2514,
      seen: 0.1,
      rssi: -12.4,
    },
    {
      hex: '4ca7b5',
      type: 'mode_s',
      alt_baro: 12000,
      mlat: [],
      tisb: [],
      messages: 12,
      seen: 3.2,
      rssi: -25.1,
    },
    {
      hex: '3c4b26',
      flight: 'gec8204 ',
      alt_baro: 8000,
      lat: 50.2,
      lon: 8.9,
      seen_pos: 73.1,
      seen: 2,
      rssi: -20,
    },
    { hex: '~2d01a4', type: 'tisb_other', alt_baro: 3000, lat: 50.05, lon: 8.6, seen_pos: 1.2, seen: 1.2 },
    {
      hex: '3c66b0',
      flight: '        ',
      alt_baro: 'ground',
      gs: 12,
      track: 360,
      lat: 50.0379,
      lon: 8.5622,
      seen_pos: 2,
      seen: 0.5,
    },
  ],
};

const broken = (aircraft: unknown[], now: unknown = 1718013600) => JSON.stringify({ now, aircraft });

describe('readsb aircraft.json', () => {
  it('reads positions in Corridor units and says why it passed over the rest', () => {
    expect(parseReadsb(JSON.stringify(sample), options)).toEqual({
      ok: true,
      items: [
        {
          icao24: '3c6dd4',
          callsign: 'DLH9LC',
          lon: 8.682127,
          lat: 50.110924,
          time: 1718013600000,
          altitudeM: expect.closeTo(11277.6, 6),
          onGround: false,
          speedKmh: expect.closeTo(889.886, 6),
          headingDeg: 92.3,
        },
        {
          icao24: '3c66b0',
          callsign: null,
          lon: 8.5622,
          lat: 50.0379,
          time: 1718013598400,
          altitudeM: null,
          onGround: true,
          speedKmh: expect.closeTo(22.224, 6),
          headingDeg: 0,
        },
      ],
      skipped: [
        { at: 'aircraft[1]', reason: 'no position' },
        { at: 'aircraft[2]', reason: 'stale position: seen 73.1 s ago (at most 60)' },
        { at: 'aircraft[3]', reason: 'non-ICAO address "~2d01a4" (TIS-B or similar)' },
      ],
    });
  });

  it('keeps a position exactly maxAgeSeconds old', () => {
    const result = parseReadsb(broken([{ hex: 'abcdef', lat: 1, lon: 2, seen_pos: 60 }]), options);
    expect(result).toEqual({
      ok: true,
      items: [expect.objectContaining({ time: 1718013540000 })],
      skipped: [],
    });
  });

  it('reads an empty sky', () => {
    expect(parseReadsb('{"now": 1718013600, "messages": 0, "aircraft": []}', options)).toEqual({
      ok: true,
      items: [],
      skipped: [],
    });
  });

  it('refuses what is not JSON, with the parser message', () => {
    const result = parseReadsb('{"now": 1718013600, "aircraft": [', options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.stringMatching(/^not JSON \(.+\)$/)]);
  });

  it('refuses a file without a time or an aircraft list', () => {
    expect(parseReadsb('{"messages": 5}', options)).toEqual({
      ok: false,
      errors: ['now: missing (expected a number of epoch seconds)', 'aircraft: missing (expected an array)'],
    });
    expect(parseReadsb('{"now": "noon", "aircraft": {}}', options)).toEqual({
      ok: false,
      errors: ['now: expected a number of epoch seconds, got "noon"', 'aircraft: expected an array, got {}'],
    });
    expect(parseReadsb('[]', options)).toEqual({
      ok: false,
      errors: ['aircraft.json: expected an object, got []'],
    });
  });

  it('refuses milliseconds where aircraft.json writes seconds', () => {
    expect(parseReadsb(broken([], 1718013600000), options)).toEqual({
      ok: false,
      errors: ['now: expected a number of epoch seconds, got 1718013600000'],
    });
  });

  it('fails the whole message on one bad aircraft, naming every bad field', () => {
    const text = broken([
      { hex: 'zz12', lat: 1, lon: 2, seen_pos: 1 },
      { hex: 'abcdef', lat: 1, lon: 2, seen_pos: 1 },
      { hex: 'abcde0', lat: 'abc', lon: 200, seen_pos: 1, alt_baro: 'high', gs: -3, track: 400, flight: 7 },
      'nonsense',
      { hex: 'abcde1', lat: 1, lon: 2 },
      { hex: '~abcde2', lat: 95 },
    ]);
    expect(parseReadsb(text, options)).toEqual({
      ok: false,
      errors: [
        'aircraft[0].hex: expected 6 hex digits, got "zz12"',
        'aircraft[2].flight: expected a callsign (a string), got 7',
        'aircraft[2].lat: expected a number from -90 to 90, got "abc"',
        'aircraft[2].lon: expected a number from -180 to 180, got 200',
        'aircraft[2].alt_baro: expected feet (a number) or "ground", got "high"',
        'aircraft[2].gs: expected knots (a number, at least 0), got -3',
        'aircraft[2].track: expected degrees from 0 to 360, got 400',
        'aircraft[3]: expected an object, got "nonsense"',
        'aircraft[4].seen_pos: missing (expected seconds since the position was measured)',
        'aircraft[5].lat: expected a number from -90 to 90, got 95',
      ],
    });
  });

  it('names a missing hex', () => {
    expect(parseReadsb(broken([{ lat: 1, lon: 2, seen_pos: 1 }]), options)).toEqual({
      ok: false,
      errors: ['aircraft[0].hex: missing (expected 6 hex digits)'],
    });
  });
});
