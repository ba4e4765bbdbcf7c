import type { LinePoint, Mark } from '../charts/types';
import type { Row } from '../components/DataTable';
import { formatChange, formatDate, formatDecimal, formatInteger, formatPercent } from '../format';
import type { TextContext } from './context';
import { pauseFlags } from './pauses';
import { relativeChange, share } from '@zv/shared';

export type Measure = 'absolute' | 'per10k';
export const UNSPECIFIED_KEY = 'niet-gespecificeerd';

export interface CaseRow {
  municipality: { code: string; name: string };
  count: number | null;
  suppressed: boolean;
  shareOfAssigned: number | null;
  per10kInhabitants: number | null;
  populationYear: number | null;
}

/** A count date's totals, as lists of counts carry them (trend, changes, the date filter). */
export interface SnapshotTotalsLike {
  peildatum: string;
  peildatumPrecision: 'DAY' | 'MONTH';
  total: number;
  unspecified: number | null;
  per10kInhabitants: number | null;
  changeFromPrevious?: number | null;
}

/** One count date with its breakdown by municipality. */
export interface SnapshotLike extends SnapshotTotalsLike {
  byMunicipality: CaseRow[];
}

export const snapshotDate = (s: { peildatum: string; peildatumPrecision: 'DAY' | 'MONTH' }, { lang }: Pick<TextContext, 'lang'>) =>
  formatDate(s.peildatum, lang, s.peildatumPrecision);

const countText = (row: CaseRow) => (row.count === null ? '–' : formatInteger(row.count));

/** The bars of cases per municipality in the chosen measure; "Niet gespecificeerd" apart (absolute only). */
export function caseMarks(snapshot: SnapshotLike, measure: Measure, ctx: TextContext): { data: Mark[]; apart: Mark[] } {
  const { t, lang } = ctx;
  const data = snapshot.byMunicipality.map((row): Mark => {
    const name = row.municipality.name;
    if (measure === 'per10k') {
      const value = row.per10kInhabitants;
      const valueText = value === null ? '–' : formatDecimal(value, 1, lang);
      return {
        key: row.municipality.code,
        label: name,
        value,
        valueText,
        ariaLabel: t('casesPer10kAria', { name, value: valueText, count: countText(row), year: row.populationYear ?? '–' }),
      };
    }
    const share = row.shareOfAssigned === null ? '–' : formatPercent(row.shareOfAssigned, 0, lang);
    return {
      key: row.municipality.code,
      label: name,
      value: row.count,
      valueText: countText(row),
      ariaLabel: t('casesAria', { name, count: countText(row), share }),
    };
  });
  const apart: Mark[] =
    measure === 'absolute' && snapshot.unspecified !== null
      ? [
          {
            key: UNSPECIFIED_KEY,
            label: t('unspecified'),
            value: snapshot.unspecified,
            valueText: formatInteger(snapshot.unspecified, lang),
            ariaLabel: t('unspecifiedAria', { count: formatInteger(snapshot.unspecified, lang) }),
          },
        ]
      : [];
  return { data, apart };
}

/** The cases assigned to a municipality: the total without "Niet gespecificeerd". */
export const assignedCases = (snapshot: SnapshotLike): number => snapshot.byMunicipality.reduce((sum, r) => sum + (r.count ?? 0), 0);

/**
 * The one "aandeel casussen" of the dashboard, said in words under every chart and table that
 * shows it: a share of the cases assigned to a municipality.
 */
export function shareBasisNote(snapshot: SnapshotLike, { t, lang }: TextContext): string {
  const assigned = formatInteger(assignedCases(snapshot), lang);
  return snapshot.unspecified
    ? t('shareBasisNote', { assigned, unspecified: formatInteger(snapshot.unspecified, lang) })
    : t('shareBasisNoteAll', { assigned });
}

/** Each municipality's share of the cases assigned to a municipality ("Niet gespecificeerd" belongs to none). */
export function shareMarks(snapshot: SnapshotLike, ctx: TextContext): Mark[] {
  const { t, lang } = ctx;
  const assigned = formatInteger(assignedCases(snapshot), lang);
  const mark = (key: string, name: string, count: number | null, share: number | null): Mark => {
    const valueText = share === null ? '–' : formatPercent(share, 0, lang);
    return {
      key,
      label: name,
      value: share,
      valueText,
      ariaLabel: t('shareOfAssignedAria', { name, share: valueText, count: count === null ? '–' : formatInteger(count, lang), assigned }),
    };
  };
  return snapshot.byMunicipality.map((r) => mark(r.municipality.code, r.municipality.name, r.count, r.shareOfAssigned));
}

/** The one-sentence summary of the cases chart, e.g. "Zaanstad heeft 45 van de 96 lopende casussen (47%); …". */
export function caseSummary(snapshot: SnapshotLike, measure: Measure, ctx: TextContext): string {
  const { t, lang } = ctx;
  const known = snapshot.byMunicipality.filter((r) => (measure === 'per10k' ? r.per10kInhabitants : r.count) !== null);
  const value = (r: CaseRow) => (measure === 'per10k' ? r.per10kInhabitants : r.count) ?? 0;
  const top = [...known].sort((a, b) => value(b) - value(a) || a.municipality.name.localeCompare(b.municipality.name))[0];
  if (!top) return t('empty');
  if (measure === 'per10k') {
    return t('chartCasesPer10kSummary', {
      top: top.municipality.name,
      value: formatDecimal(value(top), 1, lang),
      region: snapshot.per10kInhabitants === null ? '–' : formatDecimal(snapshot.per10kInhabitants, 1, lang),
    });
  }
  return t('chartCasesSummary', {
    top: top.municipality.name,
    count: formatInteger(value(top), lang),
    total: formatInteger(snapshot.total, lang),
    unspecified: formatInteger(snapshot.unspecified ?? 0, lang),
  });
}

/**
 * The table alternative of the cases chart: every number the chart shows, and the basis. `raw`
 * holds the unrounded figures for the CSV download (shares as fractions: 45 of 96 is 0.46875).
 */
export function caseTable(snapshot: SnapshotLike, ctx: TextContext) {
  const { t, lang } = ctx;
  const columns = [
    { key: 'name', label: t('colMunicipality') },
    { key: 'count', label: t('colCases'), numeric: true },
    { key: 'share', label: t('colShare'), numeric: true, csvLabel: t('csvFraction', { label: t('colShare') }) },
    { key: 'per10k', label: t('colPer10k'), numeric: true },
    { key: 'year', label: t('colPopulationYear'), numeric: true },
  ];
  const rows: Row[] = snapshot.byMunicipality.map((r) => ({
    key: r.municipality.code,
    header: r.municipality.name,
    cells: {
      count: countText(r),
      share: r.shareOfAssigned === null ? '–' : formatPercent(r.shareOfAssigned, 1, lang),
      per10k: r.per10kInhabitants === null ? '–' : formatDecimal(r.per10kInhabitants, 1, lang),
      year: r.populationYear ?? '–',
    },
    raw: { count: r.count, share: r.shareOfAssigned, per10k: r.per10kInhabitants, year: r.populationYear },
  }));
  if (snapshot.unspecified !== null) {
    rows.push({
      key: UNSPECIFIED_KEY,
      header: t('unspecified'),
      cells: {
        count: formatInteger(snapshot.unspecified, lang),
        // Assigned to no municipality, so outside the shares (shareBasisNote).
        share: '–',
      },
      raw: { count: snapshot.unspecified, share: null, per10k: null, year: null },
    });
  }
  const footer: Row = {
    key: 'total',
    header: t('total'),
    cells: {
      count: formatInteger(snapshot.total, lang),
      share: '–',
      per10k: snapshot.per10kInhabitants === null ? '–' : formatDecimal(snapshot.per10kInhabitants, 1, lang),
    },
    raw: { count: snapshot.total, share: null, per10k: snapshot.per10kInhabitants, year: null },
  };
  return { columns, rows, footer };
}

/** The regional total over all count dates, oldest first. */
export function trendPoints(snapshots: SnapshotTotalsLike[], ctx: TextContext): LinePoint[] {
  return snapshots.map((s) => {
    const dateText = snapshotDate(s, ctx);
    const valueText = formatInteger(s.total, ctx.lang);
    return {
      key: s.peildatum,
      date: s.peildatum,
      dateText,
      label: dateText,
      value: s.total,
      valueText,
      ariaLabel: ctx.t('trendAria', { date: dateText, value: valueText }),
    };
  });
}

/**
 * "Het aantal lopende casussen ging van 44 (januari 2022) naar 96 (1 februari 2023): +118%.", and
 * with more than two count dates which ones the chart draws and where it pauses: "13 peildata
 * getekend, van januari 2022 tot en met 1 december 2023. Tussen januari 2022 en 1 januari 2023 ligt
 * 12 maanden zonder telling."
 */
export function trendSummary(snapshots: SnapshotTotalsLike[], ctx: TextContext): string {
  const first = snapshots[0];
  const last = snapshots.at(-1);
  if (!first || !last || first === last)
    return last ? ctx.t('trendAria', { date: snapshotDate(last, ctx), value: last.total }) : ctx.t('empty');
  const change = ctx.t('chartTrendSummary', {
    first: formatInteger(first.total, ctx.lang),
    firstDate: snapshotDate(first, ctx),
    last: formatInteger(last.total, ctx.lang),
    lastDate: snapshotDate(last, ctx),
    change: formatChange(relativeChange(last.total, first.total) ?? 0, 0, ctx.lang),
  });
  if (snapshots.length < 3) return change;
  const drawn = ctx.t('chartTrendDrawn', {
    count: snapshots.length,
    firstDate: snapshotDate(first, ctx),
    lastDate: snapshotDate(last, ctx),
  });
  const pauses = pauseFlags(snapshots.map((s) => Date.parse(`${s.peildatum}T00:00:00Z`))).flatMap((pause, i) => {
    const from = snapshots[i] as SnapshotTotalsLike;
    const to = snapshots[i + 1] as SnapshotTotalsLike;
    return pause
      ? [
          ctx.t('chartTrendPause', {
            from: snapshotDate(from, ctx),
            to: snapshotDate(to, ctx),
            period: periodText(daysBetween(from.peildatum, to.peildatum), ctx.t),
          }),
        ]
      : [];
  });
  return [change, drawn, ...pauses].join(' ');
}

export function trendTable(snapshots: (SnapshotTotalsLike & { changeFromPrevious: number | null })[], ctx: TextContext) {
  const { t, lang } = ctx;
  return {
    columns: [
      { key: 'date', label: t('colDate') },
      { key: 'total', label: t('colTotal'), numeric: true },
      { key: 'change', label: t('colChange'), numeric: true, csvLabel: t('csvFraction', { label: t('colChange') }) },
      // A change over 13 months is not a change over one: each names its period.
      { key: 'period', label: t('colPeriod'), csvLabel: t('colPeriodDays') },
      // The region's count: the part no municipality's figure holds (indicator UNSPECIFIED_SHARE).
      ...(snapshots.some((s) => s.unspecified !== null)
        ? [
            {
              key: 'unspecifiedShare',
              label: t('colUnspecifiedShare'),
              numeric: true,
              csvLabel: t('csvFraction', { label: t('colUnspecifiedShare') }),
            },
          ]
        : []),
    ],
    rows: snapshots.map((s, i) => {
      const before = snapshots[i - 1];
      const days = before ? daysBetween(before.peildatum, s.peildatum) : null;
      const unspecifiedShare = s.unspecified === null ? null : share(s.unspecified, s.total);
      return {
        key: s.peildatum,
        header: snapshotDate(s, ctx),
        cells: {
          total: formatInteger(s.total, lang),
          change: s.changeFromPrevious === null ? '–' : formatChange(s.changeFromPrevious, 0, lang),
          period: days === null ? '–' : periodText(days, t),
          unspecifiedShare: unspecifiedShare === null ? '–' : formatPercent(unspecifiedShare, 1, lang),
        },
        raw: { total: s.total, change: s.changeFromPrevious, period: days, unspecifiedShare },
      };
    }),
  };
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "13 maanden", "1 maand", or in days under a month (counts are monthly or further apart). */
export function periodText(days: number, t: TextContext['t']): string {
  const months = Math.round(days / 30.44);
  return months >= 1 ? t('periodMonths', { count: months }) : t('periodDays', { count: days });
}

/** Below this many cases a rate per 10.000 inhabitants swings by a whole step with one case more or less. */
export const SMALL_COUNT = 10;

/**
 * The note under a chart of cases per 10.000 inhabitants: its basis, and — when some
 * municipalities have fewer than SMALL_COUNT cases — that their rates rest on small numbers.
 */
export function per10kNote(snapshot: { byMunicipality: CaseRow[] }, ctx: TextContext): string {
  const small = snapshot.byMunicipality.filter((r) => r.count !== null && r.count < SMALL_COUNT).map((r) => r.municipality.name);
  const basis = ctx.t('per10kBasisNote');
  if (small.length === 0) return basis;
  const names = new Intl.ListFormat(ctx.lang === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' }).format(small);
  return `${basis} ${ctx.t('smallCountsCaution', { names, count: small.length, below: SMALL_COUNT })}`;
}
