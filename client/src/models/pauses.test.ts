import { describe, expect, it } from '@jest/globals';
import { pauseFlags } from './pauses';

const day = 86_400_000;

describe('pauses between count dates', () => {
  it('flags an interval longer than 1,5 times the median interval', () => {
    // Monthly (~30 days) with one pause of 395 days.
    expect(pauseFlags([0, 395, 426, 454, 485].map((d) => d * day))).toEqual([true, false, false, false]);
  });

  it('does not flag an interval of exactly 1,5 times the median, nor evenly spaced counts', () => {
    expect(pauseFlags([0, 30, 60, 105].map((d) => d * day))).toEqual([false, false, false]);
    expect(pauseFlags([0, 7, 14, 21].map((d) => d * day))).toEqual([false, false, false]);
  });

  it('has no usual interval to compare with below three count dates', () => {
    expect(pauseFlags([0, 400 * day])).toEqual([false]);
    expect(pauseFlags([0])).toEqual([]);
  });
});
