import type { ItemError } from '../ingest/errors';
import { cellAt, decimal, type Layout, readTable, type Table, type TableResult } from './table';

/**
 * A hub sheet: CSV with a header row, one hub per row. Columns, in any order, headers in any case:
 * id, name, kind, country, lon, lat and time_zone are needed; name_fr, name_nl, name_de,
 * precision and source may be left out.
 */
export const HUB_COLUMNS = [
  'id',
  'name',
  'name_fr',
  'name_nl',
  'name_de',
  'kind',
  'country',
  'lon',
  'lat',
  'time_zone',
  'precision',
  'source',
] as const;
export type HubColumn = (typeof HUB_COLUMNS)[number];

const LAYOUT: Layout<HubColumn> = {
  columns: HUB_COLUMNS,
  required: ['id', 'name', 'kind', 'country', 'lon', 'lat', 'time_zone'],
  aliases: { longitude: 'lon', latitude: 'lat', timezone: 'time_zone', zone: 'time_zone' },
  rows: 'one row per hub',
};

export type HubSheet = Table<HubColumn>;
export const readHubSheet = (text: string): TableResult<HubColumn> => readTable(text, LAYOUT);

export type HubsResult = { ok: true; hubs: Record<string, unknown>[] } | { ok: false; errors: ItemError[] };

/** Which column a path inside a scenario hub comes from: `names.fr` from name_fr, `timeZone` from time_zone. */
export function hubColumnOf(path: string): HubColumn | null {
  const [key = '', sub] = path.split(/[.[]/);
  if (key === 'names') return `name_${sub}` as HubColumn;
  if (key === 'timeZone') return 'time_zone';
  if (key === 'provenance') return 'source';
  return HUB_COLUMNS.includes(key as HubColumn) ? (key as HubColumn) : null;
}

/**
 * Each row as a scenario hub. A hub's `source` (source ids separated by ";") reports it; without
 * one it is illustrative, like a shipment sheet's rows.
 */
export function sheetHubs(sheet: HubSheet): HubsResult {
  const errors: ItemError[] = [];
  const hubs = sheet.rows.map(({ cells }, index) => {
    const degrees = (column: 'lon' | 'lat') => {
      const n = decimal(cells[column] ?? '');
      if (n === null)
        errors.push(cellAt(sheet, index, column, `expected degrees like 50.64, got "${cells[column]}"`, 400));
      return n;
    };
    const names = Object.fromEntries(
      (['fr', 'nl', 'de'] as const).flatMap((lang) => {
        const name = cells[`name_${lang}`];
        return name ? [[lang, name]] : [];
      }),
    );
    const sources = (cells.source ?? '').split(';').flatMap((s) => s.trim() || []);
    return {
      id: cells.id,
      name: cells.name,
      ...(Object.keys(names).length ? { names } : {}),
      kind: cells.kind?.toLowerCase().replace(/[\s_]+/g, '-'),
      country: cells.country?.toUpperCase(),
      lon: degrees('lon'),
      lat: degrees('lat'),
      timeZone: cells.time_zone,
      ...(cells.precision ? { precision: cells.precision.toLowerCase() } : {}),
      provenance: sources.length ? { reported: sources } : { illustrative: 'the sheet gives no source' },
    };
  });
  return errors.length ? { ok: false, errors } : { ok: true, hubs };
}
