import { bearingDeg, type LngLat } from '../../core/geo/great-circle';
import { type Fix, type Position, positionAt } from '../../core/position';
import type { Leg } from '../../core/scenario';
import type { LegView, LiveState } from '../live/live-state';
import type { Colours } from '../theme';

export interface FleetStyle {
  colours: Colours;
  /** Icon and ring sizes scale with the label size. */
  scale: number;
  focus: ReadonlySet<string> | null;
  shown: Readonly<Record<Leg['mode'], boolean>>;
}

const NO_FIXES: readonly Fix[] = [];

/**
 * Every vehicle of the plan in flat typed arrays, rewritten in place each frame and handed to
 * deck.gl as binary attributes: no accessor runs per vehicle, nothing is allocated per frame.
 * Paths are flattened once; each vehicle remembers its segment, so a frame costs O(vehicles).
 */
export class Fleet {
  readonly count: number;
  readonly positions: Float32Array;
  readonly angles: Float32Array;
  readonly sizes: Float32Array;
  readonly ringRadii: Float32Array;
  readonly colours: Uint8Array;
  readonly ringColours: Uint8Array;
  readonly progress: Float64Array;
  readonly moving: Uint8Array;
  readonly estimated: Uint8Array;
  /** Bumped whenever sizes or colours change, so deck.gl uploads them only then. */
  styleVersion = 0;
  private readonly coords: Float64Array;
  private readonly fractions: Float64Array;
  private readonly headings: Float32Array;
  private readonly firstVertex: Int32Array;
  private readonly segment: Int32Array;
  private readonly position: Position = { progress: 0, phase: 'waiting', estimated: true };
  private tracks: readonly (readonly Fix[])[] = [];
  private tracksOf: unknown;
  private style: FleetStyle | undefined;

  constructor(readonly legs: readonly LegView[]) {
    const n = legs.length;
    this.count = n;
    this.positions = new Float32Array(2 * n);
    this.angles = new Float32Array(n);
    this.sizes = new Float32Array(n);
    this.ringRadii = new Float32Array(n);
    this.colours = new Uint8Array(4 * n);
    this.ringColours = new Uint8Array(4 * n);
    this.progress = new Float64Array(n);
    this.moving = new Uint8Array(n);
    this.estimated = new Uint8Array(n).fill(2);
    this.segment = new Int32Array(n);
    this.firstVertex = new Int32Array(n + 1);
    let vertices = 0;
    legs.forEach((view, i) => {
      this.firstVertex[i] = vertices;
      vertices += view.path.points.length;
    });
    this.firstVertex[n] = vertices;
    this.coords = new Float64Array(2 * vertices);
    this.fractions = new Float64Array(vertices);
    this.headings = new Float32Array(vertices);
    legs.forEach(({ path }, i) => {
      const base = this.firstVertex[i] as number;
      path.points.forEach((point, k) => {
        this.coords[2 * (base + k)] = point[0];
        this.coords[2 * (base + k) + 1] = point[1];
        this.fractions[base + k] = path.lengthKm > 0 ? (path.cumulative[k] as number) / path.lengthKm : 0;
        const next = path.points[k + 1];
        // deck.gl turns icons counter-clockwise; headings run clockwise from north.
        this.headings[base + k] = next
          ? -bearingDeg(point, next as LngLat)
          : (this.headings[base + k - 1] ?? 0);
      });
    });
  }

  /** Moves every vehicle to scenario time t; returns how many are moving. */
  update(live: LiveState, t: number, style: FleetStyle): number {
    const state = live.state;
    if (!state) return 0;
    if (this.tracksOf !== state.tracks) {
      // Tracks are replaced only by a snapshot or a rebase; fixes are added to the same arrays.
      this.tracksOf = state.tracks;
      this.tracks = this.legs.map((view) => state.tracks[view.leg.id] ?? NO_FIXES);
    }
    const restyle = style !== this.style;
    this.style = style;
    const estimateAfter = live.estimateAfter;
    let moving = 0;
    for (let i = 0; i < this.count; i++) {
      const view = this.legs[i] as LegView;
      const p = positionAt(view.leg, this.tracks[i] as Fix[], t, estimateAfter, this.position);
      const isMoving = p.phase === 'moving' ? 1 : 0;
      const isEstimated = p.estimated ? 1 : 0;
      this.progress[i] = p.progress;
      if (restyle || isMoving !== this.moving[i] || isEstimated !== this.estimated[i]) {
        this.moving[i] = isMoving;
        this.estimated[i] = isEstimated;
        this.restyle(i, style);
      }
      if (!isMoving) continue;
      moving++;
      this.place(i, p.progress);
    }
    if (restyle) this.styleVersion++;
    return moving;
  }

  private place(i: number, progress: number): void {
    const first = this.firstVertex[i] as number;
    const last = (this.firstVertex[i + 1] as number) - 2;
    const { fractions, coords } = this;
    let k = Math.min(Math.max(this.segment[i] as number, first), last);
    while (k < last && (fractions[k + 1] as number) <= progress) k++;
    while (k > first && (fractions[k] as number) > progress) k--;
    this.segment[i] = k;
    const span = (fractions[k + 1] as number) - (fractions[k] as number);
    const f = span > 0 ? Math.min(1, Math.max(0, (progress - (fractions[k] as number)) / span)) : 0;
    this.positions[2 * i] =
      (coords[2 * k] as number) + ((coords[2 * k + 2] as number) - (coords[2 * k] as number)) * f;
    this.positions[2 * i + 1] =
      (coords[2 * k + 1] as number) + ((coords[2 * k + 3] as number) - (coords[2 * k + 1] as number)) * f;
    this.angles[i] = this.headings[k] as number;
  }

  private restyle(i: number, { colours, scale, focus, shown }: FleetStyle): void {
    const leg = (this.legs[i] as LegView).leg;
    const visible = this.moving[i] === 1 && shown[leg.mode];
    const estimated = this.estimated[i] === 1;
    const dim = focus && !focus.has(leg.id) ? 0.25 : 1;
    this.sizes[i] = visible ? 30 * scale : 0;
    this.ringRadii[i] = visible && estimated ? 15 * scale : 0;
    const [r, g, b] = estimated ? colours.modes[leg.mode] : colours.trails[leg.mode];
    this.colours.set([r, g, b, Math.round((estimated ? 110 : 255) * dim)], 4 * i);
    const [mr, mg, mb] = colours.modes[leg.mode];
    this.ringColours.set([mr, mg, mb, Math.round(220 * dim)], 4 * i);
    this.styleVersion++;
  }
}
