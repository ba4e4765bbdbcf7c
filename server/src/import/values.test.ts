import { describe, expect, it } from '@jest/globals';
import {
  dutchDate,
  hasMojibake,
  looksLikeDate,
  looksLikeFormula,
  normaliseName,
  parseDate,
  parseWholeNumber,
  parseYear,
} from './values.js';

describe('whole numbers as Dutch Excel writes them', () => {
  it.each([
    ['€ 131.804', 131804],
    ['€131.804', 131804],
    ['131.804', 131804],
    ['131804', 131804],
    ['131804,00', 131804],
    ['€ 131.804,-', 131804],
    ['131 804', 131804],
    ['131\u00a0804', 131804],
    ['131.804 EUR', 131804],
    ['131804.00', 131804],
    ['0', 0],
  ])('reads %j as %d whole euros', (raw, value) => {
    expect(parseWholeNumber(raw, { currency: true })).toEqual({ ok: true, value });
  });

  it('refuses cents, saying it is a fraction, whichever decimal mark is used', () => {
    expect(parseWholeNumber('131.804,50', { currency: true })).toEqual({ ok: false, problem: 'fraction' });
    expect(parseWholeNumber('2,5', { currency: false })).toEqual({ ok: false, problem: 'fraction' });
    expect(parseWholeNumber('1.5', { currency: false })).toEqual({ ok: false, problem: 'fraction' });
  });

  it('tells negative, empty, non-numbers and a euro sign in a count apart', () => {
    expect(parseWholeNumber('-3', { currency: false })).toEqual({ ok: false, problem: 'negative' });
    expect(parseWholeNumber('€ -3', { currency: true })).toEqual({ ok: false, problem: 'negative' });
    expect(parseWholeNumber('  ', { currency: false })).toEqual({ ok: false, problem: 'empty' });
    expect(parseWholeNumber('12 dossiers', { currency: false })).toEqual({ ok: false, problem: 'invalid' });
    expect(parseWholeNumber('1.2.3', { currency: false })).toEqual({ ok: false, problem: 'invalid' });
    expect(parseWholeNumber('€ 3', { currency: false })).toEqual({ ok: false, problem: 'currency' });
  });

  it('treats minus zero as zero', () => {
    expect(parseWholeNumber('-0', { currency: false })).toEqual({ ok: true, value: 0 });
  });
});

describe('dates', () => {
  it.each(['1-2-2023', '01-02-2023', '2023-02-01', '1/2/2023', '01.02.2023', '2023-02-01T00:00:00Z', '2023-02-01 00:00'])(
    'reads %j as 1 February 2023',
    (raw) => {
      expect(parseDate(raw)).toEqual({ ok: true, iso: '2023-02-01' });
    },
  );

  it('refuses days that do not exist, short years, Excel day numbers and prose with their own reason', () => {
    expect(parseDate('31-2-2023')).toEqual({ ok: false, problem: 'noSuchDay' });
    expect(parseDate('1-13-2023')).toEqual({ ok: false, problem: 'noSuchDay' });
    expect(parseDate('1-2-23')).toEqual({ ok: false, problem: 'twoDigitYear' });
    expect(parseDate('44958')).toEqual({ ok: false, problem: 'excelSerial' });
    expect(parseDate('februari 2023')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseDate('1-2/2023')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseDate('')).toEqual({ ok: false, problem: 'empty' });
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseDate('29-2-2024')).toEqual({ ok: true, iso: '2024-02-29' });
    expect(parseDate('29-2-2023')).toEqual({ ok: false, problem: 'noSuchDay' });
  });

  it('recognises a whole cell written as a date, and writes ISO dates the Dutch way', () => {
    expect(looksLikeDate('12-03-1985')).toBe(true);
    expect(looksLikeDate('12-03-85')).toBe(true);
    expect(looksLikeDate('CBS 1-1-2022')).toBe(false);
    expect(dutchDate('2023-02-01')).toBe('1-2-2023');
  });

  it('reads a year of four digits only', () => {
    expect(parseYear(' 2023 ')).toEqual({ ok: true, year: 2023 });
    expect(parseYear('23')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseYear('2.023')).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('names and text', () => {
  it('compares names without case, accents, spaces or hyphens', () => {
    for (const name of ['Edam-Volendam', 'edam volendam', 'ÉDAM – VOLENDAM', ' Edam  Volendam '])
      expect(normaliseName(name)).toBe('edamvolendam');
    expect(normaliseName('Niet gespecificeerd')).toBe('nietgespecificeerd');
  });

  it('knows what a spreadsheet would run as a formula', () => {
    for (const v of ['=HYPERLINK("http://x";"klik")', '+31 20 123', '@SUM(A1)', '-cmd', ' =1+1', '"=1+1'])
      expect(looksLikeFormula(v)).toBe(true);
    for (const v of ['-3', '- 3', 'Zaanstad', '', 'CBS = bron']) expect(looksLikeFormula(v)).toBe(false);
  });

  it('spots UTF-8 read as Windows-1252, and not ordinary accents', () => {
    expect(hasMojibake('FinanciÃ«le')).toBe(true);
    expect(hasMojibake('Financiële')).toBe(false);
    expect(hasMojibake('Ã©én')).toBe(true);
  });
});
