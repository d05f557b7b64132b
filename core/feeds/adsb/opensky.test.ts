import { describe, expect, it } from 'vitest';
import { parseOpenSky } from './opensky';

const options = { maxAgeSeconds: 60 };

/** Shaped like `GET /api/states/all?extended=1`: 18 values a state, the last the category. */
const sample = {
  time: 1718013600,
  states: [
    [
      '4b1814',
      'SWR100  ',
      'Switzerland',
      1718013598,
      1718013599,
      8.5483,
      47.4582,
      11582.4,
      false,
      231.5,
      312.7,
      -0.33,
      null,
      11795.76,
      '1000',
      false,
      0,
      4,
    ],
    [
      '3c6444',
      'DLH4AB  ',
      'Germany',
      null,
      1718013597,
      null,
      null,
      10363.2,
      false,
      220.1,
      90,
      0,
      null,
      null,
      null,
      false,
      0,
    ],
    [
      '3c6445',
      null,
      'Germany',
      1718013500,
      1718013590,
      9.1,
      48.6,
      3000,
      false,
      150,
      45,
      5,
      null,
      3100,
      '7000',
      false,
      0,
    ],
    [
      '4b1815',
      '',
      'Switzerland',
      1718013595,
      1718013599,
      8.5601,
      47.4501,
      null,
      true,
      0,
      360,
      null,
      null,
      null,
      null,
      false,
      0,
    ],
  ],
};

const broken = (states: unknown[]) => JSON.stringify({ time: 1718013600, states });
const state = (overrides: Record<number, unknown>) => {
  const base: unknown[] = [
    'abcdef',
    'X',
    'C',
    1718013600,
    1718013600,
    1,
    2,
    3,
    false,
    4,
    5,
    0,
    null,
    3,
    null,
    false,
    0,
  ];
  for (const [index, value] of Object.entries(overrides)) base[Number(index)] = value;
  return base;
};

describe('OpenSky /api/states/all', () => {
  it('reads state vectors in Corridor units and says why it passed over the rest', () => {
    expect(parseOpenSky(JSON.stringify(sample), options)).toEqual({
      ok: true,
      items: [
        {
          icao24: '4b1814',
          callsign: 'SWR100',
          lon: 8.5483,
          lat: 47.4582,
          time: 1718013598000,
          altitudeM: 11582.4,
          onGround: false,
          speedKmh: expect.closeTo(833.4, 6),
          headingDeg: 312.7,
        },
        {
          icao24: '4b1815',
          callsign: null,
          lon: 8.5601,
          lat: 47.4501,
          time: 1718013595000,
          altitudeM: null,
          onGround: true,
          speedKmh: 0,
          headingDeg: 0,
        },
      ],
      skipped: [
        { at: 'states[1]', reason: 'no position' },
        { at: 'states[2]', reason: 'stale position: seen 100 s ago (at most 60)' },
      ],
    });
  });

  it('reads `states: null` as nothing in view', () => {
    expect(parseOpenSky('{"time": 1718013600, "states": null}', options)).toEqual({
      ok: true,
      items: [],
      skipped: [],
    });
  });

  it('refuses what is not JSON, with the parser message', () => {
    const result = parseOpenSky('<html>502 Bad Gateway</html>', options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.stringMatching(/^not JSON \(.+\)$/)]);
  });

  it('refuses a response without a time or with states of the wrong kind', () => {
    expect(parseOpenSky('{"states": null}', options)).toEqual({
      ok: false,
      errors: ['time: missing (expected a number of epoch seconds)'],
    });
    expect(parseOpenSky('{"time": 1718013600, "states": {}}', options)).toEqual({
      ok: false,
      errors: ['states: expected an array or null, got {}'],
    });
    expect(parseOpenSky('"states"', options)).toEqual({
      ok: false,
      errors: ['response: expected an object, got "states"'],
    });
  });

  it('fails the whole response on one bad state, naming the index and the field', () => {
    const text = broken([
      state({}),
      state({ 0: 'ABCDEF1' }),
      state({ 5: 'x', 6: -91, 8: 'no' }),
      state({ 1: 12, 3: '1718013600', 7: 'high', 9: -1, 10: 361 }),
      ['abcdef', 'X', 'C', 1718013600, 1718013600, 1, 2, 3, false, 4, 5, 0],
      'abcdef',
    ]);
    expect(parseOpenSky(text, options)).toEqual({
      ok: false,
      errors: [
        'states[1][0]: icao24: expected 6 hex digits, got "ABCDEF1"',
        'states[2][5]: longitude: expected a number from -180 to 180, got "x"',
        'states[2][6]: latitude: expected a number from -90 to 90, got -91',
        'states[2][8]: on_ground: expected true or false, got "no"',
        'states[3][1]: callsign: expected a callsign (a string), got 12',
        'states[3][3]: time_position: expected a number of epoch seconds, got "1718013600"',
        'states[3][7]: baro_altitude: expected metres (a number), got "high"',
        'states[3][9]: velocity: expected m/s (a number, at least 0), got -1',
        'states[3][10]: true_track: expected degrees from 0 to 360, got 361',
        'states[4]: expected a state vector of at least 17 values, got 12 values',
        'states[5]: expected a state vector of at least 17 values, got "abcdef"',
      ],
    });
  });

  it('reads a state of exactly 17 values, without the category', () => {
    expect(parseOpenSky(broken([state({ 0: 'ABCDEF' })]), options)).toEqual({
      ok: true,
      items: [
        expect.objectContaining({ icao24: 'abcdef', callsign: 'X', time: 1718013600000, speedKmh: 14.4 }),
      ],
      skipped: [],
    });
  });
});
