import { describe, expect, it } from '@jest/globals';
import { per10k, perInhabitant, relativeChange, share } from './ratios.js';

describe('derived figures', () => {
  it('computes cases per 10.000 inhabitants', () => {
    expect(per10k(45, 157_166)).toBeCloseTo(2.8632, 4);
    expect(per10k(0, 100)).toBe(0);
    expect(per10k(5, 0)).toBeNull();
    expect(per10k(5, null)).toBeNull();
  });
  it('computes a share, null of nothing', () => {
    expect(share(45, 96)).toBeCloseTo(0.46875, 12);
    expect(share(1, 0)).toBeNull();
  });
  it('computes the change from a previous value: 44 → 96 is +118,2%', () => {
    expect(relativeChange(96, 44)).toBeCloseTo(52 / 44, 12);
    expect(relativeChange(40, 50)).toBeCloseTo(-0.2, 12);
    expect(relativeChange(1, null)).toBeNull();
    expect(relativeChange(1, 0)).toBeNull();
  });
  it('computes euros per inhabitant', () => {
    expect(perInhabitant(131_804, 157_166)).toBeCloseTo(0.8386, 4);
    expect(perInhabitant(1, undefined)).toBeNull();
  });
});
