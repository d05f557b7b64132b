import type { DelayedFeed } from '../../core/protocol';
import type { PolledFeed } from './feed-config';
import { type FeedHealth, FeedRunner, type FeedRunnerParts } from './feed-runner';
import { type FeedSource, httpSource } from './feed-source';

export interface Feeds {
  /** What the legend calls them. */
  names: string[];
  health(): FeedHealth[];
  /** What the screens are told: the feeds gone silent, since when, and the vehicles they drove. */
  delayed(): DelayedFeed[];
  stop(): void;
}

/** Starts polling every configured feed; `source` replaces the HTTP source in a bench or a replay. */
export function startFeeds(
  polled: readonly PolledFeed[],
  parts: FeedRunnerParts,
  source: (feed: PolledFeed) => FeedSource = (feed) =>
    httpSource(feed.url, feed.headers, Math.min(feed.everyMs, 10_000)),
): Feeds {
  const runners = polled.map((feed) => new FeedRunner(feed, source(feed), parts));
  for (const runner of runners) runner.start();
  return {
    names: polled.map((feed) => feed.name),
    health: () => runners.map((runner) => runner.status()),
    delayed: () =>
      runners.flatMap((runner) => {
        const h = runner.status();
        return h.state === 'delayed' ? [{ feed: h.name, since: h.lastReadAt, vehicles: h.vehicles }] : [];
      }),
    stop: () => {
      for (const runner of runners) runner.stop();
    },
  };
}
