import type { SqliteDatabase } from './open.js';

/** Rate-limit counts (see RateLimitStore). */
export function rateLimitQueries(db: SqliteDatabase) {
  // One statement: two servers counting the same address at once both land in the count.
  const hit = db.prepare(
    `INSERT INTO rate_limit (key, hits, reset_ms) VALUES (@key, 1, @now + @window)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN rate_limit.reset_ms <= @now THEN 1 ELSE rate_limit.hits + 1 END,
       reset_ms = CASE WHEN rate_limit.reset_ms <= @now THEN @now + @window ELSE rate_limit.reset_ms END
     RETURNING hits, reset_ms AS resetMs`,
  );
  const undo = db.prepare('UPDATE rate_limit SET hits = hits - 1 WHERE key = ? AND hits > 0');
  const reset = db.prepare('DELETE FROM rate_limit WHERE key = ?');
  const prune = db.prepare('DELETE FROM rate_limit WHERE reset_ms <= ?');
  return {
    rateLimitHit: (key: string, window: number, now: number) => hit.get({ key, window, now }) as { hits: number; resetMs: number },
    rateLimitUndo: (key: string) => void undo.run(key),
    rateLimitReset: (key: string) => void reset.run(key),
    pruneRateLimits: (now: number) => void prune.run(now),
  };
}
