import { greatCirclePath, type LngLat, unwrapLongitudes } from '../geo/great-circle';
import type { Provenance, Source } from '../provenance';
import type { StatusCode } from '../status';
import type { HubSpec, ItemSpec, Language, LegSpec, ScenarioFile, ShipmentSpec } from './schema';
import { resolveStory, type Story, type StoryDeclaration } from './story';

export type Hub = HubSpec;
/** One kind of goods the operation ships, as its file declares it. */
export type Item = ItemSpec;

/** One vehicle's movement between two hubs, shared by every shipment on board. */
export interface Leg {
  id: string;
  label: string;
  mode: LegSpec['mode'];
  from: string;
  to: string;
  depart: number;
  arrive: number;
  departProvenance: Provenance;
  arriveProvenance: Provenance;
  provenance: Provenance;
  /** [lon, lat] vertices the vehicle follows; air legs fly the great circle. */
  path: LngLat[];
  shipments: string[];
  /** How live feeds recognise its vehicle (callsign, icao24, tracker id). */
  tracking?: LegTracking;
}

export interface LegTracking {
  callsign?: string;
  icao24?: string;
  tracker?: string;
}

export interface Milestone {
  status: StatusCode;
  hub: string;
  time: number;
  /** Index into the shipment's legs of the leg this milestone belongs to, -1 before the first. */
  leg: number;
  provenance: Provenance;
}

export interface Shipment {
  id: string;
  /** Air waybill number, `176-12345675`, where the shipment has one: live feeds may name it by that. */
  awb?: string;
  title: string;
  contents: { item: string; quantity: number | null; provenance: Provenance }[];
  destination: string;
  legs: string[];
  milestones: Milestone[];
  provenance: Provenance;
}

/** A scenario compiled for playing and drawing: times in ms, legs deduplicated, paths built. */
export interface Plan {
  id: string;
  title: ScenarioFile['title'];
  language: Language;
  start: number;
  end: number;
  sources: Record<string, Source>;
  items: Item[];
  hubs: Hub[];
  legs: Leg[];
  shipments: Shipment[];
  /** What the file said about telling the operation; `story` fills in the rest from the geography. */
  declared: StoryDeclaration;
  story: Story;
}

/** The country each shipment is bound for. */
export function destinationCountry(plan: Plan): (shipment: Shipment) => string {
  const countryOf = new Map(plan.hubs.map((hub) => [hub.id, hub.country]));
  return (shipment) => countryOf.get(shipment.destination) ?? '??';
}

/** Every destination country of the plan, once each, in the order shipments name them. */
export function destinationCountries(plan: Plan): string[] {
  return [...new Set(plan.shipments.map(destinationCountry(plan)))];
}

const RANK: Record<StatusCode, number> = {
  planned: 0,
  booked: 1,
  departed: 2,
  arrived: 3,
  customs_cleared: 4,
  delivered: 5,
};

const round = (n: number) => Math.round(n * 1e4) / 1e4;

export function compilePlan(s: ScenarioFile): Plan {
  const hubs = new Map(s.hubs.map((hub) => [hub.id, hub]));
  const position = (hubId: string): LngLat => {
    const hub = hubs.get(hubId);
    if (!hub) throw new Error(`unknown hub "${hubId}": validate the scenario before compiling it`);
    return [hub.lon, hub.lat];
  };
  const legs = new Map<string, Leg>();
  const shipments: Shipment[] = s.shipments.map((spec) => {
    for (const legSpec of spec.legs) {
      const existing = legs.get(legSpec.vehicle);
      if (existing) {
        existing.shipments.push(spec.id);
        continue;
      }
      const ends = [position(legSpec.from), ...(legSpec.via ?? []), position(legSpec.to)];
      const path =
        legSpec.mode === 'air' && !legSpec.via?.length
          ? greatCirclePath(ends[0] as LngLat, ends[1] as LngLat, 100)
          : unwrapLongitudes(ends);
      legs.set(legSpec.vehicle, {
        id: legSpec.vehicle,
        label: legSpec.label ?? legSpec.vehicle,
        mode: legSpec.mode,
        from: legSpec.from,
        to: legSpec.to,
        depart: Date.parse(legSpec.depart.time),
        arrive: Date.parse(legSpec.arrive.time),
        departProvenance: legSpec.depart.provenance,
        arriveProvenance: legSpec.arrive.provenance,
        provenance: legSpec.provenance,
        path: path.map(([lon, lat]) => [round(lon), round(lat)] as const),
        shipments: [spec.id],
        ...(legSpec.tracking && { tracking: legSpec.tracking }),
      });
    }
    const last = spec.legs[spec.legs.length - 1] as LegSpec;
    const milestones = milestonesOf(spec);
    return {
      id: spec.id,
      ...(spec.awb ? { awb: spec.awb } : {}),
      title: spec.title,
      contents: spec.contents,
      destination: last.to,
      legs: spec.legs.map((l) => l.vehicle),
      milestones,
      provenance: spec.provenance,
    };
  });
  const declared: StoryDeclaration = Object.fromEntries(
    STORY_KEYS.flatMap((key) => (s[key] === undefined ? [] : [[key, s[key]]])),
  );
  const geography = { hubs: s.hubs, legs: [...legs.values()], shipments };
  return {
    id: s.id,
    title: s.title,
    language: s.language,
    start: Date.parse(s.start),
    end: Date.parse(s.end),
    sources: s.sources,
    items: s.items,
    ...geography,
    declared,
    story: resolveStory(geography, s.items, declared),
  };
}

/** A shipment's statuses in the order they happen: booked, each departure and arrival, the file's own. */
export function milestonesOf(spec: ShipmentSpec): Milestone[] {
  const first = spec.legs[0] as LegSpec;
  const milestones: Milestone[] = [
    {
      status: 'booked',
      hub: first.from,
      time: Date.parse(spec.booked.time),
      leg: -1,
      provenance: spec.booked.provenance,
    },
  ];
  spec.legs.forEach((leg, j) => {
    milestones.push(
      {
        status: 'departed',
        hub: leg.from,
        time: Date.parse(leg.depart.time),
        leg: j,
        provenance: leg.depart.provenance,
      },
      {
        status: 'arrived',
        hub: leg.to,
        time: Date.parse(leg.arrive.time),
        leg: j,
        provenance: leg.arrive.provenance,
      },
    );
  });
  for (const m of spec.milestones) {
    const leg = spec.legs.findIndex((l) => l.to === m.hub);
    milestones.push({
      status: m.status,
      hub: m.hub,
      time: Date.parse(m.time),
      leg,
      provenance: m.provenance,
    });
  }
  if (!spec.milestones.some((m) => m.status === 'delivered')) {
    // Delivered once the last arrival and anything recorded at the destination after it are done.
    const arrival = milestones.findLast((m) => m.status === 'arrived') as Milestone;
    const after = milestones.filter((m) => m.hub === arrival.hub && m.time >= arrival.time);
    const last = after.reduce((a, b) => (b.time > a.time ? b : a), arrival);
    milestones.push({ ...arrival, time: last.time, provenance: last.provenance, status: 'delivered' });
  }
  milestones.sort((a, b) => a.time - b.time || a.leg - b.leg || RANK[a.status] - RANK[b.status]);
  return milestones;
}

const STORY_KEYS = ['scenes', 'kiosk', 'emphasis', 'clocks', 'kpis', 'footnote', 'credits'] as const;
