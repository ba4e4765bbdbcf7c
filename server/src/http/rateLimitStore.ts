import type { IncrementResponse, Options, Store as RateLimitCounter } from 'express-rate-limit';
import type { RateLimitStore } from '../store/RateLimitStore.js';

/**
 * express-rate-limit's counts kept in the database instead of one server's memory: several
 * servers behind one address count its requests together, and a restart forgets nothing. Each
 * limiter has its own `prefix` ("login:", "oidc:"). Expired counts are pruned now and then, on a hit.
 */
export class DatabaseRateLimit implements RateLimitCounter {
  /** The counts are shared: express-rate-limit must not assume they live here. */
  readonly localKeys = false;
  private windowMs = 60_000;
  private lastPrune = 0;

  constructor(
    private readonly store: RateLimitStore,
    readonly prefix: string,
    private readonly now: () => number = Date.now,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async increment(key: string): Promise<IncrementResponse> {
    const now = this.now();
    if (now - this.lastPrune >= this.windowMs) {
      this.lastPrune = now;
      await this.store.pruneRateLimits(now);
    }
    const { hits, resetMs } = await this.store.rateLimitHit(this.prefix + key, this.windowMs, now);
    return { totalHits: hits, resetTime: new Date(resetMs) };
  }

  decrement(key: string): Promise<void> {
    return this.store.rateLimitUndo(this.prefix + key);
  }

  resetKey(key: string): Promise<void> {
    return this.store.rateLimitReset(this.prefix + key);
  }
}
