/**
 * The rules of sessions and of failed logins, as pure functions of time: tests move a clock
 * instead of waiting.
 */

export interface SessionPolicy {
  /** A session ends after this long without a request. */
  idleMs: number;
  /** And in any case this long after login. */
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 30 * 60_000, absoluteMs: 8 * 60 * 60_000 };

export function sessionExpired(session: { createdMs: number; lastSeenMs: number }, nowMs: number, policy: SessionPolicy): boolean {
  return nowMs - session.lastSeenMs > policy.idleMs || nowMs - session.createdMs > policy.absoluteMs;
}

export interface LockoutPolicy {
  /** Failures are counted over this window. */
  windowMs: number;
  /** This many failures of one account within the window lock it. */
  accountThreshold: number;
  /** This many failures from one address within the window lock that address. */
  addressThreshold: number;
  /** The first lock lasts this long; each further failure doubles it, up to `maxLockMs`. */
  baseLockMs: number;
  maxLockMs: number;
}

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = {
  windowMs: 15 * 60_000,
  accountThreshold: 5,
  addressThreshold: 20,
  baseLockMs: 60_000,
  maxLockMs: 60 * 60_000,
};

/**
 * Until when logins are refused, given the times of recent failures (oldest first); null when
 * not locked. Growing back-off: the n-th failure past the threshold locks for base × 2^n.
 */
export function lockedUntil(failures: readonly number[], threshold: number, nowMs: number, policy: LockoutPolicy): number | null {
  const recent = failures.filter((at) => nowMs - at <= policy.windowMs);
  if (recent.length < threshold) return null;
  const last = recent[recent.length - 1] as number;
  const lockMs = Math.min(policy.baseLockMs * 2 ** (recent.length - threshold), policy.maxLockMs);
  return last + lockMs > nowMs ? last + lockMs : null;
}
