import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Hub, Language } from '../../../core/scenario';
import { hubLabel } from '../../i18n/hub-names';
import type { Colours } from '../../theme';
import type { Placed } from '../declutter';
import { UPRIGHT } from './vehicle-layers';

/** Approximate coordinates say so on the map. */
export const hubName = (hub: Hub, language: Language) =>
  `${hubLabel(hub, language)}${hub.precision === 'approximate' ? ' ≈' : ''}`;

/** Where labels collide, the hubs the operation emphasises win, then airports, then the rest. */
export const labelPriority = (hub: Hub, emphasis: ReadonlySet<string>) =>
  emphasis.has(hub.id) ? 100 : hub.kind === 'airport' ? 50 : 10;

/** Label height in CSS pixels: 2.2% of the screen's shorter side, so it reads from five metres. */
export const labelSize = (width: number, height: number) =>
  Math.max(14, Math.round(Math.min(width, height) * 0.022));

const LABEL_FONT = 'Inter, "DejaVu Sans", sans-serif';

/** A ring that grows and fades where a shipment has just arrived; a fixed ring buffer of slots. */
export interface Pulse {
  position: [number, number];
  startedAt: number;
}

export const PULSE_MS = 2400;

export interface HubLayerProps {
  hubs: readonly Hub[];
  /** The hubs whose labels fit without overlapping, and on which side (see declutter). */
  labelled: readonly Placed<Hub>[];
  /** Hubs drawn larger: the ones the operation emphasises. */
  emphasis: ReadonlySet<string>;
  pulses: readonly Pulse[];
  now: number;
  language: Language;
  /** Label height in pixels. */
  size: number;
  scale: number;
  colours: Colours;
  reducedMotion: boolean;
  showLabels: boolean;
}

export function hubLayers(props: HubLayerProps) {
  const { hubs, emphasis, pulses, now, scale, colours, reducedMotion } = props;
  const age = (p: Pulse) => Math.min(1, (now - p.startedAt) / PULSE_MS);
  return [
    new ScatterplotLayer<Pulse>({
      id: 'hub-pulses',
      data: pulses,
      getPosition: (p) => p.position,
      getRadius: (p) => (reducedMotion ? 14 : 8 + 40 * age(p)) * scale,
      radiusUnits: 'pixels',
      filled: false,
      stroked: true,
      getLineColor: (p) => [...colours.ink, Math.round(255 * (1 - age(p)))],
      getLineWidth: 3 * scale,
      lineWidthUnits: 'pixels',
      updateTriggers: { getRadius: [now, scale], getLineColor: now },
    }),
    new ScatterplotLayer<Hub>({
      id: 'hubs',
      data: hubs,
      getPosition: (hub) => [hub.lon, hub.lat],
      getRadius: (hub) => (emphasis.has(hub.id) ? 6 : 4) * scale,
      radiusUnits: 'pixels',
      getFillColor: [...colours.ink, 255],
      stroked: true,
      getLineColor: [...colours.halo, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5 * scale,
      updateTriggers: { getRadius: [scale, emphasis], getFillColor: colours, getLineColor: colours },
    }),
  ];
}

/** Hub names, drawn over the vehicles so that a busy hub stays readable. */
export function labelLayers({ labelled, language, size, colours, showLabels }: HubLayerProps) {
  return [
    new TextLayer<Placed<Hub>>({
      id: 'hub-labels',
      data: labelled,
      visible: showLabels,
      getPosition: ({ item: hub }) => [hub.lon, hub.lat],
      getText: ({ item: hub }) => hubName(hub, language),
      characterSet: 'auto',
      fontFamily: LABEL_FONT,
      fontWeight: 600,
      getSize: size,
      getColor: [...colours.ink, 255],
      getTextAnchor: ({ side }) => (side === 'left' ? 'end' : 'start'),
      getAlignmentBaseline: 'center',
      getPixelOffset: ({ side }) => [side === 'left' ? -size * 0.6 : size * 0.6, 0],
      fontSettings: { sdf: true, fontSize: 64, buffer: 6 },
      // Over the map whatever its depth: the labels are placed only where a hub is in sight.
      parameters: { ...UPRIGHT, depthCompare: 'always' },
      outlineWidth: 3,
      outlineColor: [...colours.halo, 255],
      updateTriggers: { getText: language, getPixelOffset: size, getColor: colours },
    }),
  ];
}
