import { describe, expect, it } from '@jest/globals';
import { plainChoices, type SecretChoices } from './suppression.js';
import { attack, protectLinked, protectPerDate, type LinkedRow, type LinkedTables } from '../testing/flowAttack.js';

/*
 * Decision 0020: flows make two count dates one table. The attacker of 0006 (code, everything the
 * restricted viewers are shown at both dates, pooled, and as a GEMEENTE user its own row) also
 * knows each municipality's inflow and outflow between the dates, and enumerates every pair of
 * tables that shows the same and that the flows can turn into each other (testing/flowAttack.ts).
 * Each case runs for the viewer who knows no row (any number of restricted viewers pooled: they
 * share one pattern) and for every GEMEENTE user.
 */

const row = (
  key: string,
  before: number[],
  beforeRest: number,
  after: number[],
  afterRest: number,
  inflow: number,
  extra: Partial<LinkedRow> = {},
): LinkedRow => {
  const total = (cells: number[], rest: number) => cells.reduce((a, b) => a + b, 0) + rest;
  const tb = total(before, beforeRest);
  const ta = total(after, afterRest);
  return {
    key,
    before: { total: tb, cells: before },
    after: { total: ta, cells: after },
    inflow,
    outflow: inflow - (ta - tb),
    knowable: true,
    ...extra,
  };
};

const domains = ['d0', 'd1', 'd2'];
/** The secret draws its choices per count date: here the second date takes the domains in another order. */
const perDate: [SecretChoices, SecretChoices] = [plainChoices(3), { order: [1, 2, 0], cover: [false, false, false] }];

/** Nothing moved between the dates: a small municipality with one case in d0 and one in d1, a large one beside it. */
const UNCHANGED: LinkedTables = {
  k: 3,
  domains,
  rows: [row('GM0', [1, 1, 0], 0, [1, 1, 0], 0, 0), row('GM1', [0, 2, 3], 1, [0, 2, 3], 1, 0)],
  choices: perDate,
};

/** Cases came in and closed: one opened in d2 at the small municipality, one closed at the large one. */
const MOVED: LinkedTables = {
  k: 3,
  domains,
  rows: [row('GM0', [1, 1, 0], 0, [1, 1, 1], 0, 1), row('GM1', [0, 2, 3], 1, [0, 1, 3], 1, 0)],
  choices: perDate,
};

/** Three municipalities, the unspecified cases known to nobody, every date's own choices. */
const WIDER: LinkedTables = {
  k: 3,
  domains: ['d0', 'd1'],
  rows: [
    row('GM0', [1, 0], 1, [2, 0], 1, 1),
    row('GM1', [3, 2], 0, [3, 1], 0, 1),
    row('unspecified', [0, 1], 0, [0, 1], 0, 0, { knowable: false }),
  ],
  choices: [plainChoices(2), { order: [1, 0], cover: [false, true] }],
};

describe('flows between two count dates keep the promise of 0006 (decision 0020: no count per domain at linked dates)', () => {
  it.each([
    ['nothing moved', UNCHANGED],
    ['cases came in and closed', MOVED],
    ['three rows, unspecified cases, cover', WIDER],
  ])('%s: no hidden small count is pinned, for anyone', (_name, tables) => {
    expect(attack(tables, protectLinked, true)).toEqual([]);
  });
});

describe('the attacks catch weakened rules', () => {
  it('0006 per date, as if flows linked nothing: a GEMEENTE user knowing its own row pins the small municipality', () => {
    // Unchanged cells make the two dates one table; the secret's different choices per date publish
    // different region counts, and together they pin GM0's one case in d0 to 1 or 2.
    const breaches = attack(UNCHANGED, protectPerDate, false);
    expect(breaches).toContainEqual({ viewer: 'GM1', row: 'GM0', when: 'before', column: 'd0', value: 1, possible: [1, 2] });
  });

  it('hiding only where a municipality is known to be unchanged (in- and outflow 0): cases that moved still link the dates', () => {
    const onlyWhenStill = MOVED.rows.every((r) => r.inflow === 0 && r.outflow === 0);
    expect(onlyWhenStill).toBe(false);
    expect(attack(MOVED, onlyWhenStill ? protectLinked : protectPerDate, onlyWhenStill)).toContainEqual(
      expect.objectContaining({ viewer: 'GM1', row: 'GM0', column: 'd0', value: 1, possible: [1, 2] }),
    );
  });

  it('in- and outflow per domain of each municipality: a case closed in a domain is known to have been there', () => {
    // GM0's case in d0 closed (inflow 0, outflow 1 in d0): d0 held at least one case before.
    const published: LinkedTables = {
      ...MOVED,
      rows: [
        row('GM0', [1, 1, 0], 0, [0, 1, 0], 0, 0, { byDomain: { inflow: [0, 0, 0, 0], outflow: [1, 0, 0, 0] } }),
        row('GM1', [0, 2, 3], 1, [0, 2, 3], 1, 0, { byDomain: { inflow: [0, 0, 0, 0], outflow: [0, 0, 0, 0] } }),
      ],
    };
    expect(attack(published, protectLinked, true)).toContainEqual(
      expect.objectContaining({ row: 'GM0', when: 'before', column: 'd0', value: 1, possible: [1, 2] }),
    );
  });
});
