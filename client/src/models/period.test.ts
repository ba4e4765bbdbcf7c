import { describe, expect, it } from '@jest/globals';
import { translator } from '../i18n/LanguageContext';
import { daysBetween, per10kNote, periodText } from './caseload';

describe('the period a change is over', () => {
  const nl = translator('nl');
  const en = translator('en');

  it('is named in months from a month on, in days below', () => {
    expect(periodText(daysBetween('2022-01-01', '2023-02-01'), nl)).toBe('13 maanden');
    expect(periodText(daysBetween('2023-01-01', '2023-02-01'), nl)).toBe('1 maand');
    expect(periodText(daysBetween('2023-02-01', '2023-02-15'), nl)).toBe('14 dagen');
    expect(periodText(daysBetween('2023-01-01', '2023-02-01'), en)).toBe('1 month');
  });
});

describe('the note under a chart per 10.000 inhabitants', () => {
  const row = (name: string, count: number | null) => ({
    municipality: { code: name, name },
    count,
    shareOfAssigned: null,
    per10kInhabitants: null,
  });

  it('names the municipalities whose rate rests on fewer than 10 cases', () => {
    const note = per10kNote({ byMunicipality: [row('Zaanstad', 45), row('Oostzaan', 4), row('Landsmeer', 2)] } as never, {
      t: translator('nl'),
      lang: 'nl',
    });
    expect(note).toContain('Let op: Oostzaan en Landsmeer hebben minder dan 10 casussen');
    expect(note).not.toContain('Zaanstad');
  });

  it('is only the basis when every count is large enough (or protected)', () => {
    const note = per10kNote({ byMunicipality: [row('Zaanstad', 45), row('Oostzaan', null)] } as never, { t: translator('nl'), lang: 'nl' });
    expect(note).toBe(translator('nl')('per10kBasisNote'));
  });
});
