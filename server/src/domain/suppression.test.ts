import { describe, expect, it } from '@jest/globals';
import { cellKey, DEFAULT_SUPPRESS_BELOW, suppress, suppressBelowFromEnv, type SuppressionInput } from './suppression.js';

const DOMAINS = ['mensenhandel', 'cter', 'huiselijk-geweld'];

/** A count date's table: municipality -> counts per domain (null: no breakdown, with `totals` giving its total). */
function table(
  counts: Record<string, readonly number[] | null>,
  options: { k?: number; totals?: Record<string, number>; regionTotals?: readonly number[] } = {},
): SuppressionInput {
  const rows = Object.keys(counts);
  const cells = new Map<string, number>();
  const rowTotals = new Map<string, number>();
  for (const [row, line] of Object.entries(counts)) {
    line?.forEach((n, j) => cells.set(cellKey(row, DOMAINS[j] ?? ''), n));
    rowTotals.set(row, line ? line.reduce((a, b) => a + b, 0) : (options.totals?.[row] ?? 0));
  }
  const colTotals = new Map(
    DOMAINS.map((c, j) => [c, options.regionTotals?.[j] ?? rows.reduce((sum, r) => sum + (counts[r]?.[j] ?? 0), 0)]),
  );
  return { k: options.k ?? 5, rows, cols: DOMAINS, cells, rowTotals, colTotals };
}

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('primary suppression', () => {
  it('shows zeros and counts of k or more: a table without small counts is shown whole', () => {
    const result = suppress(table({ GM0385: [0, 5, 12], GM0415: [7, 0, 30] }));
    expect(result.suppressedCells.size).toBe(0);
    expect(result.suppressedColTotals.size).toBe(0);
  });

  it('suppresses every count from 1 to k−1', () => {
    const suppressed = suppress(table({ GM0385: [1, 4, 12], GM0415: [3, 5, 30], GM0479: [9, 8, 2] })).suppressedCells;
    for (const key of ['GM0385|mensenhandel', 'GM0385|cter', 'GM0415|mensenhandel', 'GM0479|huiselijk-geweld']) {
      expect(suppressed.has(key)).toBe(true);
    }
  });

  it('takes what is small from k: a 4 is suppressed when k is 5, shown when k is 3', () => {
    const counts = { GM0385: [4, 10, 20], GM0415: [8, 9, 30], GM0479: [15, 11, 40] };
    expect(suppress(table(counts, { k: 5 })).suppressedCells.has('GM0385|mensenhandel')).toBe(true);
    expect(suppress(table(counts, { k: 3 })).suppressedCells.size).toBe(0);
  });

  it('suppresses nothing for ZVH and BEHEERDER', () => {
    const result = suppress({ ...table({ GM0385: [1, 2, 3], GM0415: [4, 0, 1] }), exactAll: true });
    expect(result.suppressedCells.size).toBe(0);
    expect(result.suppressedColTotals.size).toBe(0);
  });

  it("shows a GEMEENTE its own municipality's small counts exactly", () => {
    const result = suppress({ ...table({ GM0385: [2, 10, 20], GM0415: [8, 9, 30] }), exactRows: new Set(['GM0385']) });
    expect(result.suppressedCells.size).toBe(0);
  });

  it('suppresses a small region total per domain', () => {
    const result = suppress(table({ GM0385: [1, 10, 12], GM0415: [0, 9, 30] }));
    expect(result.suppressedColTotals.has('mensenhandel')).toBe(true);
  });
});

describe('complementary suppression', () => {
  const counts = { GM0385: [2, 10, 20], GM0415: [8, 9, 30], GM0479: [15, 11, 40] };

  it('hides a lone small count with the cheapest rectangle: a second cell in its row, in its column, and where they cross', () => {
    const result = suppress(table(counts));
    expect(sorted(result.suppressedCells)).toEqual(['GM0385|cter', 'GM0385|mensenhandel', 'GM0415|cter', 'GM0415|mensenhandel']);
    expect(result.suppressedColTotals.size).toBe(0);
  });

  it("for a GEMEENTE treats its own row as known, so the rectangle goes through another municipality", () => {
    const result = suppress({ ...table(counts), exactRows: new Set(['GM0415']) });
    expect(sorted(result.suppressedCells)).toEqual(['GM0385|cter', 'GM0385|mensenhandel', 'GM0479|cter', 'GM0479|mensenhandel']);
  });

  it('suppresses a second region total next to a small one, since the totals add up to the published grand total', () => {
    const result = suppress(table({ GM0385: [1, 10, 12], GM0415: [0, 9, 30] }));
    expect(sorted(result.suppressedColTotals)).toEqual(['cter', 'mensenhandel']);
    expect(sorted(result.suppressedCells)).toEqual(['GM0385|cter', 'GM0385|mensenhandel']);
  });

  it('falls back on region totals when the other rows cannot help', () => {
    // The only other municipality is the viewer's own: the cycle has to run through the totals.
    const result = suppress({ ...table({ GM0385: [2, 10, 20], GM0415: [8, 9, 30] }), exactRows: new Set(['GM0415']) });
    expect(sorted(result.suppressedCells)).toEqual(['GM0385|cter', 'GM0385|mensenhandel']);
    expect(sorted(result.suppressedColTotals)).toEqual(['cter', 'mensenhandel']);
  });

  it('suppresses a 0 to hide a row whose only non-zero count is small, rather than give it away', () => {
    // GM0385's total 3 is published; with the other cells 0 the small 3 would be its total.
    const result = suppress(table({ GM0385: [3, 0, 0], GM0415: [8, 9, 30], GM0479: [15, 11, 40] }));
    expect(result.suppressedCells.has('GM0385|mensenhandel')).toBe(true);
    expect(result.suppressedCells.has('GM0385|cter')).toBe(true);
  });

  it('protects the split of a row without a breakdown as well, while the row itself has no cells to suppress', () => {
    // Unspecified: 6 cases, split 3 / 0 / 3 by domain; only the region totals include them.
    const input = table({ GM0385: [2, 10, 20], GM0415: [8, 9, 30], unspecified: null }, { totals: { unspecified: 6 }, regionTotals: [13, 19, 53] });
    const result = suppress(input);
    expect([...result.suppressedCells].every((key) => !key.startsWith('unspecified|'))).toBe(true);
    expect(result.suppressedCells.has('GM0385|mensenhandel')).toBe(true);
    // Without a cell next to it in its column, the small 3 unspecified for huiselijk-geweld would be 53 − 20 − 30.
    expect(['GM0385|huiselijk-geweld', 'GM0415|huiselijk-geweld'].some((key) => result.suppressedCells.has(key))).toBe(true);
  });

  it('gives the same pattern whatever order the cells arrive in', () => {
    const input = table({ GM0385: [2, 10, 20], GM0415: [8, 0, 3], GM0479: [15, 11, 4], GM0852: [1, 6, 7] });
    const reversed = { ...input, cells: new Map([...input.cells].reverse()), colTotals: new Map([...input.colTotals].reverse()) };
    const a = suppress(input);
    const b = suppress(reversed);
    expect(sorted(b.suppressedCells)).toEqual(sorted(a.suppressedCells));
    expect(sorted(b.suppressedColTotals)).toEqual(sorted(a.suppressedColTotals));
  });
});

describe('ZV_SUPPRESS_BELOW', () => {
  it('defaults to 5', () => {
    expect(DEFAULT_SUPPRESS_BELOW).toBe(5);
    expect(suppressBelowFromEnv({})).toBe(5);
    expect(suppressBelowFromEnv({ ZV_SUPPRESS_BELOW: ' ' })).toBe(5);
  });

  it('reads a whole number of 1 or more', () => {
    expect(suppressBelowFromEnv({ ZV_SUPPRESS_BELOW: '3' })).toBe(3);
    expect(suppressBelowFromEnv({ ZV_SUPPRESS_BELOW: '1' })).toBe(1);
  });

  it.each(['0', '-1', 'abc', '2.5', '1e3'])('refuses %s with a message naming the variable and what is allowed', (value) => {
    expect(() => suppressBelowFromEnv({ ZV_SUPPRESS_BELOW: value })).toThrow(
      new RegExp(`ZV_SUPPRESS_BELOW="${value.replace('.', '\\.')}" is geen geldige drempel: gebruik een geheel getal van 1 of hoger`),
    );
  });
});
