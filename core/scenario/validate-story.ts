import { type ShipmentStatus, transition } from '../status';
import { milestonesOf } from './plan';
import type { ItemSpec, OperationFile, ShipmentSpec } from './schema';
import type { ErrorAt } from './validate';

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * Plays a shipment's statuses through the status model: a milestone the screen could not show
 * (a customs clearance after the shipment left, anything after its delivery) is refused, never dropped.
 */
export function checkMilestones(spec: ShipmentSpec, base: PropertyKey[], err: ErrorAt): void {
  let status: ShipmentStatus = { code: 'planned', hub: '', time: Number.NEGATIVE_INFINITY, leg: -1 };
  let lastDeclared = -1;
  for (const m of milestonesOf(spec)) {
    const declared = spec.milestones.findIndex(
      (d) => d.status === m.status && d.hub === m.hub && Date.parse(d.time) === m.time,
    );
    const result = transition(status, { code: m.status, hub: m.hub, time: m.time, leg: m.leg });
    if (result.ok) {
      status = result.status;
      if (declared >= 0) lastDeclared = declared;
      continue;
    }
    const after = `${status.code} at ${status.hub} (${iso(status.time)})`;
    if (declared >= 0) err([...base, 'milestones', declared, 'status'], `${m.status} cannot follow ${after}`);
    else if (lastDeclared >= 0)
      err(
        [...base, 'milestones', lastDeclared, 'status'],
        `${status.code} leaves no room for ${m.status} at ${m.hub} (${iso(m.time)}) that the legs give`,
      );
    return;
  }
}

/** The declared items' ids, each once. */
export function checkItems(items: readonly ItemSpec[], err: ErrorAt): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) err(['items', i, 'id'], `duplicate item "${item.id}"`);
    ids.add(item.id);
  });
  return ids;
}

/**
 * Scenes, kiosk, emphasis, clocks and panel name only scenes, hubs and items the file declares;
 * `hubs` is null where they are yet to come (an operation file for live feeds).
 */
export function checkStory(
  s: Omit<OperationFile, 'format'>,
  hubs: ReadonlyMap<string, number> | null,
  items: ReadonlySet<string>,
  err: ErrorAt,
): void {
  const scenes = new Set<string>();
  s.scenes?.forEach((scene, i) => {
    if (scenes.has(scene.id)) err(['scenes', i, 'id'], `duplicate scene "${scene.id}"`);
    scenes.add(scene.id);
    const [[west, south], [east, north]] = scene.area;
    if (west >= east || south >= north)
      err(
        ['scenes', i, 'area'],
        `empty area: expected [[west, south], [east, north]] with west < east and south < north, got [[${west}, ${south}], [${east}, ${north}]]`,
      );
  });
  const sceneList = s.scenes ? [...scenes].join(', ') : 'none: declare "scenes" to name them';
  const knownScene = (path: PropertyKey[], id: string): void => {
    if (!scenes.has(id)) err(path, `unknown scene "${id}" (scenes: ${sceneList})`);
  };
  const knownHub = (path: PropertyKey[], id: string): void => {
    if (hubs && !hubs.has(id)) err(path, `unknown hub "${id}"`);
  };
  const itemList = `declared items: ${[...items].join(', ')}`;
  s.kiosk?.tour?.forEach((id, i) => {
    knownScene(['kiosk', 'tour', i], id);
  });
  s.kiosk?.cuts?.forEach((cut, i) => {
    if (cut.hub !== undefined) knownHub(['kiosk', 'cuts', i, 'hub'], cut.hub);
    knownScene(['kiosk', 'cuts', i, 'scene'], cut.scene);
  });
  for (const key of ['emphasis', 'clocks'] as const)
    s[key]?.forEach((id, i) => {
      knownHub([key, i], id);
    });
  s.kpis?.lead?.forEach((id, i) => {
    if (!items.has(id)) err(['kpis', 'lead', i], `unknown item "${id}" (${itemList})`);
  });
  const breakdown = s.kpis?.breakdown;
  if (breakdown !== undefined && breakdown !== 'shipments' && !items.has(breakdown))
    err(['kpis', 'breakdown'], `unknown item "${breakdown}" (${itemList}, or "shipments")`);
}
