import { describe, expect, it } from '@jest/globals';
import type { PopulationRow } from '../store/types.js';
import { populationAt, populationAtDate, sumPopulation } from './population.js';

const row = (year: number, inhabitants: number, referenceDate: string | null = `${year}-01-01`): PopulationRow => ({
  municipalityCode: 'GM0001',
  year,
  inhabitants,
  referenceDate,
  sourceId: 1,
});

describe('populationAt', () => {
  const rows = [row(2020, 100), row(2022, 120)];
  it('takes the latest known year at or before the year asked', () => {
    expect(populationAt(rows, 2023)?.year).toBe(2022);
    expect(populationAt(rows, 2022)?.year).toBe(2022);
    expect(populationAt(rows, 2021)?.year).toBe(2020);
  });
  it('takes the latest known when no year is asked, and null before the first', () => {
    expect(populationAt(rows)?.year).toBe(2022);
    expect(populationAt(rows, 2019)).toBeNull();
    expect(populationAt([], 2023)).toBeNull();
  });
});

describe('populationAtDate', () => {
  it('takes the latest year whose reference date lies at or before the count date', () => {
    const rows = [row(2020, 100), row(2021, 110, '2020-12-31'), row(2023, 130)];
    expect(populationAtDate(rows, '2023-02-01')?.year).toBe(2023);
    expect(populationAtDate(rows, '2022-06-30')?.year).toBe(2021);
    expect(populationAtDate(rows, '2020-12-31')?.year).toBe(2021);
    expect(populationAtDate(rows, '2019-12-31')).toBeNull();
  });
  it('reads a year without reference date as 1 January of that year', () => {
    expect(populationAtDate([row(2022, 1, null)], '2022-01-01')?.year).toBe(2022);
    expect(populationAtDate([row(2022, 1, null)], '2021-12-31')).toBeNull();
  });
});

describe('sumPopulation', () => {
  it('adds the chosen figures and names the distinct years', () => {
    expect(sumPopulation([row(2022, 10), row(2020, 5), row(2022, 1)])).toEqual({ inhabitants: 16, complete: true, years: [2020, 2022] });
  });
  it('says when a municipality has no figure, and is null without any', () => {
    expect(sumPopulation([row(2020, 5), null])).toEqual({ inhabitants: 5, complete: false, years: [2020] });
    expect(sumPopulation([null])).toBeNull();
  });
});
