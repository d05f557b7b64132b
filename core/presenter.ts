import { z } from 'zod';
import { BANNER_MAX, LAYER_IDS, SCENE_IDS } from './presenter-state';
import { LANGUAGES } from './scenario/vocabulary';

export {
  applyPresenterChange,
  BANNER_MAX,
  type Focus,
  initialPresenter,
  LAYER_IDS,
  type LayerId,
  type PresenterState,
  SCENE_IDS,
  type SceneId,
} from './presenter-state';

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
