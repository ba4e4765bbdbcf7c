import type pg from 'pg';
import type { RateLimitStore } from '../RateLimitStore.js';

/** Rate-limit counts on PostgreSQL (see RateLimitStore; the same statements as sqlite/rateLimits.ts). */
export class PgRateLimitStore implements RateLimitStore {
  constructor(private readonly pool: pg.Pool) {}

  async rateLimitHit(key: string, windowMs: number, nowMs: number) {
    // One statement, atomic per row: servers counting the same address at once all land in the count.
    const { rows } = await this.pool.query<{ hits: number; resetMs: number }>(
      `INSERT INTO rate_limit (key, hits, reset_ms) VALUES ($1, 1, $2::bigint + $3::bigint)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit.reset_ms <= $2 THEN 1 ELSE rate_limit.hits + 1 END,
         reset_ms = CASE WHEN rate_limit.reset_ms <= $2 THEN $2::bigint + $3::bigint ELSE rate_limit.reset_ms END
       RETURNING hits, reset_ms AS "resetMs"`,
      [key, nowMs, windowMs],
    );
    return rows[0]!;
  }
  async rateLimitUndo(key: string) {
    await this.pool.query('UPDATE rate_limit SET hits = hits - 1 WHERE key = $1 AND hits > 0', [key]);
  }
  async rateLimitReset(key: string) {
    await this.pool.query('DELETE FROM rate_limit WHERE key = $1', [key]);
  }
  async pruneRateLimits(nowMs: number) {
    await this.pool.query('DELETE FROM rate_limit WHERE reset_ms <= $1', [nowMs]);
  }
}
