import { describe, expect, it } from '@jest/globals';
import type { CaseCountRow } from '../store/types.js';
import {
  DEFAULT_SUPPRESS_BELOW,
  hiddenSumSafe,
  marginsOf,
  plainChoices,
  protectDomainTable,
  regionCountSafe,
  safeRange,
  suppressBelowFromEnv,
  type DomainTable,
} from './suppression.js';
import { secretChoices } from './suppressionSecret.js';
import { domainTableOf, domainVisibility } from './visibility.js';

const DOMAINS = ['d0', 'd1', 'd2'];

/** Rows of counts per domain; the row total is their sum unless `totals` says more (cases without a domain). */
function table(cells: number[][], options: { k?: number; totals?: number[]; unspecified?: number[] } = {}): DomainTable {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const rows = cells.map((line, i) => ({ key: `GM${i}`, total: options.totals?.[i] ?? sum(line), cells: line, knowable: true }));
  if (options.unspecified) rows.push({ key: 'unspecified', total: sum(options.unspecified), cells: options.unspecified, knowable: false });
  return {
    k: options.k ?? 5,
    domains: DOMAINS,
    rows,
    regionCounts: DOMAINS.map((_, c) => sum(rows.map((r) => r.cells[c] ?? 0))),
    total: sum(rows.map((r) => r.total)),
  };
}

const hidden = (t: DomainTable, choices = plainChoices(t.domains.length)) => [...protectDomainTable(t, choices).hiddenRegionCounts].sort();

describe('safeRange: what a viewer may be left knowing of a hidden figure', () => {
  it('accepts a figure known to be 0, or known to be k or more: neither is a small count', () => {
    expect(safeRange(0, 0, 7, 5)).toBe(true);
    expect(safeRange(5, 9, 12, 5)).toBe(true);
  });

  it('wants three possible values, among them 0 or one of k or more', () => {
    expect(safeRange(0, 2, 7, 5)).toBe(true);
    expect(safeRange(0, 1, 7, 5)).toBe(false); // 0 or 1 only
    expect(safeRange(1, 4, 7, 5)).toBe(false); // known to be a small non-zero number
    expect(safeRange(2, 6, 7, 5)).toBe(true); // may be 5 or 6
  });

  it('accepts both values of a cell in a row with one case: no rule can leave more', () => {
    expect(safeRange(0, 1, 1, 5)).toBe(true);
    expect(safeRange(1, 1, 1, 5)).toBe(false);
  });
});

describe('the pattern restricted viewers share', () => {
  it('hides the split of every row with cases, whatever its counts, and shows rows without cases', () => {
    const t = table([
      [0, 12, 30],
      [1, 0, 0],
      [0, 0, 0],
    ]);
    expect([...protectDomainTable(t).hiddenRows].sort()).toEqual(['GM0', 'GM1']);
  });

  it('never publishes a region count from 1 to k−1', () => {
    const t = table([
      [40, 2, 30],
      [30, 1, 40],
      [35, 0, 45],
      [30, 0, 40],
    ]);
    expect(hidden(t)).toContain('d1');
  });

  it('publishes a region count no municipality could hold all but one of, and that leaves every other cell free to be 0', () => {
    const { margins } = marginsOf(
      table([
        [10, 10, 0],
        [10, 5, 5],
        [5, 5, 10],
        [5, 10, 5],
      ]),
    );
    expect(margins.totals).toEqual([20, 20, 20, 20]);
    expect(regionCountSafe(30, margins)).toBe(true);
  });

  it('does not publish a count a municipality could hold all but one of: its users would know the other case is 0 or 1 anywhere else', () => {
    const { margins } = marginsOf(
      table([
        [10, 10, 0],
        [10, 5, 5],
        [5, 5, 10],
        [5, 10, 5],
      ]),
    );
    expect(regionCountSafe(21, margins)).toBe(false);
  });

  it('publishes nothing beside a municipality with most of the cases: it could hold all but one of any count', () => {
    // Like the real count: 45 of 72 cases in one municipality.
    const { margins } = marginsOf(
      table([
        [20, 12, 13],
        [2, 0, 0],
        [2, 0, 0],
        [23, 0, 0],
      ]),
    );
    for (let count = 0; count <= 72; count++) expect([count, regionCountSafe(count, margins)]).toEqual([count, count === 0]);
  });

  it('hides at least two domains when it hides any, and with them the cases without a domain', () => {
    const t = table([
      [40, 2, 30],
      [30, 1, 40],
      [35, 0, 45],
      [30, 0, 40],
    ]);
    const result = hidden(t);
    expect(result.length).toBeGreaterThanOrEqual(2);
    expect(result).toContain('d1');
  });

  it('takes the domains to hide beside an unsafe one in the order the secret gives, and covers what it says', () => {
    const t = table([
      [40, 2, 30],
      [30, 1, 40],
      [35, 0, 45],
      [30, 0, 40],
    ]);
    const { margins, counts } = marginsOf(t);
    // Both orders give a safe hidden sum here, so the order decides which domain goes with d1.
    expect(hiddenSumSafe(counts[1]! + counts[0]!, margins) && hiddenSumSafe(counts[1]! + counts[2]!, margins)).toBe(true);
    expect(hidden(t, { order: [0, 1, 2], cover: [false, false, false] })).toEqual(['d0', 'd1']);
    expect(hidden(t, { order: [2, 1, 0], cover: [false, false, false] })).toEqual(['d1', 'd2']);
    expect(hidden(t, { order: [0, 1, 2], cover: [false, false, true] })).toEqual(['d1', 'd2']);
  });

  it('hides no region count and covers nothing when every region count is safe', () => {
    const t = table([
      [40, 50, 60],
      [0, 0, 0],
    ]);
    expect(hidden(t, { order: [0, 1, 2], cover: [true, true, true] })).toEqual([]);
  });

  it('gives the same pattern whatever order the rows come in', () => {
    const a = table([
      [3, 9, 1],
      [0, 2, 7],
      [12, 0, 0],
    ]);
    const b = { ...a, rows: [...a.rows].reverse() };
    expect(protectDomainTable(b)).toEqual(protectDomainTable(a));
  });

  it('hides nothing when k is 1', () => {
    const t = table([[1, 0, 2]], { k: 1 });
    expect(protectDomainTable(t)).toEqual({ hiddenRows: new Set(), hiddenRegionCounts: new Set() });
  });
});

describe('the secret choices', () => {
  const key = Buffer.alloc(32, 7);
  const domains = ['onbegrepen-gedrag', 'mensenhandel', 'cter', 'excessief-geweld', 'huiselijk-geweld', 'nazorg-ex-gedetineerden'];

  it('are the same for the same key, region and count date, and an order of every domain', () => {
    const a = secretChoices(key, 'zaanstreek-waterland', '2024-06-01', domains);
    expect(secretChoices(key, 'zaanstreek-waterland', '2024-06-01', domains)).toEqual(a);
    expect([...a.order].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(a.cover).toHaveLength(6);
  });

  it('differ between count dates and between keys', () => {
    const dates = ['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01'];
    const orders = new Set(dates.map((d) => secretChoices(key, 'zaanstreek-waterland', d, domains).order.join()));
    expect(orders.size).toBeGreaterThan(1);
    const other = secretChoices(Buffer.alloc(32, 8), 'zaanstreek-waterland', '2024-06-01', domains);
    expect(other).not.toEqual(secretChoices(key, 'zaanstreek-waterland', '2024-06-01', domains));
  });
});

describe('the complete table of a count', () => {
  const row = (scope: CaseCountRow['scope'], municipalityCode: string | null, domainCode: string | null, count: number): CaseCountRow => ({
    peildatum: '2024-06-01',
    scope,
    municipalityCode,
    domainCode,
    count,
  });

  it('has every municipality × every domain, 0 where a count has none, and the unspecified cases as a row', () => {
    const t = domainTableOf(
      [
        row('municipality', 'GM0415', null, 2),
        row('municipality', 'GM0415', 'd1', 2),
        row('municipality', 'GM0479', null, 9),
        row('municipality', 'GM0479', 'd0', 4),
        row('unspecified', null, null, 3),
      ],
      DOMAINS,
      5,
    );
    expect(t?.rows).toEqual([
      { key: 'GM0415', total: 2, cells: [0, 2, 0], knowable: true },
      { key: 'GM0479', total: 9, cells: [4, 0, 0], knowable: true },
      { key: 'unspecified', total: 3, cells: [0, 0, 0], knowable: false },
    ]);
    expect(t?.regionCounts).toEqual([4, 2, 0]);
    expect(t?.total).toBe(14);
  });

  it('is null for a count without any breakdown by domain, and has no rows for one given for the region only', () => {
    expect(domainTableOf([row('municipality', 'GM0415', null, 2)], DOMAINS, 5)).toBeNull();
    const regionOnly = domainTableOf(
      [row('region', null, null, 20), row('region', null, 'd0', 12), row('region', null, 'd2', 8)],
      DOMAINS,
      5,
    );
    expect(regionOnly).toMatchObject({ rows: [], regionCounts: [12, 0, 8], total: 20 });
  });
});

describe('what each role sees', () => {
  const rows: CaseCountRow[] = [
    ['GM0415', [1, 1, 0]],
    ['GM0431', [0, 2, 0]],
    ['GM0479', [20, 14, 0]],
    ['GM0439', [9, 3, 0]],
  ].flatMap(([code, cells]) => [
    {
      peildatum: '2024-06-01',
      scope: 'municipality' as const,
      municipalityCode: code as string,
      domainCode: null,
      count: (cells as number[]).reduce((a, b) => a + b, 0),
    },
    ...(cells as number[]).map((count, i) => ({
      peildatum: '2024-06-01',
      scope: 'municipality' as const,
      municipalityCode: code as string,
      domainCode: DOMAINS[i]!,
      count,
    })),
  ]);
  const choices = plainChoices(3);

  it('ZVH and BEHEERDER: every count, every domain', () => {
    for (const role of ['ZVH', 'BEHEERDER'] as const) {
      const v = domainVisibility(rows, DOMAINS, { role, municipalityCode: null }, 5, choices);
      expect(v.municipality('GM0415')).toEqual([
        { domainCode: 'd0', count: 1, suppressed: false },
        { domainCode: 'd1', count: 1, suppressed: false },
        { domainCode: 'd2', count: 0, suppressed: false },
      ]);
      expect(v.region().map((d) => d.count)).toEqual([30, 20, 0]);
    }
  });

  it('BESTUURDER: no municipality split; a domain shown as 0 in the region is 0 everywhere', () => {
    const v = domainVisibility(rows, DOMAINS, { role: 'BESTUURDER', municipalityCode: null }, 5, choices);
    expect(v.municipality('GM0479')).toEqual([
      { domainCode: 'd0', count: null, suppressed: true },
      { domainCode: 'd1', count: null, suppressed: true },
      { domainCode: 'd2', count: 0, suppressed: false },
    ]);
    expect(v.region().find((d) => d.domainCode === 'd2')).toEqual({ domainCode: 'd2', count: 0, suppressed: false });
  });

  it('GEMEENTE: its own split exactly, every other as BESTUURDER sees it', () => {
    const own = domainVisibility(rows, DOMAINS, { role: 'GEMEENTE', municipalityCode: 'GM0415' }, 5, choices);
    const board = domainVisibility(rows, DOMAINS, { role: 'BESTUURDER', municipalityCode: null }, 5, choices);
    expect(own.municipality('GM0415').map((d) => d.count)).toEqual([1, 1, 0]);
    for (const code of ['GM0431', 'GM0479', 'GM0439']) expect(own.municipality(code)).toEqual(board.municipality(code));
    expect(own.region()).toEqual(board.region());
  });

  it('a count date linked by flows (decision 0020): restricted viewers see no count per domain; the ZVH every one; GEMEENTE its own', () => {
    const board = domainVisibility(rows, DOMAINS, { role: 'BESTUURDER', municipalityCode: null }, 5, choices, true);
    expect(board.region()).toEqual(DOMAINS.map((domainCode) => ({ domainCode, count: null, suppressed: true })));
    expect(board.municipality('GM0479').every((d) => d.suppressed)).toBe(true);
    const own = domainVisibility(rows, DOMAINS, { role: 'GEMEENTE', municipalityCode: 'GM0415' }, 5, choices, true);
    expect(own.municipality('GM0415').map((d) => d.count)).toEqual([1, 1, 0]);
    expect(own.region().every((d) => d.suppressed)).toBe(true);
    const zvh = domainVisibility(rows, DOMAINS, { role: 'ZVH', municipalityCode: null }, 5, choices, true);
    expect(zvh.region().map((d) => d.count)).toEqual([30, 20, 0]);
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
