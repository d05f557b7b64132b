import { Budget } from '../realtime/budgets';

/**
 * Wrong tokens per client address: past `failures` in a window the address is locked out for the
 * window (429 with Retry-After), whatever token it sends. A presenter who mistypes twice is far
 * from it; a script trying tokens is stopped at the tenth.
 */
export class SignInGuard {
  private readonly budget: Budget;

  constructor(
    failures = 10,
    readonly windowSeconds = 60,
  ) {
    this.budget = new Budget(failures, windowSeconds, windowSeconds);
  }

  /** Seconds the address must wait before it may try again; 0 if it may now. */
  lockedFor(address: string): Promise<number> {
    return this.budget.retryAfter(address);
  }

  /** A wrong token from the address. */
  async failed(address: string): Promise<void> {
    await this.budget.spend(address);
  }
}
