import type { PositionsFrame } from '../../core/protocol';

/** What nodes of a cluster tell each other through Socket.IO's adapter, beside the shared log. */
export interface ClusterEvents {
  /** A positions frame of the node that plays the scenario, in its term. */
  'corridor:frame': (message: { term: number; frame: PositionsFrame }) => void;
  /** Each node answers with the screens connected to it. */
  'corridor:screens': (answer: (screens: number) => void) => void;
}
