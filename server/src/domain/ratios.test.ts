import { describe, expect, it } from '@jest/globals';
import { regionPer10k } from './ratios.js';

describe("the region's rate per 10.000 inhabitants", () => {
  it('is given only when every municipality has inhabitants', () => {
    expect(regionPer10k(96, { inhabitants: 342_000, complete: true, years: [2022] })).toBeCloseTo(2.807, 3);
    expect(regionPer10k(96, { inhabitants: 157_166, complete: false, years: [2022] })).toBeNull();
    expect(regionPer10k(96, null)).toBeNull();
  });
});
