import type { Mark, Series } from '../charts/types';
import type { Row } from '../components/DataTable';
import { formatChange, formatEuro, formatEuroCents, formatInteger, formatPercent } from '../format';
import type { TextContext } from './context';
import { share as shareOf } from '@zv/shared';

export interface ContributionLike {
  municipality: { code: string; name: string };
  amountEur: number;
  shareOfTotal: number;
  changeFromPreviousYear?: number | null;
  perInhabitantEur?: number | null;
  populationYear?: number | null;
  inhabitants?: number | null;
}

export interface ContributionYearLike {
  year: number;
  totalEur: number;
  changeFromPreviousYear: number | null;
  perInhabitantEur?: number | null;
  byMunicipality: ContributionLike[];
}

/** Municipality → the chosen year's contribution, cases assigned to a municipality. */
export interface CaseCountLike {
  municipality: { code: string };
  count: number | null;
  /** The one "aandeel casussen": of the cases assigned to a municipality (computed by the server). */
  shareOfAssigned: number | null;
}

/** Contributions per municipality (groups) per year (series), for the grouped bars. */
export function contributionGroups(years: ContributionYearLike[], ctx: TextContext) {
  const { t, lang } = ctx;
  const series: Series[] = years.map((y) => ({ key: String(y.year), label: String(y.year) }));
  const names = new Map<string, string>();
  for (const y of years) for (const c of y.byMunicipality) names.set(c.municipality.code, c.municipality.name);
  const groups = [...names].map(([code, name]) => ({
    key: code,
    label: name,
    values: years.map((y) => {
      const c = y.byMunicipality.find((m) => m.municipality.code === code);
      const amount = c ? formatEuro(c.amountEur, lang) : '–';
      return {
        key: `${code}-${y.year}`,
        series: String(y.year),
        label: String(y.year),
        value: c?.amountEur ?? null,
        valueText: amount,
        ariaLabel: t('contribAria', { name, year: y.year, amount }),
      };
    }),
  }));
  return { series, groups };
}

/** "In 2024 dragen de gemeenten samen € 298.809 bij; Zaanstad het meest (€ 137.949, 46%)." */
export function contributionSummary(year: ContributionYearLike, ctx: TextContext): string {
  const top = [...year.byMunicipality].sort((a, b) => b.amountEur - a.amountEur)[0];
  if (!top) return ctx.t('empty');
  return ctx.t('chartContribSummary', {
    year: year.year,
    total: formatEuro(year.totalEur, ctx.lang),
    top: top.municipality.name,
    amount: formatEuro(top.amountEur, ctx.lang),
    share: formatPercent(top.shareOfTotal, 0, ctx.lang),
  });
}

export function contributionTable(years: ContributionYearLike[], ctx: TextContext) {
  const { t, lang } = ctx;
  const last = years.at(-1);
  const changeLabel = `${t('colChange')} ${years.at(-2)?.year}–${last?.year}`;
  const columns = [
    { key: 'name', label: t('colMunicipality') },
    ...years.map((y) => ({ key: `y${y.year}`, label: String(y.year), numeric: true })),
    ...(years.length > 1 && last
      ? [{ key: 'change', label: changeLabel, numeric: true, csvLabel: t('csvFraction', { label: changeLabel }) }]
      : []),
  ];
  const rows: Row[] = (last?.byMunicipality ?? []).map((c) => {
    const amounts = years.map(
      (y) => [y.year, y.byMunicipality.find((m) => m.municipality.code === c.municipality.code)?.amountEur] as const,
    );
    return {
      key: c.municipality.code,
      header: c.municipality.name,
      cells: Object.fromEntries([
        ...amounts.map(([year, amount]) => [`y${year}`, amount === undefined ? '–' : formatEuro(amount, lang)]),
        ['change', c.changeFromPreviousYear == null ? '–' : formatChange(c.changeFromPreviousYear, 1, lang)],
      ]),
      // For the CSV: whole euros and the change as a fraction, unformatted.
      raw: Object.fromEntries([
        ...amounts.map(([year, amount]) => [`y${year}`, amount ?? null]),
        ['change', c.changeFromPreviousYear ?? null],
      ]),
    };
  });
  const footer: Row = {
    key: 'total',
    header: t('total'),
    cells: Object.fromEntries([
      ...years.map((y) => [`y${y.year}`, formatEuro(y.totalEur, lang)]),
      ['change', last?.changeFromPreviousYear == null ? '–' : formatChange(last.changeFromPreviousYear, 1, lang)],
    ]),
    raw: Object.fromEntries([...years.map((y) => [`y${y.year}`, y.totalEur]), ['change', last?.changeFromPreviousYear ?? null]]),
  };
  return { columns, rows, footer };
}

export interface ShareRow {
  code: string;
  name: string;
  contribution: number;
  inhabitants: number | null;
  cases: number | null;
}

/**
 * Per municipality its share of the year's contributions, of the inhabitants used for them, and of
 * the cases assigned to a municipality (the unspecified ones belong to none, so the three sets of
 * shares each add up to 100%).
 */
export function shareRows(year: ContributionYearLike, cases: CaseCountLike[]): ShareRow[] {
  const inhabitantsTotal = year.byMunicipality.every((c) => c.inhabitants != null)
    ? year.byMunicipality.reduce((s, c) => s + (c.inhabitants ?? 0), 0)
    : null;
  return year.byMunicipality.map((c) => {
    return {
      code: c.municipality.code,
      name: c.municipality.name,
      contribution: c.shareOfTotal,
      inhabitants: inhabitantsTotal && c.inhabitants != null ? shareOf(c.inhabitants, inhabitantsTotal) : null,
      cases: cases.find((m) => m.municipality.code === c.municipality.code)?.shareOfAssigned ?? null,
    };
  });
}

export function shareChart(rows: ShareRow[], labels: { contribution: string; inhabitants: string; cases: string }, ctx: TextContext) {
  const series = [
    { key: 'contribution', label: labels.contribution, shape: 'circle' as const },
    { key: 'inhabitants', label: labels.inhabitants, shape: 'square' as const },
    { key: 'cases', label: labels.cases, shape: 'triangle' as const },
  ];
  return {
    series,
    rows: rows.map((r) => ({
      key: r.code,
      label: r.name,
      values: series.map((s): Mark & { series: string } => {
        const value = r[s.key as 'contribution' | 'inhabitants' | 'cases'];
        const valueText = value === null ? '–' : formatPercent(value, 1, ctx.lang);
        return {
          key: `${r.code}-${s.key}`,
          series: s.key,
          label: s.label,
          value,
          valueText,
          ariaLabel: ctx.t('shareAria', { name: r.name, series: s.label, value: valueText }),
        };
      }),
    })),
  };
}

export function shareTable(rows: ShareRow[], ctx: TextContext) {
  const { t, lang } = ctx;
  const pct = (v: number | null) => (v === null ? '–' : formatPercent(v, 1, lang));
  const share = (key: 'contribution' | 'inhabitants' | 'cases', label: string) => ({
    key,
    label,
    numeric: true,
    csvLabel: t('csvFraction', { label }),
  });
  return {
    columns: [
      { key: 'name', label: t('colMunicipality') },
      share('contribution', t('colShareContribution')),
      share('inhabitants', t('colShareInhabitants')),
      share('cases', t('colShareCases')),
    ],
    rows: rows.map((r) => ({
      key: r.code,
      header: r.name,
      cells: { contribution: pct(r.contribution), inhabitants: pct(r.inhabitants), cases: pct(r.cases) },
      raw: { contribution: r.contribution, inhabitants: r.inhabitants, cases: r.cases },
    })),
  };
}

/** Contribution per inhabitant and per running case. */
export function perInhabitantRows(year: ContributionYearLike, cases: CaseCountLike[], ctx: TextContext) {
  const { t, lang } = ctx;
  const rows: Row[] = year.byMunicipality.map((c) => {
    const count = cases.find((m) => m.municipality.code === c.municipality.code)?.count ?? null;
    return {
      key: c.municipality.code,
      header: c.municipality.name,
      cells: {
        amount: formatEuro(c.amountEur, lang),
        perInhabitant: c.perInhabitantEur == null ? '–' : formatEuroCents(c.perInhabitantEur, lang),
        year: c.populationYear ?? '–',
        inhabitants: c.inhabitants == null ? '–' : formatInteger(c.inhabitants, lang),
        perCase: count ? formatEuro(c.amountEur / count, lang) : '–',
      },
      // For the CSV: unrounded euros (per inhabitant, per case), counts as numbers.
      raw: {
        amount: c.amountEur,
        perInhabitant: c.perInhabitantEur ?? null,
        year: c.populationYear ?? null,
        inhabitants: c.inhabitants ?? null,
        perCase: count ? c.amountEur / count : null,
      },
    };
  });
  return {
    columns: [
      { key: 'name', label: t('colMunicipality') },
      { key: 'amount', label: t('colContribution'), numeric: true },
      { key: 'inhabitants', label: t('rowInhabitants'), numeric: true },
      { key: 'year', label: t('colPopulationYear'), numeric: true },
      { key: 'perInhabitant', label: t('colPerInhabitant'), numeric: true },
      { key: 'perCase', label: t('colPerCase'), numeric: true },
    ],
    rows,
  };
}

/** Per inhabitant as marks (bars), for the chart beside the table. */
export function perInhabitantMarks(year: ContributionYearLike, ctx: TextContext): Mark[] {
  return year.byMunicipality.map((c) => {
    const valueText = c.perInhabitantEur == null ? '–' : formatEuroCents(c.perInhabitantEur, ctx.lang);
    return {
      key: c.municipality.code,
      label: c.municipality.name,
      value: c.perInhabitantEur ?? null,
      valueText,
      ariaLabel: `${c.municipality.name} ${valueText} (${c.populationYear ?? '–'})`,
    };
  });
}
