import { describe, expect, it } from '@jest/globals';
import { formatChange, formatDate, formatDecimal, formatEuro, formatEuroCents, formatInteger, formatPercent } from './format';

describe('nl-NL formats', () => {
  it('writes euros as € 285.499', () => {
    expect(formatEuro(285_499)).toBe('€ 285.499');
    expect(formatEuro(8_139)).toBe('€ 8.139');
    expect(formatEuroCents(0.8386)).toBe('€ 0,84');
  });
  it('writes numbers with thousands dots and decimal commas', () => {
    expect(formatInteger(157_166)).toBe('157.166');
    expect(formatInteger(9_715)).toBe('9.715');
    expect(formatDecimal(2.8632)).toBe('2,9');
    expect(formatDecimal(5.6, 1)).toBe('5,6');
  });
  it('writes shares and changes as percentages with a real minus sign', () => {
    expect(formatPercent(45 / 96)).toBe('47%');
    expect(formatPercent(0.0312, 1)).toBe('3,1%');
    expect(formatChange(52 / 44)).toBe('+118%');
    expect(formatChange(-0.047, 1)).toBe('−4,7%');
    expect(formatChange(0)).toBe('0%');
  });
  it('writes dates as 1 februari 2023, and a month-only date as januari 2022', () => {
    expect(formatDate('2023-02-01')).toBe('1 februari 2023');
    expect(formatDate('2022-01-01', 'nl', 'MONTH')).toBe('januari 2022');
  });
  it('has English equivalents', () => {
    expect(formatEuro(285_499, 'en')).toBe('€285,499');
    expect(formatDecimal(2.8632, 1, 'en')).toBe('2.9');
    expect(formatDate('2023-02-01', 'en')).toBe('1 February 2023');
  });
});
