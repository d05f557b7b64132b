// Kept apart from the zod schema so that the display can use them without bundling zod.
export const LANGUAGES = ['en', 'fr', 'nl', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export const ITEMS = ['masks', 'test_kits', 'protective_equipment'] as const;
export type Item = (typeof ITEMS)[number];
