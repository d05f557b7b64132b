import { LANGUAGES, type Language } from '../core/scenario/vocabulary';

export type Theme = 'dark' | 'light';
export type Palette = 'default' | 'colourblind';

/** What the page's URL asks for: `?lang=fr&kiosk=1&tour=20&theme=light&palette=colourblind`. */
export interface DisplayOptions {
  language: Language | undefined;
  kiosk: boolean;
  /** Seconds per scene in the kiosk tour, for every scene; absent, the plan's times (20 s where it gives none). */
  tourSeconds: number | undefined;
  theme: Theme;
  palette: Palette;
  reducedMotion: boolean;
}

export function readOptions(search: string, reducedMotion: boolean): DisplayOptions {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const tour = Number(params.get('tour'));
  return {
    language: lang && (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : undefined,
    kiosk: params.get('kiosk') === '1',
    tourSeconds: Number.isFinite(tour) && tour >= 2 ? tour : undefined,
    theme: params.get('theme') === 'light' ? 'light' : 'dark',
    palette: params.get('palette') === 'colourblind' ? 'colourblind' : 'default',
    reducedMotion,
  };
}
