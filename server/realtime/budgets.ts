import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * A budget of messages per key (a socket, an address) and time, from rate-limiter-flexible: what a
 * client may send before the excess is dropped. Entries expire with their window, so a server
 * left on for weeks keeps nothing of sockets long gone.
 */
export class Budget {
  private readonly limiter: RateLimiterMemory;

  /** `blockSeconds`: once over budget, refused that long, however it behaves meanwhile. */
  constructor(points: number, seconds: number, blockSeconds = 0) {
    this.limiter = new RateLimiterMemory({ points, duration: seconds, blockDuration: blockSeconds });
  }

  /** Spends one: false where the key is over its budget now. */
  async spend(key: string): Promise<boolean> {
    try {
      await this.limiter.consume(key);
      return true;
    } catch (error) {
      if (error instanceof RateLimiterRes) return false;
      throw error;
    }
  }

  /** Seconds until the key has budget again (0 if it has now). */
  async retryAfter(key: string): Promise<number> {
    const state = await this.limiter.get(key);
    return state && state.remainingPoints <= 0 ? Math.ceil(state.msBeforeNext / 1000) : 0;
  }
}

/** What one screen may send: snapshots it asks for, clock pings, and refused commands. */
export const SCREEN_BUDGETS = {
  /** A resync after a gap is rare: 5 in 10 s, the rest coalesced or dropped. */
  resync: { points: 5, seconds: 10 },
  /** Clock sync pings: a screen sends one every 3 s, six on connecting. */
  ping: { points: 20, seconds: 10 },
  /** Messages over budget, or commands a display may not send, before the screen is let go. */
  strikes: { points: 200, seconds: 60 },
} as const;
