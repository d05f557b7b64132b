import { IconLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Colours } from '../../theme';
import type { IconAtlas } from '../icons';
import type { VehicleView } from '../vehicle-views';

/**
 * Vehicles as icons turned to their heading. An estimated position (no recent fix) is drawn
 * faint inside a hollow ring, so it never passes for a reported one.
 */
export function vehicleLayers(
  vehicles: readonly VehicleView[],
  atlas: IconAtlas,
  colours: Colours,
  scale: number,
  frame: number,
  focus: ReadonlySet<string> | null,
) {
  const dim = (v: VehicleView, alpha: number) =>
    focus && !focus.has(v.legView.leg.id) ? Math.round(alpha * 0.25) : alpha;
  return [
    new ScatterplotLayer<VehicleView>({
      id: 'vehicle-estimated-rings',
      data: vehicles,
      getPosition: (v) => v.position,
      getRadius: (v) => (v.moving && v.estimated ? 15 * scale : 0),
      radiusUnits: 'pixels',
      filled: false,
      stroked: true,
      getLineColor: (v) => [...colours.modes[v.legView.leg.mode], dim(v, 220)],
      getLineWidth: 2 * scale,
      lineWidthUnits: 'pixels',
      updateTriggers: { getPosition: frame, getRadius: [frame, scale], getLineColor: [colours, focus] },
    }),
    new IconLayer<VehicleView>({
      id: 'vehicles',
      data: vehicles,
      iconAtlas: atlas.url,
      iconMapping: atlas.mapping,
      getIcon: (v) => v.legView.leg.mode,
      getPosition: (v) => v.position,
      getSize: (v) => (v.moving ? 30 * scale : 0),
      sizeUnits: 'pixels',
      // deck.gl turns icons counter-clockwise; headings run clockwise from north.
      getAngle: (v) => -v.point.heading,
      getColor: (v) =>
        v.estimated
          ? [...colours.modes[v.legView.leg.mode], 110]
          : [...colours.trails[v.legView.leg.mode], 255],
      updateTriggers: {
        getPosition: frame,
        getSize: [frame, scale],
        getAngle: frame,
        getColor: [frame, colours],
      },
    }),
  ];
}
