// The presenter state without its zod schema (core/presenter.ts): the display folds presenter
// changes in but never validates them, and zod would add ~25 KiB gzip to its bundle.
import type { PresenterChange } from './presenter';
import type { Language } from './scenario/vocabulary';

export const LAYER_IDS = ['air', 'rail', 'road', 'trails', 'labels'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export type Focus = { kind: 'country'; code: string } | { kind: 'shipment'; id: string };

/** What the presenter has chosen for every screen in the room. */
export interface PresenterState {
  /** One of the plan's scenes; null: each screen keeps its own (a kiosk tours). */
  scene: string | null;
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

/** Folds one presenter command into the presenter state; an empty banner clears it. */
export function applyPresenterChange(state: PresenterState, change: PresenterChange): PresenterState {
  if ('scene' in change) return { ...state, scene: change.scene, sceneCount: state.sceneCount + 1 };
  if ('banner' in change) return { ...state, banner: change.banner ? change.banner : null };
  if ('layers' in change) return { ...state, layers: { ...state.layers, ...change.layers } };
  return { ...state, ...change };
}
