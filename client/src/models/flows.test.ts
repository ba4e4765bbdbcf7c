import { describe, expect, it } from '@jest/globals';
import { translator } from '../i18n/LanguageContext';
import { flowGroups, flowSummary, flowTable, throughputGroups, throughputSummary, throughputTable, type FlowMonthLike } from './flows';

const nl = { lang: 'nl' as const, t: translator('nl') };
const en = { lang: 'en' as const, t: translator('en') };

const month = (m: string, inflow: number, outflow: number, extra: Partial<FlowMonthLike> = {}): FlowMonthLike => ({
  month: m,
  inflow,
  outflow,
  shareWithinNorm: null,
  medianDays: null,
  p80Days: null,
  normDays: null,
  throughputHidden: false,
  ...extra,
});

const MONTHS = [
  month('2023-02', 20, 17, { shareWithinNorm: 13 / 17, medianDays: 44, p80Days: 75, normDays: 56 }),
  month('2023-03', 17, 20, { shareWithinNorm: 0.75, medianDays: 45.5, p80Days: 80, normDays: 56 }),
];

describe('flows in words, bars and tables', () => {
  it('says the latest month and the total over the months', () => {
    expect(flowSummary(MONTHS, nl)).toBe(
      'In maart 2023 kwamen 17 casussen binnen en werden er 20 afgesloten; over 2 maanden samen 37 binnen en 37 afgesloten.',
    );
    expect(flowSummary([], nl)).toMatch(/^Er is nog geen in- en uitstroom geïmporteerd/);
  });

  it('says the throughput time of the latest month against its norm, in both languages', () => {
    expect(throughputSummary(MONTHS, 5, nl)).toBe(
      'In maart 2023 was de doorlooptijd van de afgesloten casussen in de mediaan 45,5 dagen; vier op de vijf waren binnen 80 dagen afgesloten. De norm is 56 dagen: 75% werd binnen de norm afgesloten.',
    );
    expect(throughputSummary(MONTHS, 5, en)).toBe(
      'In March 2023 the median throughput time of the closed cases was 45.5 days; four in five were closed within 80 days. The norm is 56 days: 75% were closed within the norm.',
    );
    expect(throughputSummary([month('2023-02', 3, 2, { throughputHidden: true })], 5, nl)).toBe(
      'De doorlooptijd is afgeschermd: in geen enkele maand werden 5 of meer casussen afgesloten.',
    );
  });

  it('draws the newest month first, inflow beside outflow, with a label a screen reader reads', () => {
    const { series, groups } = flowGroups(MONTHS, nl);
    expect(series.map((s) => s.label)).toEqual(['Instroom (nieuw)', 'Uitstroom (afgesloten)']);
    expect(groups.map((g) => g.label)).toEqual(['maart 2023', 'februari 2023']);
    expect(groups[0]!.values.map((v) => v.ariaLabel)).toEqual([
      'maart 2023, Instroom (nieuw): 17 casussen',
      'maart 2023, Uitstroom (afgesloten): 20 casussen',
    ]);
  });

  it('shows a hidden throughput as afgeschermd, never as a number', () => {
    const hidden = [month('2023-04', 3, 2, { throughputHidden: true, normDays: 56 })];
    expect(throughputGroups(hidden, nl).groups[0]!.values.map((v) => [v.label, v.value, v.valueText])).toEqual([
      ['Mediaan', null, 'afgeschermd'],
      ['80e percentiel', null, 'afgeschermd'],
    ]);
    // The norm is still there: on the line and in the bars' names.
    expect(throughputGroups(hidden, nl).reference?.values).toEqual([{ group: '2023-04', value: 56, label: 'norm 56 dagen' }]);
    expect(throughputGroups(hidden, nl).groups[0]!.values[0]!.ariaLabel).toBe('april 2023, Mediaan: afgeschermd (norm 56 dagen)');
    expect(throughputTable(hidden, nl).rows[0]!.cells).toEqual({
      share: 'afgeschermd',
      median: 'afgeschermd',
      p80: 'afgeschermd',
      norm: '56',
    });
  });

  it('draws the norm as a line per month beside the median and p80 bars, named in each bar and kept in the table', () => {
    const changed = [...MONTHS, month('2023-04', 10, 12, { shareWithinNorm: 0.5, medianDays: 30, p80Days: 40, normDays: 28 })];
    const { series, groups, reference } = throughputGroups(changed, nl);
    expect(series.map((s) => s.label)).toEqual(['Mediaan', '80e percentiel']);
    expect(reference).toEqual({
      legend: 'Norm',
      values: [
        { group: '2023-04', value: 28, label: 'norm 28 dagen' },
        { group: '2023-03', value: 56, label: 'norm 56 dagen' },
        { group: '2023-02', value: 56, label: 'norm 56 dagen' },
      ],
    });
    expect(groups[1]!.values.map((v) => v.ariaLabel)).toEqual([
      'maart 2023, Mediaan: 45,5 dagen (norm 56 dagen)',
      'maart 2023, 80e percentiel: 80 dagen (norm 56 dagen)',
    ]);
    const english = throughputGroups(changed, en);
    expect(english.reference?.values[0]!.label).toBe('norm 28 days');
    expect(english.groups[0]!.values[0]!.ariaLabel).toBe('April 2023, Median: 30 days (norm 28 days)');
    const table = throughputTable(changed, nl);
    expect(table.columns.map((c) => c.label)).toContain('Norm (dagen)');
    expect(table.rows.map((r) => [r.cells.norm, r.raw?.norm])).toEqual([
      ['56', 56],
      ['56', 56],
      ['28', 28],
    ]);
    // Without a norm: no line, and the bars' names say none.
    const without = throughputGroups([month('2023-02', 20, 17, { medianDays: 44, p80Days: 75 })], nl);
    expect(without.reference).toBeUndefined();
    expect(without.groups[0]!.values[0]!.ariaLabel).toBe('februari 2023, Mediaan: 44 dagen');
  });

  it('lists every month with its difference, and the raw numbers for the CSV', () => {
    const table = flowTable(MONTHS, nl);
    expect(table.rows.map((r) => [r.header, r.cells.net])).toEqual([
      ['februari 2023', '+3'],
      ['maart 2023', '-3'],
    ]);
    expect(table.rows[1]!.raw).toEqual({ month: '2023-03', inflow: 17, outflow: 20, net: -3 });
  });
});
