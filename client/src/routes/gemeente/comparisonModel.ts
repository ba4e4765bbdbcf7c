import type { Mark } from '../../charts/types';
import type { Row } from '../../components/DataTable';
import type { TableData } from '../../components/ChartFrame';
import type { SourceInfo } from '../../components/SourceLine';
import {
  formatChange,
  formatDate,
  formatDecimal,
  formatEuroCents,
  formatInteger,
  formatList,
  formatPercent,
  type Lang,
} from '../../format';
import type { MunicipalityComparisonQuery, NationalComparisonQuery } from '../../generated/graphql';
import type { MessageKey } from '../../i18n/messages';
import type { TextContext } from '../../models/context';

export type Comparison = NonNullable<MunicipalityComparisonQuery['municipalityComparison']>;
export type ComparisonFigure = Comparison['figures'][number];
export type National = NonNullable<NationalComparisonQuery['nationalComparison']>;

/** A count date as the dashboard writes it: "januari 2022" for a count known to the month only. */
export function countDate(
  iso: string,
  snapshots: readonly { peildatum: string; peildatumPrecision: 'DAY' | 'MONTH' }[],
  lang: Lang,
): string {
  return formatDate(iso, lang, snapshots.find((s) => s.peildatum === iso)?.peildatumPrecision ?? 'DAY');
}

/** A figure's value in its own unit. */
export function figureValue(kind: ComparisonFigure['kind'], value: number | null, lang: Lang): string {
  if (value === null) return '–';
  switch (kind) {
    case 'CASES_PER_10K':
      return formatDecimal(value, 1, lang);
    case 'SHARE_OF_CASES':
      return formatPercent(value, 1, lang);
    case 'CONTRIBUTION_PER_INHABITANT':
      return formatEuroCents(value, lang);
    case 'CASES_CHANGE':
      return formatChange(value, 0, lang);
  }
}

/** The difference: in per cent for a level, in percentage points for a share or a change. */
export function differenceText(figure: ComparisonFigure, lang: Lang): string {
  if (figure.kind === 'SHARE_OF_CASES' || figure.kind === 'CASES_CHANGE')
    return figure.difference === null ? '–' : `${formatDecimal(figure.difference * 100, 1, lang).replace(/^-/, '−')} pp`;
  return figure.relativeDifference === null ? '–' : formatChange(figure.relativeDifference, 0, lang);
}

function figureName(figure: ComparisonFigure, comparison: Comparison, dates: string[], ctx: TextContext): string {
  const key = `comparisonFigure${figure.kind}` as MessageKey;
  return ctx.t(key, { year: comparison.contributionYear ?? '–', date: dates[1] ?? '–' });
}

/** [count date, previous count date] as written on screen. */
function datesOf(data: MunicipalityComparisonQuery, comparison: Comparison, lang: Lang): string[] {
  return [comparison.peildatum, comparison.previousPeildatum].map((d) => (d ? countDate(d, data.caseloadSnapshots, lang) : '–'));
}

/** One sentence per figure: above, below or about equal, and by how much. */
export function comparisonSentences(data: MunicipalityComparisonQuery, ctx: TextContext): string[] {
  const comparison = data.municipalityComparison;
  if (!comparison) return [];
  const { t, lang } = ctx;
  const name = comparison.municipality.name;
  const dates = datesOf(data, comparison, lang);
  return comparison.figures.map((f) => {
    const own = figureValue(f.kind, f.own, lang);
    const reference = figureValue(f.kind, f.reference, lang);
    const pct = f.relativeDifference === null ? '–' : formatPercent(Math.abs(f.relativeDifference), 0, lang);
    const points = f.difference === null ? '–' : formatDecimal(Math.abs(f.difference) * 100, 1, lang);
    const vars = {
      name,
      own,
      reference,
      pct,
      points,
      direction: f.direction ?? 'ABOUT_EQUAL',
      year: comparison.contributionYear ?? '–',
      date: dates[1]!,
    };
    if (f.kind === 'CASES_CHANGE') {
      if (!comparison.previousPeildatum) return t('comparisonChangeNone');
      if (f.own === null && f.reference !== null) return t('comparisonChangeRegionOnly', vars);
    }
    if (f.direction === null) return t('comparisonUnknown', { figure: figureName(f, comparison, dates, ctx), name });
    switch (f.kind) {
      case 'CASES_PER_10K':
        return t('comparisonRate', vars);
      case 'SHARE_OF_CASES':
        return t('comparisonShare', vars);
      case 'CONTRIBUTION_PER_INHABITANT':
        return t('comparisonMoney', vars);
      case 'CASES_CHANGE':
        return t('comparisonChange', vars);
    }
  });
}

/** The table beside the chart: every figure, the region's, the difference and the verdict in words. */
export function comparisonTable(data: MunicipalityComparisonQuery, ctx: TextContext): TableData {
  const comparison = data.municipalityComparison;
  const { t, lang } = ctx;
  const name = comparison?.municipality.name ?? '';
  const dates = comparison ? datesOf(data, comparison, lang) : [];
  const rows: Row[] = (comparison?.figures ?? []).map((f) => ({
    key: f.kind,
    header: comparison ? figureName(f, comparison, dates, ctx) : f.kind,
    cells: {
      own: figureValue(f.kind, f.own, lang),
      reference: figureValue(f.kind, f.reference, lang),
      difference: differenceText(f, lang),
      verdict: f.direction ? t('comparisonVerdict', { direction: f.direction }) : '–',
    },
    raw: { own: f.own, reference: f.reference, difference: f.difference, verdict: f.direction },
  }));
  return {
    columns: [
      { key: 'figure', label: t('colFigure') },
      { key: 'own', label: t('comparisonColOwn', { name }), numeric: true },
      { key: 'reference', label: t('comparisonColReference'), numeric: true },
      { key: 'difference', label: t('comparisonColDifference'), numeric: true },
      { key: 'verdict', label: t('comparisonColVerdict') },
    ],
    rows,
  };
}

/** The basis of every figure, in one note. */
export function comparisonBasis(data: MunicipalityComparisonQuery, ctx: TextContext): string {
  const comparison = data.municipalityComparison;
  if (!comparison) return '';
  return ctx.t('comparisonBasis', {
    assigned: comparison.assignedCases === null ? '–' : formatInteger(comparison.assignedCases, ctx.lang),
    date: comparison.peildatum ? countDate(comparison.peildatum, data.caseloadSnapshots, ctx.lang) : '–',
    name: comparison.municipality.name,
    year: comparison.populationYear ?? '–',
  });
}

/** Levels drawn as an index (region = 100); the share gives the same index as the rate, so it is left to the table. */
const CHARTED: readonly ComparisonFigure['kind'][] = ['CASES_PER_10K', 'CONTRIBUTION_PER_INHABITANT'];

export function comparisonGroups(data: MunicipalityComparisonQuery, ctx: TextContext) {
  const comparison = data.municipalityComparison;
  if (!comparison) return { series: [], groups: [] };
  const { t, lang } = ctx;
  const name = comparison.municipality.name;
  const dates = datesOf(data, comparison, lang);
  const series = [
    { key: 'own', label: name },
    { key: 'region', label: t('comparisonSeriesRegion') },
  ];
  const groups = comparison.figures
    .filter((f) => CHARTED.includes(f.kind) && f.own !== null && f.reference !== null && f.reference !== 0)
    .map((f) => {
      const figure = figureName(f, comparison, dates, ctx);
      const values = [
        { series: 'own', label: name, index: (f.own! / f.reference!) * 100 },
        { series: 'region', label: t('comparisonSeriesRegion'), index: 100 },
      ].map((v): Mark & { series: string } => ({
        key: `${f.kind}-${v.series}`,
        series: v.series,
        label: v.label,
        value: v.index,
        valueText: formatInteger(Math.round(v.index), lang),
        ariaLabel: t('comparisonMarkAria', { figure, series: v.label, value: formatInteger(Math.round(v.index), lang) }),
      }));
      return { key: f.kind, label: figure, values };
    });
  return { series, groups };
}

/**
 * The region beside the national average, then the regions most like it by name with their figures
 * (closest in inhabitants first, as the table): the sentences say what the chart and table show.
 * Empty without the region's own figure or a national one (the screen then says why in words).
 */
export function nationalSentences(national: National, region: string, ctx: TextContext): string[] {
  const { t, lang } = ctx;
  if (!national.own || national.nationalPer10k === null || national.figure.direction === null) return [];
  const relative = national.figure.relativeDifference;
  return [
    t('nationalSummary', {
      region,
      own: formatDecimal(national.own.per10kInhabitants, 1, lang),
      national: formatDecimal(national.nationalPer10k, 1, lang),
      pct: relative === null ? '–' : formatPercent(Math.abs(relative), 0, lang),
      direction: national.figure.direction,
      regions: national.regionsCompared,
    }),
    ...(national.similar.length > 0
      ? [
          t('nationalSimilar', {
            count: national.similar.length,
            regions: formatList(
              national.similar.map((r) => t('nationalSimilarItem', { name: r.name, value: formatDecimal(r.per10kInhabitants, 1, lang) })),
              lang,
            ),
          }),
        ]
      : []),
  ];
}

/** The region beside the national average and the similar regions, as bars (the average apart). */
export function nationalMarks(national: National, ctx: TextContext): { data: Mark[]; apart: Mark[] } {
  const { t, lang } = ctx;
  const mark = (key: string, label: string, value: number): Mark => ({
    key,
    label,
    value,
    valueText: formatDecimal(value, 1, lang),
    ariaLabel: t('nationalMarkAria', { label, value: formatDecimal(value, 1, lang) }),
  });
  const regions = [...(national.own ? [national.own] : []), ...national.similar];
  return {
    data: regions.map((r) => mark(r.code, r.name, r.per10kInhabitants)),
    apart: national.nationalPer10k === null ? [] : [mark('landelijk', t('nationalAverage'), national.nationalPer10k)],
  };
}

export function nationalTable(national: National, ctx: TextContext): TableData {
  const { t, lang } = ctx;
  const row = (r: National['similar'][number], header: string): Row => ({
    key: r.code,
    header,
    cells: {
      inhabitants: formatInteger(r.inhabitants, lang),
      date: formatDate(r.peildatum, lang),
      cases: formatInteger(r.total, lang),
      per10k: formatDecimal(r.per10kInhabitants, 1, lang),
    },
    raw: { inhabitants: r.inhabitants, date: r.peildatum, cases: r.total, per10k: r.per10kInhabitants },
  });
  return {
    columns: [
      { key: 'region', label: t('nationalColRegion') },
      { key: 'inhabitants', label: t('nationalColInhabitants'), numeric: true },
      { key: 'date', label: t('nationalColDate') },
      { key: 'cases', label: t('nationalColCases'), numeric: true },
      { key: 'per10k', label: t('nationalColPer10k'), numeric: true },
    ],
    rows: [
      ...(national.own ? [row(national.own, t('nationalRowOwn', { region: national.own.name }))] : []),
      ...national.similar.map((r) => row(r, r.name)),
    ],
    ...(national.nationalPer10k === null
      ? {}
      : {
          footer: {
            key: 'landelijk',
            header: t('nationalAverage'),
            cells: { inhabitants: '', date: '', cases: '', per10k: formatDecimal(national.nationalPer10k, 1, lang) },
            raw: { per10k: national.nationalPer10k },
          },
        }),
  };
}

/** A region left out of the national average: its name (a proper name, Dutch on screen) and what follows it. */
export interface LeftOutItem {
  code: string;
  name: string;
  /** " (laatste telling 1 december 2021, ouder dan 12 maanden)". */
  reason: string;
}

/** The regions left out of the national average, in the API's order (by name), each with its reason in words. */
export function leftOutItems(national: National, ctx: TextContext): LeftOutItem[] {
  const { t, lang } = ctx;
  const date = formatDate(national.peildatum, lang);
  return national.leftOut.map((r) => ({
    code: r.code,
    name: r.name,
    reason: ` (${t('nationalLeftOutReason', {
      served: r.isServedRegion ? 'yes' : 'no',
      reason: r.reason,
      date,
      peildatum: r.peildatum ? formatDate(r.peildatum, lang) : '–',
    })})`,
  }));
}

/**
 * "Niet meegeteld: A (…) en B (…)." as pieces: the texts between the names, and in between the
 * index of each item, so that the screen can mark every name as Dutch. Empty when none is left out.
 */
export function leftOutPieces(items: readonly LeftOutItem[], ctx: TextContext): (string | number)[] {
  if (items.length === 0) return [];
  // Each item stands as \uE000<index>\uE000 (a private-use character, in no text) in the language's list form ("A, B en C").
  const list = formatList(
    items.map((_, i) => `\uE000${i}\uE000`),
    ctx.lang,
  );
  return ctx
    .t('nationalLeftOut', { regions: list })
    .split(/\uE000(\d+)\uE000/)
    .map((piece, i) => (i % 2 === 1 ? Number(piece) : piece))
    .filter((piece) => piece !== '');
}

/** The same sentence as plain text. */
export function leftOutSentence(national: National, ctx: TextContext): string {
  const items = leftOutItems(national, ctx);
  return leftOutPieces(items, ctx)
    .map((piece) => (typeof piece === 'number' ? `${items[piece]!.name}${items[piece]!.reason}` : piece))
    .join('');
}

/** The documents the compared figures come from: the count, the latest contributions, the inhabitants. */
export function comparisonSources(data: MunicipalityComparisonQuery): SourceInfo[] {
  const year = data.contributionHistory.at(-1);
  return [
    ...(data.caseload ? [data.caseload.source] : []),
    ...(year ? [year.source] : []),
    ...(data.municipality?.population ? [data.municipality.population.source] : []),
  ];
}
