import type { Layer } from '@deck.gl/core';
import { PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { isReported } from '../../core/provenance';
import type { Hub, Language, Leg } from '../../core/scenario';
import type { VehicleView } from './vehicle-views';

type Rgb = [number, number, number];
export const MODE_COLOURS: Record<Leg['mode'], Rgb> = {
  air: [76, 201, 240],
  rail: [244, 162, 97],
  road: [144, 190, 109],
};
const LABEL_FONT = 'Inter, "DejaVu Sans", sans-serif';

export interface LayerInput {
  legs: readonly Leg[];
  hubs: readonly Hub[];
  vehicles: readonly VehicleView[];
  /** The hubs whose labels fit on screen now. */
  labelled: readonly Hub[];
  language: Language;
  /** Label height in pixels; points and lines scale with it. */
  size: number;
  /** Changes every frame: tells deck.gl to re-read vehicle positions. */
  frame: number;
}

/** Approximate coordinates say so on the map. */
export const hubName = (hub: Hub, language: Language) =>
  `${hub.names?.[language] ?? hub.name}${hub.precision === 'approximate' ? ' ≈' : ''}`;

/** Where labels collide, the operation's two ends win, then airports, then the rest. */
export const labelPriority = (hub: Hub) =>
  hub.id === 'LGG' || hub.id === 'HGH' ? 100 : hub.kind === 'airport' ? 50 : 10;
/** Label height in CSS pixels: 2.2% of the screen's shorter side, so it reads from five metres. */
export const labelSize = (width: number, height: number) =>
  Math.max(14, Math.round(Math.min(width, height) * 0.022));

export function buildLayers({ legs, hubs, vehicles, labelled, language, size, frame }: LayerInput): Layer[] {
  const scale = size / 15;
  return [
    new PathLayer<Leg>({
      id: 'legs',
      data: legs,
      getPath: (leg) => leg.path as [number, number][],
      // Reported legs solid, illustrative ones faint: the screen never passes one for the other.
      getColor: (leg) => [...MODE_COLOURS[leg.mode], isReported(leg.provenance) ? 230 : 110],
      getWidth: (leg) => (leg.mode === 'air' ? 2.5 : 2) * scale,
      widthUnits: 'pixels',
      capRounded: true,
      updateTriggers: { getWidth: scale },
      jointRounded: true,
    }),
    new ScatterplotLayer<Hub>({
      id: 'hubs',
      data: hubs,
      getPosition: (hub) => [hub.lon, hub.lat],
      getRadius: (hub) => (hub.id === 'LGG' || hub.id === 'HGH' ? 6 : 4) * scale,
      updateTriggers: { getRadius: scale },
      radiusUnits: 'pixels',
      getFillColor: [235, 240, 245, 255],
      stroked: true,
      getLineColor: [11, 22, 34, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5 * scale,
    }),
    new TextLayer<Hub>({
      id: 'hub-labels',
      data: labelled,
      getPosition: (hub) => [hub.lon, hub.lat],
      getText: (hub) => hubName(hub, language),
      characterSet: 'auto',
      fontFamily: LABEL_FONT,
      fontWeight: 600,
      getSize: size,
      getColor: [235, 240, 245, 255],
      getTextAnchor: 'start',
      getAlignmentBaseline: 'center',
      getPixelOffset: [size * 0.6, 0],
      fontSettings: { sdf: true, fontSize: 64, buffer: 6 },
      outlineWidth: 3,
      outlineColor: [11, 22, 34, 255],
      updateTriggers: { getText: language, getPixelOffset: size },
    }),
    new ScatterplotLayer<VehicleView>({
      id: 'vehicles',
      data: vehicles,
      getPosition: (v) => v.position,
      getRadius: (v) => (v.moving ? 7 * scale : 0),
      radiusUnits: 'pixels',
      // Estimated positions (no recent fix) are hollow; reported ones filled.
      getFillColor: (v) => (v.estimated ? [0, 0, 0, 0] : [...MODE_COLOURS[v.legView.leg.mode], 255]),
      stroked: true,
      getLineColor: (v) => (v.estimated ? [...MODE_COLOURS[v.legView.leg.mode], 255] : [255, 255, 255, 255]),
      lineWidthUnits: 'pixels',
      getLineWidth: 2 * scale,
      updateTriggers: { getPosition: frame, getRadius: frame, getFillColor: frame, getLineColor: frame },
    }),
  ];
}
