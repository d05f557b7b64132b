import { bearingDeg, type LngLat } from '../../core/geo/great-circle';
import { type Fix, type Position, positionAt, speedAfter } from '../../core/position';
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
  /** Per vehicle, its last fix and the speed after it: most frames just extrapolate from them. */
  private readonly lastTime: Float64Array;
  private readonly lastProgress: Float64Array;
  private readonly speed: Float64Array;
  private readonly depart: Float64Array;
  /** Per vehicle, the segment it is on: its progress range and end points. */
  private readonly segmentFrom: Float64Array;
  private readonly segmentTo: Float64Array;
  private readonly segmentEnds: Float64Array;
  private versionSeen = -1;
  private messagesSeen = -1;
  private readonly position: Position = { progress: 0, phase: 'waiting', estimated: true };
  private tracks: readonly (readonly Fix[])[] = [];
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
    this.lastTime = new Float64Array(n).fill(Number.NaN);
    this.lastProgress = new Float64Array(n);
    this.speed = new Float64Array(n);
    this.depart = Float64Array.from(legs, (view) => view.leg.depart);
    this.segmentFrom = new Float64Array(n).fill(Number.NaN);
    this.segmentTo = new Float64Array(n).fill(Number.NaN);
    this.segmentEnds = new Float64Array(4 * n);
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
    // A snapshot or an update (a rebase) may replace tracks; a positions message adds to them.
    // Neither happens every frame: the fixes are read again only then.
    const replaced = live.version !== this.versionSeen;
    if (replaced) {
      this.versionSeen = live.version;
      this.tracks = this.legs.map((view) => state.tracks[view.leg.id] ?? NO_FIXES);
    }
    if (replaced || live.positionsApplied !== this.messagesSeen) {
      this.messagesSeen = live.positionsApplied;
      this.readLastFixes();
    }
    const restyle = style !== this.style;
    this.style = style;
    const estimateAfter = live.estimateAfter;
    const { lastTime, lastProgress, speed, depart } = this;
    let moving = 0;
    for (let i = 0; i < this.count; i++) {
      const since = t - (lastTime[i] as number);
      let progress: number;
      let estimated: number;
      if (since >= 0) {
        progress = Math.min(1, Math.max(0, (lastProgress[i] as number) + (speed[i] as number) * since));
        estimated = since > estimateAfter ? 1 : 0;
      } else {
        // Before its last fix (this screen's clock a little behind), or no fix at all.
        const view = this.legs[i] as LegView;
        const p = positionAt(view.leg, this.tracks[i] as Fix[], t, estimateAfter, this.position);
        progress = p.progress;
        estimated = p.estimated ? 1 : 0;
      }
      const isMoving = progress >= 1 || (progress <= 0 && t < (depart[i] as number)) ? 0 : 1;
      this.progress[i] = progress;
      if (restyle || isMoving !== this.moving[i] || estimated !== this.estimated[i]) {
        this.moving[i] = isMoving;
        this.estimated[i] = estimated;
        this.restyle(i, style);
      }
      if (!isMoving) continue;
      moving++;
      this.place(i, progress);
    }
    if (restyle) this.styleVersion++;
    return moving;
  }

  private readLastFixes(): void {
    for (let i = 0; i < this.count; i++) {
      const track = this.tracks[i] as readonly Fix[];
      const last = track[track.length - 1];
      // No fix: NaN makes every frame take positionAt's schedule path.
      this.lastTime[i] = last ? last.time : Number.NaN;
      this.lastProgress[i] = last ? last.progress : 0;
      this.speed[i] = last ? speedAfter(track, (this.legs[i] as LegView).leg) : 0;
    }
  }

  /** Writes position and heading at `progress`, from the vehicle's segment, found again only when left. */
  private place(i: number, progress: number): void {
    const { segmentFrom, segmentTo } = this;
    if (!(progress >= (segmentFrom[i] as number) && progress <= (segmentTo[i] as number)))
      this.findSegment(i, progress);
    const from = segmentFrom[i] as number;
    const span = (segmentTo[i] as number) - from;
    const f = span > 0 ? (progress - from) / span : 0;
    const e = 4 * i;
    const ends = this.segmentEnds;
    this.positions[2 * i] = (ends[e] as number) + ((ends[e + 2] as number) - (ends[e] as number)) * f;
    this.positions[2 * i + 1] =
      (ends[e + 1] as number) + ((ends[e + 3] as number) - (ends[e + 1] as number)) * f;
  }

  private findSegment(i: number, progress: number): void {
    const first = this.firstVertex[i] as number;
    const last = (this.firstVertex[i + 1] as number) - 2;
    const { fractions, coords } = this;
    let k = Math.min(Math.max(this.segment[i] as number, first), last);
    while (k < last && (fractions[k + 1] as number) <= progress) k++;
    while (k > first && (fractions[k] as number) > progress) k--;
    this.segment[i] = k;
    this.segmentFrom[i] = fractions[k] as number;
    this.segmentTo[i] = fractions[k + 1] as number;
    this.segmentEnds.set(
      [
        coords[2 * k] as number,
        coords[2 * k + 1] as number,
        coords[2 * k + 2] as number,
        coords[2 * k + 3] as number,
      ],
      4 * i,
    );
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
    // A ring of radius 0 still draws its stroke: a vehicle without a ring gets a transparent one.
    this.ringColours.set([mr, mg, mb, visible && estimated ? Math.round(220 * dim) : 0], 4 * i);
    this.styleVersion++;
  }
}
