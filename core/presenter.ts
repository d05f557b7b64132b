import { z } from 'zod';
import { BANNER_MAX, LAYER_IDS } from './presenter-state';
import type { Plan } from './scenario/plan';
import { LANGUAGES } from './scenario/vocabulary';

export {
  applyPresenterChange,
  BANNER_MAX,
  type Focus,
  initialPresenter,
  LAYER_IDS,
  type LayerId,
  type PresenterState,
} from './presenter-state';

/** The presenter's commands as they arrive from a control page: anything else is refused. */
export const presenterChangeSchema = z.union([
  z.strictObject({ scene: z.string().min(1).max(64) }),
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

/** What the plan that is playing cannot do: a scene it does not have. Null where the change fits it. */
export function presenterChangeProblem(plan: Plan, change: PresenterChange): string | null {
  if (!('scene' in change)) return null;
  const scenes = plan.story.scenes.map((scene) => scene.id);
  return scenes.includes(change.scene)
    ? null
    : `scene: the plan "${plan.id}" has no scene "${change.scene}" (its scenes: ${scenes.join(', ')})`;
}
