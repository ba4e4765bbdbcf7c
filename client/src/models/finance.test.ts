import { describe, expect, it } from '@jest/globals';
import { contributions2023, contributions2024, feb2023, textContext } from '../test-support/fixtures';
import { contributionGroups, contributionSummary, contributionTable, perInhabitantRows, shareRows } from './finance';

const nl = textContext('nl');

describe('contributions', () => {
  it('groups the amounts per municipality and year, formatted as € 131.804', () => {
    const { series, groups } = contributionGroups([contributions2023, contributions2024], nl);
    expect(series.map((s) => s.key)).toEqual(['2023', '2024']);
    const zaanstad = groups.find((g) => g.key === 'GM0479')!;
    expect(zaanstad.values.map((v) => v.valueText)).toEqual(['€ 131.804', '€ 137.949']);
    expect(zaanstad.values[1]!.ariaLabel).toBe('Zaanstad € 137.949 in 2024');
  });

  it('summarises a year in one sentence', () => {
    expect(contributionSummary(contributions2023, nl)).toBe(
      'In 2023 dragen de gemeenten samen € 285.499 bij; Zaanstad het meest (€ 131.804, 46%).',
    );
  });

  it('tables the stated totals and the change per municipality', () => {
    const table = contributionTable([contributions2023, contributions2024], nl);
    expect(table.footer.cells).toMatchObject({ y2023: '€ 285.499', y2024: '€ 298.809', change: '+4,7%' });
    expect(table.rows.find((r) => r.key === 'GM0479')!.cells).toMatchObject({ y2023: '€ 131.804', y2024: '€ 137.949', change: '+4,7%' });
  });
});

describe('shares of contributions, inhabitants and cases', () => {
  it('gives each set of shares summing to 100%, cases counted among those assigned to a municipality', () => {
    const rows = shareRows(contributions2023, feb2023.byMunicipality);
    const sum = (key: 'contribution' | 'inhabitants' | 'cases') => rows.reduce((s, r) => s + (r[key] ?? 0), 0);
    expect(sum('contribution')).toBeCloseTo(1, 12);
    expect(sum('inhabitants')).toBeCloseTo(1, 12);
    expect(sum('cases')).toBeCloseTo(1, 12);
    const zaanstad = rows.find((r) => r.code === 'GM0479')!;
    expect(zaanstad.cases).toBeCloseTo(45 / 87, 12);
    expect(zaanstad.inhabitants).toBeCloseTo(157166 / 340557, 12);
  });

  it('gives the contribution per inhabitant and per running case', () => {
    const table = perInhabitantRows(contributions2023, feb2023.byMunicipality, nl);
    const zaanstad = table.rows.find((r) => r.key === 'GM0479')!;
    expect(zaanstad.cells).toMatchObject({ perInhabitant: '€ 0,84', perCase: '€ 2.929', year: 2022 });
  });
});
