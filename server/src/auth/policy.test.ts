import { describe, expect, it } from '@jest/globals';
import { DEFAULT_LOCKOUT_POLICY as policy, DEFAULT_SESSION_POLICY, lockedUntil, sessionExpired } from './policy.js';

const MINUTE = 60_000;
const at = (...minutes: number[]) => minutes.map((m) => m * MINUTE);

describe('lockedUntil', () => {
  it('locks from the 5th failure within 15 minutes, for one minute', () => {
    expect(lockedUntil(at(0, 1, 2, 3), 5, 3 * MINUTE, policy)).toBeNull();
    expect(lockedUntil(at(0, 1, 2, 3, 4), 5, 4 * MINUTE, policy)).toBe(5 * MINUTE);
    expect(lockedUntil(at(0, 1, 2, 3, 4), 5, 5 * MINUTE, policy)).toBeNull();
  });

  it('doubles the lock with every further failure, up to an hour', () => {
    expect(lockedUntil(at(0, 1, 2, 3, 4, 5), 5, 5 * MINUTE, policy)).toBe(7 * MINUTE);
    expect(lockedUntil(at(0, 1, 2, 3, 4, 5, 6), 5, 6 * MINUTE, policy)).toBe(10 * MINUTE);
    const many = at(...Array.from({ length: 14 }, (_, i) => i));
    expect(lockedUntil(many, 5, 13 * MINUTE, policy)).toBe(73 * MINUTE);
    // The long lock outlasts the 15-minute window: it counts from the last failure.
    expect(lockedUntil(many, 5, 60 * MINUTE, policy)).toBe(73 * MINUTE);
    expect(lockedUntil(many, 5, 74 * MINUTE, policy)).toBeNull();
  });

  it('does not lock for failures spread wider than the window', () => {
    expect(lockedUntil(at(0, 5, 10, 15, 20, 25), 5, 25 * MINUTE, policy)).toBeNull();
  });
});

describe('sessionExpired', () => {
  it('ends a session after 30 minutes idle or 8 hours in all', () => {
    const session = { createdMs: 0, lastSeenMs: 0 };
    expect(sessionExpired(session, 30 * MINUTE, DEFAULT_SESSION_POLICY)).toBe(false);
    expect(sessionExpired(session, 30 * MINUTE + 1, DEFAULT_SESSION_POLICY)).toBe(true);
    expect(sessionExpired({ createdMs: 0, lastSeenMs: 479 * MINUTE }, 480 * MINUTE, DEFAULT_SESSION_POLICY)).toBe(false);
    expect(sessionExpired({ createdMs: 0, lastSeenMs: 479 * MINUTE }, 480 * MINUTE + 1, DEFAULT_SESSION_POLICY)).toBe(true);
  });
});
