import { describe, expect, it } from '@jest/globals';
import { INDICATOR_CODES, INDICATOR_TEXTS } from '@zv/shared';
import { findIndicator, indicatorCatalogue, type IndicatorFacts } from './indicators.js';

const FACTS: IndicatorFacts = {
  counts: [
    { peildatum: '2022-01-01', sourceId: 1, brokenDown: false, byDomain: false },
    { peildatum: '2023-02-01', sourceId: 2, brokenDown: true, byDomain: false },
  ],
  contributionYears: [
    { year: 2023, sourceId: 3 },
    { year: 2024, sourceId: 3 },
  ],
  population: [
    { year: 2020, sourceId: 4 },
    { year: 2021, sourceId: 5 },
    // Inhabitants of a year after the figures: not what they were computed with.
    { year: 2025, sourceId: 8 },
  ],
  fundingSourceIds: [3, 3, 6],
  capacitySourceIds: [6],
  themeSourceIds: [3],
};

describe('the indicator catalogue', () => {
  it('defines every figure once, under a unique code', () => {
    const codes = indicatorCatalogue(FACTS).map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...INDICATOR_CODES]);
    for (const code of ['RUNNING_CASES', 'CASES_PER_10K', 'SHARE_OF_REGION', 'CONTRIBUTION_PER_INHABITANT', 'CAPACITY_FTE']) {
      expect(codes).toContain(code);
    }
  });

  it('has a name, definition, unit, frequency and status note in Dutch and in English for every figure, and the two differ', () => {
    for (const code of INDICATOR_CODES) {
      const { nl, en } = INDICATOR_TEXTS[code];
      for (const field of ['name', 'definition', 'unit', 'frequency', 'statusNote'] as const) {
        expect(nl[field].trim().length).toBeGreaterThan(1);
        expect(en[field].trim().length).toBeGreaterThan(1);
      }
      expect(en.name).not.toBe(nl.name);
      expect(en.definition).not.toBe(nl.definition);
      // A derived figure says how it is computed in both languages, or in neither.
      expect(en.basis === null).toBe(nl.basis === null);
    }
  });

  it('states the formula of a derived figure in words', () => {
    const per10k = findIndicator('CASES_PER_10K', FACTS)!;
    expect(per10k.basis).toContain('lopende casussen ÷ inwoners op 1 januari van het jaar van de peildatum × 10.000');
    expect(findIndicator('CASES_PER_10K', FACTS, 'en')!.basis).toContain('× 10,000');
  });

  it('takes its last update from the data: the latest count date, contribution year and inhabitants year', () => {
    expect(findIndicator('RUNNING_CASES', FACTS)!.lastUpdate).toEqual({ peildatum: '2023-02-01', year: null, populationYear: null });
    expect(findIndicator('CASES_PER_10K', FACTS)!.lastUpdate).toEqual({ peildatum: '2023-02-01', year: null, populationYear: 2021 });
    expect(findIndicator('CONTRIBUTIONS', FACTS)!.lastUpdate).toEqual({ peildatum: null, year: 2024, populationYear: null });
    expect(findIndicator('CONTRIBUTION_PER_INHABITANT', FACTS)!.lastUpdate).toEqual({ peildatum: null, year: 2024, populationYear: 2021 });
    expect(findIndicator('CONTRIBUTION_PER_CASE', FACTS)!.lastUpdate).toEqual({
      peildatum: '2023-02-01',
      year: 2024,
      populationYear: null,
    });
    const later = { ...FACTS, counts: [...FACTS.counts, { peildatum: '2024-06-01', sourceId: 7, brokenDown: false, byDomain: false }] };
    expect(findIndicator('RUNNING_CASES', later)!.lastUpdate?.peildatum).toBe('2024-06-01');
    // A count without a breakdown by municipality does not move the figures of the breakdown.
    expect(findIndicator('SHARE_OF_REGION', later)!.lastUpdate?.peildatum).toBe('2023-02-01');
  });

  it('names the sources the figures in the database come from, each once', () => {
    expect(findIndicator('RUNNING_CASES', FACTS)!.sourceIds).toEqual([1, 2]);
    expect(findIndicator('CASES_PER_10K', FACTS)!.sourceIds).toEqual([2, 5]);
    expect(findIndicator('FUNDING_SOURCES', FACTS)!.sourceIds).toEqual([3, 6]);
  });

  it('never invents a next update, and has no last update without data', () => {
    const empty: IndicatorFacts = {
      counts: [],
      contributionYears: [],
      population: [],
      fundingSourceIds: [],
      capacitySourceIds: [],
      themeSourceIds: [],
    };
    for (const indicator of indicatorCatalogue(empty)) {
      expect(indicator.nextUpdate).toBeNull();
      expect(indicator.lastUpdate).toBeNull();
    }
  });

  it('marks the budgeted contributions provisional and the published counts final', () => {
    expect(findIndicator('CONTRIBUTIONS', FACTS)!.status).toBe('PROVISIONAL');
    expect(findIndicator('RUNNING_CASES', FACTS)!.status).toBe('FINAL');
  });

  it('knows no code outside the catalogue', () => {
    expect(findIndicator('NOT_A_FIGURE', FACTS)).toBeNull();
  });
});
