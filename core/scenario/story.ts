import { areaOf, atLeast, type Bounds, boundsOf, contains, grown } from '../geo/bounds';
import type { LngLat } from '../geo/great-circle';
import { busiestHubs, type Geography, mainHub, neighbours, originHub } from './geography';
import type { ItemSpec, ScenarioFile } from './schema';

export type Localized = ScenarioFile['title'];

/** A camera view. Derived views have no name of their own: the screen names them (a hub's name). */
export interface Scene {
  id: string;
  name?: Localized;
  /** The hub a derived view is about. */
  hub?: string;
  area: Bounds;
  seconds?: number;
  /** Drawn on a globe, or (absent) on a flat map. */
  projection?: 'mercator' | 'globe';
}

export interface Cut {
  status: 'departed' | 'arrived' | 'customs_cleared' | 'delivered';
  hub?: string;
  scene: string;
  seconds: number;
}

/** Everything the screen says about the operation besides its shipments: declared, else derived. */
export interface Story {
  scenes: Scene[];
  tour: { scene: string; seconds?: number }[];
  cuts: Cut[];
  emphasis: string[];
  clocks: string[];
  kpis: { title?: Localized; lead: string[]; breakdown: string };
  footnote?: Localized;
  credits?: Localized;
}

/** The story parts a scenario file may declare. */
export type StoryDeclaration = Partial<
  Pick<ScenarioFile, 'scenes' | 'kiosk' | 'emphasis' | 'clocks' | 'kpis' | 'footnote' | 'credits'>
>;

export const OVERVIEW = 'overview';
const WORLD: Bounds = [
  [-170, -50],
  [170, 72],
];
const at = (hub: { lon: number; lat: number }): LngLat => [hub.lon, hub.lat];

/** The whole operation, then each of its two busiest hubs with its near neighbours. */
export function deriveScenes(geo: Geography): Scene[] {
  const points = geo.legs.length ? geo.legs.flatMap((leg) => leg.path) : geo.hubs.map(at);
  // A margin, so that the hubs at its edges keep room for their labels.
  const whole = grown(atLeast(boundsOf(points) ?? WORLD, 3), 0.06);
  const scenes: Scene[] = [{ id: OVERVIEW, area: whole }];
  for (const hub of busiestHubs(geo).slice(0, 2)) {
    const area = atLeast(boundsOf([at(hub), ...neighbours(geo, hub, 900).map(at)]) as Bounds, 4);
    // A view of a hub that shows as much as the whole is the same view twice.
    if (areaOf(area) < 0.5 * areaOf(whole)) scenes.push({ id: `hub-${hub.id}`, hub: hub.id, area });
  }
  return scenes;
}

function deriveCuts(geo: Geography, scenes: Scene[]): Cut[] {
  const main = mainHub(geo);
  if (!main || scenes.length < 2) return [];
  const largest = Math.max(...scenes.map((s) => areaOf(s.area)));
  const showing = scenes
    .filter((s) => s.hub === main.id || (contains(s.area, at(main)) && areaOf(s.area) < largest))
    .sort((a, b) => Number(b.hub === main.id) - Number(a.hub === main.id) || areaOf(a.area) - areaOf(b.area));
  return showing[0] ? [{ status: 'arrived', hub: main.id, scene: showing[0].id, seconds: 12 }] : [];
}

/** Origin and main hub where their local times differ, else one hub per zone, busiest first. */
function deriveClocks(geo: Geography): string[] {
  const origin = originHub(geo);
  const main = mainHub(geo);
  if (origin && main && origin.timeZone !== main.timeZone) return [origin.id, main.id];
  const zones = new Map<string, string>();
  for (const hub of busiestHubs(geo)) if (!zones.has(hub.timeZone)) zones.set(hub.timeZone, hub.id);
  return [...zones.values()].slice(0, 3);
}

export function resolveStory(geo: Geography, items: readonly ItemSpec[], declared: StoryDeclaration): Story {
  const scenes: Scene[] = declared.scenes ?? deriveScenes(geo);
  const lead = declared.kpis?.lead ?? items.slice(0, 3).map((item) => item.id);
  const ends = [originHub(geo), mainHub(geo)].flatMap((hub) => (hub ? [hub.id] : []));
  return {
    scenes,
    tour: (declared.kiosk?.tour ?? scenes.map((s) => s.id)).map((id) => {
      const seconds = scenes.find((s) => s.id === id)?.seconds;
      return seconds ? { scene: id, seconds } : { scene: id };
    }),
    cuts: declared.kiosk?.cuts ?? deriveCuts(geo, scenes),
    emphasis: declared.emphasis ?? [...new Set(ends)],
    clocks: declared.clocks ?? deriveClocks(geo),
    kpis: {
      ...(declared.kpis?.title ? { title: declared.kpis.title } : {}),
      lead,
      breakdown: declared.kpis?.breakdown ?? lead[0] ?? 'shipments',
    },
    ...(declared.footnote ? { footnote: declared.footnote } : {}),
    ...(declared.credits ? { credits: declared.credits } : {}),
  };
}
