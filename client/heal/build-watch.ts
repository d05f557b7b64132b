/** The build this page runs, as its page says (`<meta name="corridor-build">`); null in development. */
export function pageBuild(doc: Document = document): string | null {
  return doc.querySelector<HTMLMetaElement>('meta[name="corridor-build"]')?.content || null;
}

export interface BuildWatchOptions {
  own: string | null;
  /** The build the server serves, as its last snapshot said. */
  served: () => string | null | undefined;
  /** Local ms of the last thing that happened on screen (a status change, a presenter's command). */
  lastEventAt: () => number;
  reload: () => void;
  /** Calm this long before reloading… */
  quietMs?: number;
  /** …but never waiting longer than this for calm. */
  longestWaitMs?: number;
  /** Spread over this, so that a wall of screens does not load the new build in one instant. */
  spreadMs?: number;
  now?: () => number;
}

/**
 * A screen whose page is another build than its server serves (a deploy since it loaded) reloads
 * itself at a quiet moment: nothing happened on screen for a while, or at the latest minutes on.
 * Where the server's build comes back to the page's (a screen moved to a node not yet upgraded),
 * it stays.
 */
export class BuildWatch {
  private noticedAt: number | undefined;
  private readonly spread: number;

  constructor(private readonly options: BuildWatchOptions) {
    this.spread = Math.random() * (options.spreadMs ?? 10_000);
  }

  /** Called every second or so; true once it has asked for the reload. */
  look(): boolean {
    const { own, served } = this.options;
    const build = served();
    const now = (this.options.now ?? Date.now)();
    if (!build || !own || build === own) {
      this.noticedAt = undefined;
      return false;
    }
    this.noticedAt ??= now;
    const waited = now - this.noticedAt;
    if (waited < this.spread) return false;
    const quiet = now - this.options.lastEventAt() >= (this.options.quietMs ?? 8000);
    if (!quiet && waited < (this.options.longestWaitMs ?? 180_000)) return false;
    this.options.reload();
    return true;
  }
}
