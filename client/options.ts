import { LANGUAGES, type Language } from '../core/scenario/vocabulary';

export type Theme = 'dark' | 'light';
export type Palette = 'default' | 'colourblind';

/** What the page's URL asks for: `?lang=fr&kiosk=1&tour=20&theme=light&palette=colourblind&embed=1`. */
export interface DisplayOptions {
  language: Language | undefined;
  kiosk: boolean;
  /** Seconds per scene in the kiosk tour, for every scene; absent, the plan's times (20 s where it gives none). */
  tourSeconds: number | undefined;
  theme: Theme;
  palette: Palette;
  reducedMotion: boolean;
  /** The compact, read-only layout for a news article's iframe. */
  embed: boolean;
  /**
   * Export mode (`?export=1`): the page follows no clock; an exporter tells it which scenario
   * time to draw, frame by frame (`window.__corridor.exportFrame`).
   */
  exporting: boolean;
  /** The scene to show first instead of the plan's first (`?scene=ID`). */
  scene: string | undefined;
}

export function readOptions(search: string, reducedMotion: boolean): DisplayOptions {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const tour = Number(params.get('tour'));
  const exporting = params.get('export') === '1';
  const embed = params.get('embed') === '1';
  return {
    language: lang && (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : undefined,
    // An article's reader and an exported frame have their own camera: no tour of their own.
    kiosk: params.get('kiosk') === '1' && !exporting && !embed,
    tourSeconds: Number.isFinite(tour) && tour >= 2 ? tour : undefined,
    theme: params.get('theme') === 'light' ? 'light' : 'dark',
    palette: params.get('palette') === 'colourblind' ? 'colourblind' : 'default',
    reducedMotion,
    embed,
    exporting,
    scene: params.get('scene') || undefined,
  };
}
