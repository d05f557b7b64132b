import { IconLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Fleet } from '../fleet';
import type { IconAtlas } from '../icons';

interface Binary {
  value: Float32Array | Uint8Array;
  size: number;
}

/**
 * deck.gl uploads a binary attribute again only when it is handed a different object: two
 * wrappers per array, taken in turn, say "changed" without allocating a new one each frame.
 */
class Alternating {
  private readonly pair: [Binary, Binary];
  private turn = 0;
  constructor(value: Float32Array | Uint8Array, size: number) {
    this.pair = [
      { value, size },
      { value, size },
    ];
  }
  next(): Binary {
    this.turn ^= 1;
    return this.pair[this.turn] as Binary;
  }
  get current(): Binary {
    return this.pair[this.turn] as Binary;
  }
}

interface FleetData {
  length: number;
  attributes: Record<string, Binary>;
}

/** What the vehicle layers draw from a fleet: its arrays, wrapped once, and the frame they show. */
export class FleetAttributes {
  readonly icons: FleetData;
  readonly rings: FleetData;
  private readonly positions: Alternating;
  private readonly angles: Alternating;
  private readonly sizes: Alternating;
  private readonly colours: Alternating;
  private readonly radii: Alternating;
  private readonly ringColours: Alternating;
  private styleVersion = -1;

  constructor(readonly fleet: Fleet) {
    this.positions = new Alternating(fleet.positions, 2);
    this.angles = new Alternating(fleet.angles, 1);
    this.sizes = new Alternating(fleet.sizes, 1);
    this.colours = new Alternating(fleet.colours, 4);
    this.radii = new Alternating(fleet.ringRadii, 1);
    this.ringColours = new Alternating(fleet.ringColours, 4);
    this.icons = { length: fleet.count, attributes: {} };
    this.rings = { length: fleet.count, attributes: {} };
  }

  /** Called once per frame after the fleet moved: positions always change, styles only sometimes. */
  advance(): void {
    const { icons, rings } = this;
    icons.attributes.getPosition = this.positions.next();
    icons.attributes.getAngle = this.angles.next();
    rings.attributes.getPosition = this.positions.current;
    if (this.styleVersion !== this.fleet.styleVersion) {
      this.styleVersion = this.fleet.styleVersion;
      icons.attributes.getSize = this.sizes.next();
      icons.attributes.getColor = this.colours.next();
      rings.attributes.getRadius = this.radii.next();
      rings.attributes.getLineColor = this.ringColours.next();
    }
  }
}

/**
 * Vehicles as icons turned to their heading. An estimated position (no recent fix) is drawn
 * faint inside a hollow ring, so it never passes for a reported one.
 */
export interface VehicleLayerProps {
  vehicles: FleetAttributes;
  atlas: IconAtlas;
  scale: number;
  /** Changes every frame: tells deck.gl to re-read vehicle positions. */
  frame: number;
}

/**
 * deck.gl's GlobeView culls back faces by default, and the quads of labels and rotated icons wind
 * the other way on a globe: culled, they vanish (visgl/deck.gl#10519). Nothing to cull on a flat map.
 */
export const UPRIGHT = { cullMode: 'none' } as const;

export function vehicleLayers({ vehicles: attributes, atlas, scale, frame }: VehicleLayerProps) {
  const { fleet } = attributes;
  const style = fleet.styleVersion;
  return [
    new ScatterplotLayer({
      id: 'vehicle-estimated-rings',
      data: attributes.rings,
      radiusUnits: 'pixels',
      filled: false,
      stroked: true,
      getLineWidth: 2 * scale,
      lineWidthUnits: 'pixels',
      updateTriggers: { getPosition: frame, getRadius: style, getLineColor: style },
    }),
    new IconLayer({
      id: 'vehicles',
      data: attributes.icons,
      iconAtlas: atlas.url,
      iconMapping: atlas.mapping,
      getIcon: (_: unknown, { index }: { index: number }) => (fleet.legs[index]?.leg.mode ?? 'air') as string,
      sizeUnits: 'pixels',
      parameters: UPRIGHT,
      updateTriggers: {
        getPosition: frame,
        getAngle: frame,
        getSize: style,
        getColor: style,
        getIcon: fleet,
      },
    }),
  ];
}
