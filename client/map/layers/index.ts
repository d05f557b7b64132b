import type { Layer } from '@deck.gl/core';
import { type HubLayerProps, hubLayers, labelLayers } from './hub-layers';
import { type LegLayerProps, legLayers } from './leg-layers';
import { type VehicleLayerProps, vehicleLayers } from './vehicle-layers';

export { hubName, labelPriority, labelSize, PULSE_MS, type Pulse } from './hub-layers';
export { FleetAttributes } from './vehicle-layers';

/** What one frame draws; `scale` (lines, points and icons) follows from the label size. */
export type LayerInput = Omit<LegLayerProps & HubLayerProps & VehicleLayerProps, 'scale'>;

/** The same layer ids and data objects every frame; only currentTime and triggers change. */
export function buildLayers(input: LayerInput): Layer[] {
  const props = { ...input, scale: input.size / 15 };
  return [...legLayers(props), ...hubLayers(props), ...vehicleLayers(props), ...labelLayers(props)];
}
