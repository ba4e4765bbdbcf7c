import { describe, expect, it } from '@jest/globals';
import type { RegionTotalsRow } from '../store/types.js';
import { compareChanges, compareLevels, compareMunicipality, compareNationally, monthsBefore, type ComparisonInput } from './comparison.js';

/** The real seed on 1-2-2023: counts of source 003, inhabitants as populationAtDate chooses them (Edam-Volendam 2021, Purmerend and Zaanstad 2022, the rest 2020). */
const SEED: ComparisonInput = {
  code: 'GM0479',
  municipalityCodes: ['GM0385', 'GM0415', 'GM0431', 'GM0439', 'GM0852', 'GM0880', 'GM0479'],
  latest: {
    peildatum: '2023-02-01',
    total: 96,
    municipalities: [
      { code: 'GM0385', count: 3, inhabitants: 36_267, populationYear: 2021 },
      { code: 'GM0415', count: 2, inhabitants: 11_491, populationYear: 2020 },
      { code: 'GM0431', count: 2, inhabitants: 9_735, populationYear: 2020 },
      { code: 'GM0439', count: 27, inhabitants: 92_204, populationYear: 2022 },
      { code: 'GM0852', count: 6, inhabitants: 17_424, populationYear: 2020 },
      { code: 'GM0880', count: 2, inhabitants: 16_270, populationYear: 2020 },
      { code: 'GM0479', count: 45, inhabitants: 157_166, populationYear: 2022 },
    ],
  },
  // January 2022: 44 in total, not broken down by municipality.
  previous: { peildatum: '2022-01-01', total: 44, municipalities: [] },
  contributions: {
    year: 2024,
    municipalities: [
      { code: 'GM0385', amountEur: 31_887, inhabitants: 36_267 },
      { code: 'GM0415', amountEur: 10_168, inhabitants: 11_491 },
      { code: 'GM0431', amountEur: 8_519, inhabitants: 9_735 },
      { code: 'GM0439', amountEur: 80_705, inhabitants: 92_204 },
      { code: 'GM0852', amountEur: 15_221, inhabitants: 17_424 },
      { code: 'GM0880', amountEur: 14_360, inhabitants: 16_270 },
      { code: 'GM0479', amountEur: 137_949, inhabitants: 157_166 },
    ],
  },
};

const figure = (input: ComparisonInput, kind: string) => compareMunicipality(input).figures.find((f) => f.kind === kind)!;

describe('a municipality beside its region (real seed, 1-2-2023)', () => {
  it('compares Zaanstad’s cases per 10.000 with the region’s over the 87 cases assigned to a municipality', () => {
    const rate = figure(SEED, 'CASES_PER_10K');
    expect(rate.own).toBeCloseTo(2.8632, 4); // 45 / 157.166 × 10.000
    expect(rate.reference).toBeCloseTo(2.5546, 4); // 87 / 340.557 × 10.000
    expect(rate.relativeDifference).toBeCloseTo(0.1208, 4); // 12 % above
    expect(rate.direction).toBe('ABOVE');
    expect(compareMunicipality(SEED)).toMatchObject({ assignedCases: 87, populationYear: 2022, peildatum: '2023-02-01' });
  });

  it('puts Edam-Volendam below the region (3 cases on 36.267 inhabitants: 0,83 against 2,55)', () => {
    const rate = figure({ ...SEED, code: 'GM0385' }, 'CASES_PER_10K');
    expect(rate.own).toBeCloseTo(0.8272, 4);
    expect(rate.relativeDifference).toBeCloseTo(-0.6762, 4);
    expect(rate.direction).toBe('BELOW');
  });

  it('compares the share of cases with the share of inhabitants: Zaanstad 51,7 % of cases, 46,1 % of inhabitants', () => {
    const shares = figure(SEED, 'SHARE_OF_CASES');
    expect(shares.own).toBeCloseTo(45 / 87, 10);
    expect(shares.reference).toBeCloseTo(157_166 / 340_557, 10);
    expect(shares.difference).toBeCloseTo(0.0557, 4); // 5,6 percentage points
    expect(shares.direction).toBe('ABOVE');
  });

  it('finds every contribution per inhabitant about equal to the region’s € 0,88 (within 5 %)', () => {
    for (const code of SEED.municipalityCodes) {
      const money = figure({ ...SEED, code }, 'CONTRIBUTION_PER_INHABITANT');
      expect(money.reference).toBeCloseTo(298_809 / 340_557, 10);
      expect(money.direction).toBe('ABOUT_EQUAL');
    }
    expect(figure(SEED, 'CONTRIBUTION_PER_INHABITANT').own).toBeCloseTo(137_949 / 157_166, 10);
  });

  it('has no trend for a municipality when the previous count was not broken down, and gives the region’s (44 → 96)', () => {
    const trend = figure(SEED, 'CASES_CHANGE');
    expect(trend.own).toBeNull();
    expect(trend.reference).toBeCloseTo(52 / 44, 10);
    expect(trend.direction).toBeNull();
  });

  it('compares the trend when both counts are broken down, in percentage points', () => {
    const previous = {
      peildatum: '2022-01-01',
      total: 80,
      municipalities: SEED.latest!.municipalities.map((m) => ({ code: m.code, count: m.count })),
    };
    const withHistory = {
      ...SEED,
      previous: { ...previous, municipalities: previous.municipalities.map((m) => (m.code === 'GM0479' ? { ...m, count: 30 } : m)) },
    };
    const trend = figure(withHistory, 'CASES_CHANGE');
    expect(trend.own).toBeCloseTo(0.5, 10); // 30 → 45
    expect(trend.reference).toBeCloseTo(0.2, 10); // 80 → 96
    expect(trend.difference).toBeCloseTo(0.3, 10);
    expect(trend.direction).toBe('ABOVE');
  });

  it('gives no region rate when a municipality’s inhabitants are unknown, rather than a rate over part of the region', () => {
    const partial = {
      ...SEED,
      latest: {
        ...SEED.latest!,
        municipalities: SEED.latest!.municipalities.map((m) => (m.code === 'GM0415' ? { ...m, inhabitants: null } : m)),
      },
    };
    expect(figure(partial, 'CASES_PER_10K')).toMatchObject({ reference: null, direction: null });
    expect(figure(partial, 'SHARE_OF_CASES').reference).toBeNull();
  });

  it('answers with nothing known when there is no count or contribution at all', () => {
    const empty = compareMunicipality({ ...SEED, latest: null, previous: null, contributions: null });
    expect(empty.figures.every((f) => f.own === null && f.direction === null)).toBe(true);
    expect(empty.assignedCases).toBeNull();
  });
});

describe('about equal', () => {
  it('is within 5 % for levels, on both sides, and 5 percentage points for changes', () => {
    expect(compareLevels('CASES_PER_10K', 1.04, 1).direction).toBe('ABOUT_EQUAL');
    expect(compareLevels('CASES_PER_10K', 0.96, 1).direction).toBe('ABOUT_EQUAL');
    expect(compareLevels('CASES_PER_10K', 1.05, 1).direction).toBe('ABOVE');
    expect(compareLevels('CASES_PER_10K', 0.95, 1).direction).toBe('BELOW');
    expect(compareChanges('CASES_CHANGE', 0.14, 0.1).direction).toBe('ABOUT_EQUAL');
    expect(compareChanges('CASES_CHANGE', -0.2, 0.1).direction).toBe('BELOW');
  });
});

const region = (
  code: string,
  total: number | null,
  inhabitants: number | null,
  peildatum: string | null = '2023-02-01',
): RegionTotalsRow => ({
  code,
  name: `Regio ${code}`,
  peildatum,
  total,
  inhabitants,
  populationYear: inhabitants === null ? null : 2022,
  municipalities: 5,
  municipalitiesWithInhabitants: inhabitants === null ? 0 : 5,
});

describe('a region beside the national network', () => {
  it('says there is nothing to compare with in a database of one region (the real seed)', () => {
    const national = compareNationally('zaanstreek-waterland', '2023-02-01', [region('zaanstreek-waterland', 96, 340_557)]);
    expect(national).toMatchObject({ regionsInDatabase: 1, regionsCompared: 1, nationalPer10k: null, similar: [] });
    expect(national.own?.per10kInhabitants).toBeCloseTo(2.8189, 4); // 96 / 340.557 × 10.000
    expect(national.figure.direction).toBeNull();
  });

  it('weighs the national average by inhabitants: all cases over all inhabitants, not the mean of the rates', () => {
    const regions = [region('a', 10, 100_000), region('b', 90, 300_000), region('own', 50, 100_000)];
    const national = compareNationally('own', '2023-02-01', regions);
    expect(national.nationalPer10k).toBeCloseTo((150 / 500_000) * 10_000, 10); // 3,0; the mean of the rates would be 2,33…
    expect(national.own?.per10kInhabitants).toBeCloseTo(5, 10);
    expect(national.figure).toMatchObject({ direction: 'ABOVE' });
    expect(national.figure.relativeDifference).toBeCloseTo(5 / 3 - 1, 10);
  });

  it('names the four regions nearest in total inhabitants, closest first, ties by code', () => {
    const regions = [
      region('own', 50, 300_000),
      region('far', 50, 1_000_000),
      region('b', 50, 310_000),
      region('a', 50, 290_000),
      region('c', 50, 350_000),
      region('d', 50, 200_000),
      region('e', 50, 420_000),
    ];
    expect(compareNationally('own', '2023-02-01', regions).similar.map((r) => r.code)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves out regions without a count in the 12 months to the date or with inhabitants incomplete, and counts them', () => {
    const incomplete = { ...region('partial', 40, 100_000), municipalitiesWithInhabitants: 4 };
    const regions = [
      region('own', 50, 100_000),
      region('old', 40, 100_000, '2022-01-31'),
      region('recent', 30, 100_000, '2022-02-01'),
      incomplete,
      region('none', null, 100_000, null),
    ];
    const national = compareNationally('own', '2023-02-01', regions);
    expect(national).toMatchObject({ regionsInDatabase: 5, regionsCompared: 2, regionsLeftOut: 3 });
    expect(national.nationalPer10k).toBeCloseTo(4, 10); // (50 + 30) / 200.000 × 10.000
    expect(national.similar.map((r) => r.code)).toEqual(['recent']);
    // Named, by name, each with its latest count date and why.
    expect(national.leftOut).toEqual([
      { code: 'none', name: 'Regio none', peildatum: null, reason: 'NO_COUNT', isServedRegion: false },
      { code: 'old', name: 'Regio old', peildatum: '2022-01-31', reason: 'COUNT_TOO_OLD', isServedRegion: false },
      { code: 'partial', name: 'Regio partial', peildatum: '2023-02-01', reason: 'INHABITANTS_INCOMPLETE', isServedRegion: false },
    ]);
  });

  it('names no region left out when every one qualifies', () => {
    const national = compareNationally('own', '2023-02-01', [region('own', 50, 100_000), region('a', 10, 100_000)]);
    expect(national).toMatchObject({ regionsLeftOut: 0, leftOut: [] });
  });

  it('orders the regions left out by name in Dutch, ties by code — not by code or by reason', () => {
    const named = (code: string, name: string, peildatum: string | null): RegionTotalsRow => ({
      ...region(code, 10, 100_000, peildatum),
      name,
    });
    const regions = [
      region('own', 50, 100_000),
      named('a', 'Zuid-Limburg', null),
      named('b', "'s-Hertogenbosch", '2021-01-01'),
      named('c', 'IJsselland', null),
      named('e', 'Haaglanden', '2020-05-01'),
      named('d', 'Haaglanden', null),
    ];
    const national = compareNationally('own', '2023-02-01', regions);
    expect(national.leftOut.map((r) => [r.name, r.code])).toEqual([
      ["'s-Hertogenbosch", 'b'],
      ['Haaglanden', 'd'],
      ['Haaglanden', 'e'],
      ['IJsselland', 'c'],
      ['Zuid-Limburg', 'a'],
    ]);
  });

  it('gives the first reason that applies: an old count with incomplete inhabitants is left out for its age', () => {
    const both = { ...region('both', 40, 100_000, '2021-06-01'), municipalitiesWithInhabitants: 2 };
    const empty = { ...region('empty', 40, null), municipalities: 0 };
    const national = compareNationally('own', '2023-02-01', [region('own', 50, 100_000), both, empty]);
    expect(national.leftOut.map((r) => [r.code, r.peildatum, r.reason])).toEqual([
      ['both', '2021-06-01', 'COUNT_TOO_OLD'],
      ['empty', '2023-02-01', 'INHABITANTS_INCOMPLETE'],
    ]);
  });

  it('names the served region itself when not every municipality’s inhabitants are known at its count', () => {
    const own = { ...region('own', 50, 90_000), municipalitiesWithInhabitants: 4 };
    const national = compareNationally('own', '2023-02-01', [own, region('a', 10, 100_000), region('b', 20, 100_000)]);
    expect(national.own).toBeNull();
    expect(national).toMatchObject({ regionsCompared: 2, regionsLeftOut: 1, similar: [] });
    expect(national.leftOut).toEqual([
      { code: 'own', name: 'Regio own', peildatum: '2023-02-01', reason: 'INHABITANTS_INCOMPLETE', isServedRegion: true },
    ]);
  });

  it('counts months back by the calendar', () => {
    expect(monthsBefore('2023-02-01', 12)).toBe('2022-02-01');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2023-01-15', 13)).toBe('2021-12-15');
  });
});
