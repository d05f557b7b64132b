import { PathStyleExtension } from '@deck.gl/extensions';
import { TripsLayer } from '@deck.gl/geo-layers';
import { PathLayer } from '@deck.gl/layers';
import { isReported } from '../../../core/provenance';
import type { Leg } from '../../../core/scenario';
import type { LegView } from '../../live/live-state';
import type { Colours } from '../../theme';

const dashed = new PathStyleExtension({ dash: true });
const illustrative = (leg: Leg) => !isReported(leg.provenance);

/**
 * Each leg three times: the whole route dim (dashed where illustrative), the part travelled
 * bright, and a fading trail behind the vehicle. Paths are uploaded once; only `currentTime` moves.
 * Timestamps are minutes since the plan's start: TripsLayer holds them as 32-bit floats.
 */
export interface LegLayerProps {
  legs: readonly LegView[];
  colours: Colours;
  /** Line widths scale with the label size. */
  scale: number;
  minutesNow: number;
  /** Legs arrived by now: the travelled parts recolour only when it changes. */
  arrivedCount: number;
  showTrails: boolean;
  /** The legs the presenter focuses on; null: no focus. */
  focus: ReadonlySet<string> | null;
}

export function legLayers({
  legs,
  colours,
  scale,
  minutesNow,
  arrivedCount,
  showTrails,
  focus,
}: LegLayerProps) {
  // Under a presenter's focus everything else steps back.
  const dim = (view: LegView, alpha: number) =>
    focus && !focus.has(view.leg.id) ? Math.round(alpha * 0.2) : alpha;
  const width = (view: LegView) => (view.leg.mode === 'air' ? 2.6 : 2.2) * scale;
  const dash = (view: LegView): [number, number] => (illustrative(view.leg) ? [3, 2.5] : [0, 0]);
  return [
    new PathLayer<LegView, { getDashArray: typeof dash; dashJustified: boolean }>({
      id: 'legs-route',
      data: legs,
      getPath: (view) => view.leg.path as [number, number][],
      getColor: (view) => [...colours.modes[view.leg.mode], dim(view, illustrative(view.leg) ? 95 : 120)],
      getWidth: width,
      widthUnits: 'pixels',
      getDashArray: dash,
      dashJustified: true,
      extensions: [dashed],
      updateTriggers: { getWidth: scale, getColor: [colours, focus] },
    }),
    new TripsLayer<LegView>({
      id: 'legs-travelled',
      data: legs,
      getPath: (view) => view.leg.path as [number, number][],
      getTimestamps: (view) => view.timestamps,
      currentTime: minutesNow,
      fadeTrail: false,
      trailLength: 1e7,
      // Legs already done stay visible but fade; the one under way is bright.
      getColor: (view) => [
        ...colours.modes[view.leg.mode],
        dim(view, view.arrivedBy(minutesNow) ? 120 : 235),
      ],
      getWidth: width,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      updateTriggers: { getWidth: scale, getColor: [arrivedCount, colours, focus] },
    }),
    new TripsLayer<LegView>({
      id: 'legs-trail',
      data: legs,
      visible: showTrails,
      getPath: (view) => view.leg.path as [number, number][],
      getTimestamps: (view) => view.timestamps,
      currentTime: minutesNow,
      trailLength: 240,
      getColor: (view) => [...colours.trails[view.leg.mode], dim(view, 230)],
      getWidth: (view) => width(view) * 1.6,
      widthUnits: 'pixels',
      capRounded: true,
      updateTriggers: { getWidth: scale, getColor: [colours, focus] },
    }),
  ];
}
