import { z } from 'zod';
import { LANGUAGES, type Language } from './scenario/schema';

export const SCENE_IDS = ['overview', 'hangzhou', 'liege', 'europe'] as const;
export type SceneId = (typeof SCENE_IDS)[number];

export const LAYER_IDS = ['air', 'rail', 'road', 'trails', 'labels'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export type Focus = { kind: 'country'; code: string } | { kind: 'shipment'; id: string };

/** What the presenter has chosen for every screen in the room. */
export interface PresenterState {
  /** null: each screen keeps its own (a kiosk tours). */
  scene: SceneId | null;
  /** Bumped on every scene command, so choosing the same scene again flies there again. */
  sceneCount: number;
  language: Language | null;
  banner: string | null;
  focus: Focus | null;
  layers: Record<LayerId, boolean>;
}

export function initialPresenter(): PresenterState {
  return {
    scene: null,
    sceneCount: 0,
    language: null,
    banner: null,
    focus: null,
    layers: { air: true, rail: true, road: true, trails: true, labels: true },
  };
}

export const BANNER_MAX = 140;

/** The presenter's commands as they arrive from a control page: anything else is refused. */
export const presenterChangeSchema = z.union([
  z.strictObject({ scene: z.enum(SCENE_IDS) }),
  z.strictObject({ language: z.enum(LANGUAGES).nullable() }),
  z.strictObject({
    banner: z.string().trim().max(BANNER_MAX, `at most ${BANNER_MAX} characters`).nullable(),
  }),
  z.strictObject({
    focus: z
      .union([
        z.strictObject({ kind: z.literal('country'), code: z.string().regex(/^[A-Z]{2}$/) }),
        z.strictObject({ kind: z.literal('shipment'), id: z.string().min(1).max(64) }),
      ])
      .nullable(),
  }),
  z.strictObject({ layers: z.partialRecord(z.enum(LAYER_IDS), z.boolean()) }),
]);

export type PresenterChange = z.infer<typeof presenterChangeSchema>;

/** Folds one presenter command into the presenter state; an empty banner clears it. */
export function applyPresenterChange(state: PresenterState, change: PresenterChange): PresenterState {
  if ('scene' in change) return { ...state, scene: change.scene, sceneCount: state.sceneCount + 1 };
  if ('banner' in change) return { ...state, banner: change.banner ? change.banner : null };
  if ('layers' in change) return { ...state, layers: { ...state.layers, ...change.layers } };
  return { ...state, ...change };
}
