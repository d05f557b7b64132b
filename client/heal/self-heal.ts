import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapDrawer } from '../display/map-drawer';
import type { Hud } from '../hud/hud';
import type { Feed } from '../live/feed';
import { BuildWatch, pageBuild } from './build-watch';
import { guardContext } from './context-guard';
import { reloadPage, takeReloadReason } from './reload';
import { Watchdog } from './watchdog';

export interface SelfHealParts {
  map: MapLibreMap;
  drawer: Pick<MapDrawer, 'contextLost' | 'contextRestored' | 'frames'>;
  hud: Pick<Hud, 'stalled'>;
  feed: Pick<Feed, 'servedBuild'>;
  /** An export has its own loop and nobody watching it: no watchdog, no reload for a build. */
  watched: boolean;
}

/**
 * A screen heals itself: the overlay put back after a GPU context loss, a reload when frames stop
 * or when the server serves another build (at a quiet moment).
 */
export class SelfHeal {
  readonly build = pageBuild();
  /** Why the page before this one reloaded itself into it, if it did. */
  readonly reloadedFor = takeReloadReason();
  private lastEventAt = 0;
  private stalled = false;
  private readonly context: { lost: () => boolean };
  private readonly watchdog: Watchdog | undefined;

  constructor(parts: SelfHealParts) {
    const { drawer } = parts;
    this.context = guardContext(parts.map, {
      lose: () => drawer.contextLost(),
      rebuild: () => drawer.contextRestored(),
      frames: () => drawer.frames,
      reload: () => reloadPage('context-lost'),
    });
    if (!parts.watched) return;
    this.watchdog = new Watchdog({
      everyMs: 1000,
      silentLooks: 10,
      graceMs: 3000,
      onStall: (now) => {
        this.stalled = now;
        if (now) parts.hud.stalled();
      },
      reload: () => reloadPage('frozen'),
    });
    const builds = new BuildWatch({
      own: this.build,
      served: () => parts.feed.servedBuild(),
      lastEventAt: () => this.lastEventAt,
      reload: () => reloadPage('new-build'),
    });
    setInterval(() => builds.look(), 1000);
  }

  /** Something happened on screen: not the moment to reload for a new build. */
  eventHappened(): void {
    this.lastEventAt = Date.now();
  }

  /** A frame was drawn whole. */
  beat(): void {
    this.watchdog?.beat();
  }

  /** What the badge says instead of the data's health while the screen mends itself. */
  health(): 'restarting' | 'restoring' | null {
    if (this.stalled) return 'restarting';
    return this.context.lost() ? 'restoring' : null;
  }
}
