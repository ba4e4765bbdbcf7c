import { describe, expect, it } from '@jest/globals';
import { goalStatus, type Target } from './goalStatus.js';

const data = { manual: false, staleAfterDays: 90, today: '2026-11-22' };
const at = (value: number, date = '2026-11-01') => ({ value, date });
const atMost: Target = { direction: 'AT_MOST', target: 100, targetUpper: null, margin: 0.1 };
const atLeast: Target = { direction: 'AT_LEAST', target: 100, targetUpper: null, margin: 0.1 };
const between: Target = { direction: 'BETWEEN', target: 2, targetUpper: 3, margin: 0.1 };

describe('goalStatus', () => {
  it('AT_MOST: on track at or below T, at risk up to T×(1+margin), off track beyond', () => {
    expect(goalStatus(atMost, at(96), data)).toBe('ON_TRACK');
    expect(goalStatus(atMost, at(100), data)).toBe('ON_TRACK');
    expect(goalStatus(atMost, at(100.0001), data)).toBe('AT_RISK');
    expect(goalStatus(atMost, at(110), data)).toBe('AT_RISK');
    expect(goalStatus(atMost, at(110.0001), data)).toBe('OFF_TRACK');
  });

  it('AT_LEAST mirrors it', () => {
    expect(goalStatus(atLeast, at(100), data)).toBe('ON_TRACK');
    expect(goalStatus(atLeast, at(99.9), data)).toBe('AT_RISK');
    expect(goalStatus(atLeast, at(90), data)).toBe('AT_RISK');
    expect(goalStatus(atLeast, at(89.9), data)).toBe('OFF_TRACK');
  });

  it('BETWEEN: on track inside, at risk within margin × (upper − lower) outside', () => {
    expect(goalStatus(between, at(2), data)).toBe('ON_TRACK');
    expect(goalStatus(between, at(3), data)).toBe('ON_TRACK');
    expect(goalStatus(between, at(1.9), data)).toBe('AT_RISK');
    expect(goalStatus(between, at(3.1), data)).toBe('AT_RISK');
    expect(goalStatus(between, at(1.89), data)).toBe('OFF_TRACK');
    expect(goalStatus(between, at(3.11), data)).toBe('OFF_TRACK');
  });

  it('NO_DATA without a value; STALE for a manual value older than staleAfterDays, with a moved clock', () => {
    expect(goalStatus(atMost, null, data)).toBe('NO_DATA');
    const manual = { manual: true, staleAfterDays: 90, today: '2026-11-22' };
    expect(goalStatus(atMost, at(50, '2026-08-24'), manual)).toBe('ON_TRACK'); // 90 days
    expect(goalStatus(atMost, at(50, '2026-08-23'), manual)).toBe('STALE'); // 91 days
    expect(goalStatus(atMost, at(50, '2026-08-23'), { ...manual, today: '2026-08-30' })).toBe('ON_TRACK');
    // Data indicators are never stale: their value is the latest count there is.
    expect(goalStatus(atMost, at(50, '2023-02-01'), data)).toBe('ON_TRACK');
  });
});
