import { describe, expect, it } from 'vitest';
import { hubColumnOf, readHubSheet, sheetHubs } from './hub-sheet';
import { rowLocate } from './locate';
import { cellLine } from './table';

function sheet(text: string) {
  const result = readHubSheet(text);
  if (!result.ok) throw new Error(result.reason);
  return result.sheet;
}

describe('hub sheets', () => {
  it('reads each row as a scenario hub, its names per language, illustrative without a source', () => {
    const s = sheet(
      'ID,Name,Name FR,Name-NL,Kind,Country,Lon,Lat,Time zone,Precision,Source\n' +
        'LGG,Liège,Liège,Luik,Airport,be,5.4428,50.6364,Europe/Brussels,,\n' +
        'AMS,Amsterdam,,,rail terminal,NL,4.9,52.37,Europe/Amsterdam,Approximate,vrt; press\n',
    );
    const hubs = sheetHubs(s);
    expect(hubs.ok && hubs.hubs).toEqual([
      {
        id: 'LGG',
        name: 'Liège',
        names: { fr: 'Liège', nl: 'Luik' },
        kind: 'airport',
        country: 'BE',
        lon: 5.4428,
        lat: 50.6364,
        timeZone: 'Europe/Brussels',
        provenance: { illustrative: 'the sheet gives no source' },
      },
      {
        id: 'AMS',
        name: 'Amsterdam',
        kind: 'rail-terminal',
        country: 'NL',
        lon: 4.9,
        lat: 52.37,
        timeZone: 'Europe/Amsterdam',
        precision: 'approximate',
        provenance: { reported: ['vrt', 'press'] },
      },
    ]);
  });

  it('reads a sheet saved with semicolons and decimal commas, as French and German spreadsheets save it', () => {
    const s = sheet(
      'id;name;kind;country;lon;lat;time_zone\nLGG;Liège;airport;BE;5,4428;50,6364;Europe/Brussels\n',
    );
    const hubs = sheetHubs(s);
    expect(hubs.ok && hubs.hubs[0]).toMatchObject({ lon: 5.4428, lat: 50.6364 });
  });

  it('refuses a missing column and a cell that is not a number, naming the cell', () => {
    expect(readHubSheet('id,name,kind,country,lon,lat\n')).toEqual({
      ok: false,
      reason: 'missing column time_zone',
    });
    const s = sheet(
      'id,name,kind,country,lon,lat,time_zone\nLGG,Liège,airport,BE,east,50.6,Europe/Brussels\n',
    );
    const hubs = sheetHubs(s);
    expect(hubs.ok || hubs.errors.map((e) => cellLine('h.csv', e))).toEqual([
      'h.csv: E2 (row 1, lon): expected degrees like 50.64, got "east"',
    ]);
  });

  it("says a validator's line about a hub as its cell, and another row it mentions as a row", () => {
    const s = sheet(
      'id,name,name_fr,kind,country,lon,lat,time_zone,source\nA,a,,city,BE,1,2,Europe/Brussels,\n',
    );
    const locate = rowLocate('h.csv', s, 'hubs', hubColumnOf);
    expect(locate('hubs[0].lat: latitude must be ≤ 90')).toBe(
      'h.csv: G2 (row 1, lat): latitude must be ≤ 90',
    );
    expect(locate('hubs[0].names.fr: an empty text')).toBe('h.csv: C2 (row 1, name_fr): an empty text');
    expect(locate('hubs[0].timeZone: unknown IANA time zone')).toBe(
      'h.csv: H2 (row 1, time_zone): unknown IANA time zone',
    );
    expect(locate('hubs[0].provenance.reported[0]: unknown source "x"')).toBe(
      'h.csv: I2 (row 1, source): unknown source "x"',
    );
    expect(locate('hubs[0].id: duplicate hub "A" (also hubs[3])')).toBe(
      'h.csv: A2 (row 1, id): duplicate hub "A" (also row 4)',
    );
  });
});
