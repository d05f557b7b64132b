import { parseOpenSky } from '../../core/feeds/adsb/opensky';
import { parseReadsb } from '../../core/feeds/adsb/readsb';
import { parseFsu } from '../../core/feeds/cargo-imp/fsu';
import { parseXfsu } from '../../core/feeds/cargo-imp/xfsu';
import { aircraftFixes, type FeedFix, trackerFixes } from '../../core/feeds/feed-fixes';
import { parseTrackerFeatures } from '../../core/feeds/gps/geojson';
import type { CargoStatusLine, ParseResult, Skipped } from '../../core/feeds/parse-result';
import type { Plan } from '../../core/scenario/plan';

export const POSITION_FORMATS = ['adsb', 'opensky', 'gps'] as const;
export const STATUS_FORMATS = ['fsu', 'xfsu'] as const;
export type PositionFormat = (typeof POSITION_FORMATS)[number];
export type StatusFormat = (typeof STATUS_FORMATS)[number];
export type FeedFormat = PositionFormat | StatusFormat;

/** Which property of a GPS feed's features is the tracker, which the time (and speed, heading). */
export interface TrackerMapping {
  vehicle: string;
  time: string;
  speed?: string;
  heading?: string;
}

export interface ReadOptions {
  /** The feed's name: the first part of every event id it makes. */
  feed: string;
  plan: Plan;
  now: number;
  /** A position older than this is not a fresh fix. */
  maxAgeSeconds: number;
  mapping?: TrackerMapping;
}

export type PositionsRead =
  | { ok: true; fixes: FeedFix[]; unmatched: number; skipped: Skipped[] }
  | { ok: false; errors: string[] };

/** A position feed's message, read and matched to the plan's legs. */
export function readPositions(format: PositionFormat, text: string, o: ReadOptions): PositionsRead {
  if (format === 'gps') {
    if (!o.mapping)
      return {
        ok: false,
        errors: ['a GPS feed needs its mapping: which property is the vehicle, which the time'],
      };
    const parsed = parseTrackerFeatures(text, o.mapping);
    if (!parsed.ok) return parsed;
    return { ok: true, ...trackerFixes(o.plan, o.feed, parsed.items), skipped: parsed.skipped };
  }
  const parse = format === 'adsb' ? parseReadsb : parseOpenSky;
  const parsed = parse(text, { maxAgeSeconds: o.maxAgeSeconds });
  if (!parsed.ok) return parsed;
  return { ok: true, ...aircraftFixes(o.plan, o.feed, parsed.items), skipped: parsed.skipped };
}

/** A status event as the ingest endpoint takes it. */
export interface FeedStatus {
  kind: 'status';
  id: string;
  awb: string;
  code: string;
  hub?: string;
  time: string;
}

/**
 * A cargo status message's lines as status events of the shipments their air waybills name; the
 * airport is the status's hub where the plan has a hub of that code.
 */
export function readStatuses(
  format: StatusFormat,
  text: string,
  o: Pick<ReadOptions, 'feed' | 'plan' | 'now'>,
): ParseResult<FeedStatus> {
  const parsed: ParseResult<CargoStatusLine> =
    format === 'fsu' ? parseFsu(text, { now: o.now }) : parseXfsu(text, { now: o.now });
  if (!parsed.ok) return parsed;
  const hubs = new Set(o.plan.hubs.map((hub) => hub.id));
  const items = parsed.items.map((line) => ({
    kind: 'status' as const,
    id: `${o.feed}:${line.awb}:${line.code}:${line.airport}:${line.time}`,
    awb: line.awb,
    code: line.code,
    ...(hubs.has(line.airport) && { hub: line.airport }),
    time: new Date(line.time).toISOString(),
  }));
  return { ok: true, items, skipped: parsed.skipped };
}
