import { describe, expect, it } from '@jest/globals';
import type { CaseCountRow, CaseloadSnapshotRow } from '../store/types.js';
import { municipalityDomainCounts, municipalityTotals, previousSnapshot, regionDomainCounts, unspecifiedTotal } from './caseload.js';

const count = (scope: CaseCountRow['scope'], municipalityCode: string | null, domainCode: string | null, n: number): CaseCountRow => ({
  peildatum: '2024-01-01',
  scope,
  municipalityCode,
  domainCode,
  count: n,
});

describe('breakdowns of a count', () => {
  const rows = [
    count('municipality', 'GM0001', null, 10),
    count('municipality', 'GM0001', 'mensenhandel', 4),
    count('municipality', 'GM0001', 'cter', 6),
    count('municipality', 'GM0002', null, 3),
    count('municipality', 'GM0002', 'cter', 3),
    count('unspecified', null, null, 2),
    count('unspecified', null, 'cter', 2),
  ];

  it('separates municipality totals, unspecified and a municipality per domain', () => {
    expect(municipalityTotals(rows)).toEqual([
      { municipalityCode: 'GM0001', count: 10 },
      { municipalityCode: 'GM0002', count: 3 },
    ]);
    expect(unspecifiedTotal(rows)).toBe(2);
    expect(municipalityDomainCounts(rows, 'GM0001')).toEqual([
      { domainCode: 'mensenhandel', count: 4 },
      { domainCode: 'cter', count: 6 },
    ]);
  });

  it('sums the region per domain from the finer counts when the region is not stated', () => {
    expect(regionDomainCounts(rows)).toEqual([
      { domainCode: 'mensenhandel', count: 4 },
      { domainCode: 'cter', count: 11 },
    ]);
  });

  it('prefers the region per domain as stated', () => {
    expect(regionDomainCounts([...rows, count('region', null, 'cter', 12)])).toEqual([{ domainCode: 'cter', count: 12 }]);
  });

  it('reads "not broken down" as null and a breakdown without unspecified line as 0', () => {
    expect(unspecifiedTotal([])).toBeNull();
    expect(unspecifiedTotal([count('municipality', 'GM0001', null, 1)])).toBe(0);
  });
});

describe('previousSnapshot', () => {
  const snapshots: CaseloadSnapshotRow[] = ['2022-01-01', '2023-02-01', '2024-01-01'].map((peildatum, i) => ({
    peildatum,
    precision: 'DAY',
    total: i,
    sourceId: 1,
  }));
  it('finds the count just before a date, and none before the first', () => {
    expect(previousSnapshot(snapshots, '2023-02-01')?.peildatum).toBe('2022-01-01');
    expect(previousSnapshot(snapshots, '2024-01-01')?.peildatum).toBe('2023-02-01');
    expect(previousSnapshot(snapshots, '2022-01-01')).toBeNull();
  });
});
