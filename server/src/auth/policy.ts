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
 * Until when logins are refused, given the times of failures (oldest first); null when not
 * locked. The lock starts at the last failure when `threshold` failures fell within the window
 * before it, and grows with every further failure in that window: base × 2^(n − threshold), up to
 * the maximum. Callers pass the failures of the last `windowMs + maxLockMs` at least.
 */
export function lockedUntil(failures: readonly number[], threshold: number, nowMs: number, policy: LockoutPolicy): number | null {
  const last = failures[failures.length - 1];
  if (last === undefined) return null;
  const inWindow = failures.filter((at) => at <= last && last - at <= policy.windowMs).length;
  if (inWindow < threshold) return null;
  const until = last + Math.min(policy.baseLockMs * 2 ** (inWindow - threshold), policy.maxLockMs);
  return until > nowMs ? until : null;
}

/**
 * The lock on a new attempt, given the failures of the account from that address and those of the
 * address (any account); null when the attempt may go on to the password check.
 */
export function attemptLock(
  accountFromAddress: readonly number[],
  address: readonly number[],
  nowMs: number,
  policy: LockoutPolicy,
): { until: number; by: 'account' | 'adres' } | null {
  const account = lockedUntil(accountFromAddress, policy.accountThreshold, nowMs, policy);
  if (account !== null) return { until: account, by: 'account' };
  const byAddress = lockedUntil(address, policy.addressThreshold, nowMs, policy);
  return byAddress === null ? null : { until: byAddress, by: 'adres' };
}

/** How far back failures matter for `lockedUntil`. */
export const lockoutLookbackMs = (policy: LockoutPolicy): number => policy.windowMs + policy.maxLockMs;

/** The longest user name (see UserAdmin's pattern): a longer one at login is refused unread. */
export const MAX_USERNAME_LENGTH = 64;

/**
 * A user name as logins, lockouts and the audit log count it: Unicode-normalised (NFKC), without
 * surrounding spaces, in lower case — "ADMIN", " Admin " and "admin" are one account.
 */
export function normaliseUsername(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase();
}
