import type { Leg } from '../core/scenario';
import type { Palette, Theme } from './options';

export type Rgb = [number, number, number];

export interface Colours {
  sea: string;
  land: string;
  border: string;
  /** Labels and hub points. */
  ink: Rgb;
  /** Outline behind labels and points, the map's own background. */
  halo: Rgb;
  modes: Record<Leg['mode'], Rgb>;
  /** The fading trail right behind a vehicle: the mode's colour, lifted off the map. */
  trails: Record<Leg['mode'], Rgb>;
  status: { delivered: string; inTransit: string; planned: string };
}

const DEFAULT_MODES: Record<Leg['mode'], Rgb> = {
  air: [76, 201, 240],
  rail: [244, 162, 97],
  road: [144, 190, 109],
};
// Okabe–Ito: distinguishable with every common colour-vision deficiency.
const COLOURBLIND_MODES: Record<Leg['mode'], Rgb> = {
  air: [86, 180, 233],
  rail: [230, 159, 0],
  road: [204, 121, 167],
};

export function colours(theme: Theme, palette: Palette): Colours {
  const modes = palette === 'colourblind' ? COLOURBLIND_MODES : DEFAULT_MODES;
  const status =
    palette === 'colourblind'
      ? { delivered: '#009e73', inTransit: '#56b4e9', planned: '#8a8f98' }
      : { delivered: '#57d68d', inTransit: '#4cc9f0', planned: '#6b7d90' };
  const lift = (f: (c: number) => number) =>
    Object.fromEntries(Object.entries(modes).map(([mode, rgb]) => [mode, rgb.map(f)])) as Record<
      Leg['mode'],
      Rgb
    >;
  return theme === 'light'
    ? {
        sea: '#cfe0ee',
        land: '#f4f1ea',
        border: '#b9b3a6',
        ink: [20, 28, 38],
        halo: [244, 241, 234],
        modes,
        trails: lift((c) => Math.round(c * 0.55)),
        status,
      }
    : {
        sea: '#0b1622',
        land: '#1b2a3a',
        border: '#3b5068',
        ink: [235, 240, 245],
        halo: [11, 22, 34],
        modes,
        trails: lift((c) => Math.round(c + (255 - c) * 0.6)),
        status,
      };
}

export const css = ([r, g, b]: Rgb) => `rgb(${r}, ${g}, ${b})`;
