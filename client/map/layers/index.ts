import type { Layer } from '@deck.gl/core';
import type { Hub, Language } from '../../../core/scenario';
import type { LegView } from '../../live/live-state';
import type { Colours } from '../../theme';
import type { IconAtlas } from '../icons';
import { hubLayers, type Pulse } from './hub-layers';
import { legLayers } from './leg-layers';
import { type FleetAttributes, vehicleLayers } from './vehicle-layers';

export { hubName, labelPriority, labelSize, PULSE_MS, type Pulse } from './hub-layers';
export { FleetAttributes } from './vehicle-layers';

export interface LayerInput {
  legs: readonly LegView[];
  hubs: readonly Hub[];
  labelled: readonly Hub[];
  vehicles: FleetAttributes;
  pulses: readonly Pulse[];
  atlas: IconAtlas;
  colours: Colours;
  language: Language;
  /** Label height in pixels; points, lines and icons scale with it. */
  size: number;
  minutesNow: number;
  arrivedCount: number;
  now: number;
  reducedMotion: boolean;
  /** The presenter's choices: layers shown and the legs in focus (null: no focus). */
  showTrails: boolean;
  showLabels: boolean;
  focus: ReadonlySet<string> | null;
  /** Changes every frame: tells deck.gl to re-read vehicle positions. */
  frame: number;
}

/** The same layer ids and data objects every frame; only currentTime and triggers change. */
export function buildLayers(input: LayerInput): Layer[] {
  const scale = input.size / 15;
  return [
    ...legLayers(
      input.legs,
      input.colours,
      scale,
      input.minutesNow,
      input.arrivedCount,
      input.showTrails,
      input.focus,
    ),
    ...hubLayers(
      input.hubs,
      input.labelled,
      input.pulses,
      input.now,
      input.language,
      input.size,
      input.colours,
      input.reducedMotion,
      input.showLabels,
    ),
    ...vehicleLayers(input.vehicles, input.atlas, scale, input.frame),
  ];
}
