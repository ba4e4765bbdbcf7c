/** The counts of rate limits: per key (limiter and client address), the requests of the current window. */
export interface RateLimitStore {
  /**
   * Counts one request under `key` in one step: a new window of `windowMs` when there is none or
   * the last one ended by `nowMs`, else one more in the current one. Answers the count and when
   * the window ends (ms since the epoch).
   */
  rateLimitHit(key: string, windowMs: number, nowMs: number): Promise<{ hits: number; resetMs: number }>;
  /** Takes one request back (a request the limiter decided not to count after all). */
  rateLimitUndo(key: string): Promise<void>;
  /** Forgets the key's count. */
  rateLimitReset(key: string): Promise<void>;
  /** Removes the counts whose window ended before `nowMs`. */
  pruneRateLimits(nowMs: number): Promise<void>;
}
