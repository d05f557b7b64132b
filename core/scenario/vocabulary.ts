// Kept apart from the zod schema so that the display can use them without bundling zod.
export const LANGUAGES = ['en', 'fr', 'nl', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What a quantity counts; the screen names the unit in each language. */
export const UNITS = [
  'pieces',
  'doses',
  'pallets',
  'parcels',
  'boxes',
  'containers',
  'tonnes',
  'kilograms',
  'litres',
] as const;
export type Unit = (typeof UNITS)[number];

export const SCENARIO_FORMAT = 'corridor-scenario/2';
