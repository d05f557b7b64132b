import type { DelayedFeed, Snapshot } from '../../core/protocol';
import type { Feed } from '../live/feed';
import type { LiveState } from '../live/live-state';

/**
 * The feed of a page in export mode: no socket, no clock of its own. Each frame it is handed a
 * scenario time, fetches what a screen shows then (`GET /api/v1/state`) and says that time is the
 * server's, so the page draws exactly it, however long the drawing takes.
 */
/** The same empty list every frame: the HUD redraws a line only when its list changes. */
const NONE: readonly never[] = [];

export class ExportFeed implements Feed {
  private at = Number.NaN;
  private loads = 0;

  /** `query`: what the state route takes beside the time (`rate`, `presenter`). */
  constructor(
    private readonly live: LiveState,
    private readonly query: URLSearchParams,
  ) {}

  async load(at: number): Promise<void> {
    const params = new URLSearchParams(this.query);
    params.set('at', String(at));
    // The plan comes once, with the first frame; a page that lost it asks for it again.
    let snapshot = await this.fetchState(params, this.live.planVersion);
    if (!this.live.load(snapshot)) snapshot = await this.fetchState(params, '');
    if (!this.live.load(snapshot)) throw new Error(`no plan in the state at ${new Date(at).toISOString()}`);
    this.at = at;
    this.loads++;
  }

  private async fetchState(params: URLSearchParams, plan: string): Promise<Snapshot> {
    params.set('plan', plan);
    const response = await fetch(`/api/v1/state?${params}`);
    const body = await response.json();
    if (!response.ok) throw new Error(body.error ?? `GET /api/v1/state: ${response.status}`);
    return body as Snapshot;
  }

  plan() {
    return this.live.state?.plan;
  }

  state() {
    return this.loads ? ('live' as const) : ('connecting' as const);
  }

  serverNow(): number {
    return this.at;
  }

  /** Handed every frame: never delayed. */
  lastDataAt(): number {
    return Date.now();
  }

  snapshots(): number {
    return this.loads;
  }

  clockRtt(): number {
    return 0;
  }

  feeds(): readonly string[] {
    return NONE;
  }

  /** An export shows a past time: no feed is late for it. */
  delayedFeeds(): readonly DelayedFeed[] {
    return NONE;
  }

  /** An export reloads for no build: it renders what its page was given. */
  servedBuild(): null {
    return null;
  }

  handlerCounts(): Record<string, number> {
    return {};
  }
}
