import type { GroupedBarChartProps, ReferenceLine, Series } from '../charts/types';
import type { Column, Row } from '../components/DataTable';
import { formatDate, formatDecimal, formatInteger, formatPercent } from '../format';
import type { TextContext } from './context';

/** One month's flows as the API answers them (Query.flows, Municipality.flows). */
export interface FlowMonthLike {
  month: string;
  inflow: number;
  outflow: number;
  shareWithinNorm: number | null;
  medianDays: number | null;
  p80Days: number | null;
  normDays: number | null;
  throughputHidden: boolean;
}

/** "maart 2023". */
export function monthName(month: string, ctx: TextContext): string {
  return formatDate(`${month}-01`, ctx.lang, 'MONTH');
}

const days = (value: number, ctx: TextContext) => formatDecimal(value, value % 1 === 0 ? 0 : 1, ctx.lang);

/** Grouped bars: per month (newest first) inflow beside outflow. */
type Group = GroupedBarChartProps['groups'][number];

export function flowGroups(months: readonly FlowMonthLike[], ctx: TextContext): { series: Series[]; groups: Group[] } {
  const series: Series[] = [
    { key: 'inflow', label: ctx.t('flowsSeriesInflow') },
    { key: 'outflow', label: ctx.t('flowsSeriesOutflow') },
  ];
  const groups = [...months].reverse().map((m) => {
    const name = monthName(m.month, ctx);
    return {
      key: m.month,
      label: name,
      values: series.map((s) => {
        const value = s.key === 'inflow' ? m.inflow : m.outflow;
        return {
          key: `${m.month}-${s.key}`,
          series: s.key,
          label: s.label,
          value,
          valueText: formatInteger(value, ctx.lang),
          ariaLabel: ctx.t('flowsAria', { month: name, series: s.label, value: formatInteger(value, ctx.lang) }),
        };
      }),
    };
  });
  return { series, groups };
}

/**
 * Grouped bars: per month (newest first) the median and 80th percentile in days; none where hidden or
 * not delivered. The norm is a reference line across the months (a step where it changes), and part
 * of every bar's name, as it is a column of the table.
 */
export function throughputGroups(
  months: readonly FlowMonthLike[],
  ctx: TextContext,
): { series: Series[]; groups: Group[]; reference: ReferenceLine | undefined } {
  const series: Series[] = [
    { key: 'median', label: ctx.t('flowsSeriesMedian') },
    { key: 'p80', label: ctx.t('flowsSeriesP80') },
  ];
  const shown = [...months].filter((m) => m.medianDays !== null || m.p80Days !== null || m.throughputHidden).reverse();
  const groups = shown.map((m) => {
    const name = monthName(m.month, ctx);
    return {
      key: m.month,
      label: name,
      values: series.map((s) => {
        const value = s.key === 'median' ? m.medianDays : m.p80Days;
        const text = value !== null ? days(value, ctx) : m.throughputHidden ? ctx.t('suppressedValue') : '–';
        // "45 dagen", or "afgeschermd" without a unit.
        const aria = { month: name, series: s.label, value: value !== null ? ctx.t('flowsDaysValue', { value: text }) : text };
        return {
          key: `${m.month}-${s.key}`,
          series: s.key,
          label: s.label,
          value,
          valueText: text,
          ariaLabel:
            m.normDays !== null
              ? ctx.t('flowsDaysNormAria', { ...aria, norm: formatInteger(m.normDays, ctx.lang) })
              : ctx.t('flowsValueAria', aria),
        };
      }),
    };
  });
  const norms = shown.flatMap((m) =>
    m.normDays === null
      ? []
      : [{ group: m.month, value: m.normDays, label: ctx.t('flowsNormLabel', { norm: formatInteger(m.normDays, ctx.lang) }) }],
  );
  const reference = norms.length > 0 ? { legend: ctx.t('flowsSeriesNorm'), values: norms } : undefined;
  return { series, groups, reference };
}

/** "In maart 2023 kwamen 17 casussen binnen en werden er 20 afgesloten; over 2 maanden samen 37 binnen en 37 afgesloten." */
export function flowSummary(months: readonly FlowMonthLike[], ctx: TextContext): string {
  const latest = months.at(-1);
  if (!latest) return ctx.t('flowsNone');
  const sum = (f: (m: FlowMonthLike) => number) => months.reduce((s, m) => s + f(m), 0);
  return ctx.t('chartFlowsSummary', {
    month: monthName(latest.month, ctx),
    inflow: formatInteger(latest.inflow, ctx.lang),
    outflow: formatInteger(latest.outflow, ctx.lang),
    months: months.length,
    totalIn: formatInteger(
      sum((m) => m.inflow),
      ctx.lang,
    ),
    totalOut: formatInteger(
      sum((m) => m.outflow),
      ctx.lang,
    ),
  });
}

/** The latest month with a throughput time, against its norm; or why there is none. */
export function throughputSummary(months: readonly FlowMonthLike[], k: number, ctx: TextContext): string {
  const latest = [...months].reverse().find((m) => m.medianDays !== null || m.p80Days !== null || m.shareWithinNorm !== null);
  if (!latest) {
    return months.some((m) => m.throughputHidden) ? ctx.t('throughputAllHidden', { k }) : ctx.t('throughputNone');
  }
  const parts = [
    ctx.t('throughputLatest', {
      month: monthName(latest.month, ctx),
      median: latest.medianDays !== null ? days(latest.medianDays, ctx) : '–',
      p80: latest.p80Days !== null ? days(latest.p80Days, ctx) : '–',
    }),
  ];
  if (latest.normDays !== null) {
    parts.push(
      latest.shareWithinNorm !== null
        ? ctx.t('throughputNorm', { norm: latest.normDays, share: formatPercent(latest.shareWithinNorm, 0, ctx.lang) })
        : ctx.t('throughputNormOnly', { norm: latest.normDays }),
    );
  }
  return parts.join(' ');
}

/** The table beside the inflow and outflow chart: per month, oldest first, with the difference. */
export function flowTable(months: readonly FlowMonthLike[], ctx: TextContext): { columns: Column[]; rows: Row[] } {
  const { t, lang } = ctx;
  return {
    columns: [
      { key: 'month', label: t('flowsColMonth') },
      { key: 'inflow', label: t('flowsColInflow'), numeric: true },
      { key: 'outflow', label: t('flowsColOutflow'), numeric: true },
      { key: 'net', label: t('flowsColNet'), numeric: true },
    ],
    rows: months.map((m) => ({
      key: m.month,
      header: monthName(m.month, ctx),
      cells: {
        inflow: formatInteger(m.inflow, lang),
        outflow: formatInteger(m.outflow, lang),
        net: `${m.inflow - m.outflow > 0 ? '+' : ''}${formatInteger(m.inflow - m.outflow, lang)}`,
      },
      raw: { month: m.month, inflow: m.inflow, outflow: m.outflow, net: m.inflow - m.outflow },
    })),
  };
}

/** The table beside the throughput chart: per month the share within the norm, median, p80 and the norm. */
export function throughputTable(months: readonly FlowMonthLike[], ctx: TextContext): { columns: Column[]; rows: Row[] } {
  const { t, lang } = ctx;
  const hidden = t('suppressedValue');
  const cell = (m: FlowMonthLike, value: string | null) => value ?? (m.throughputHidden ? hidden : '–');
  return {
    columns: [
      { key: 'month', label: t('flowsColMonth') },
      { key: 'share', label: t('flowsColShare'), numeric: true },
      { key: 'median', label: t('flowsColMedian'), numeric: true },
      { key: 'p80', label: t('flowsColP80'), numeric: true },
      { key: 'norm', label: t('flowsColNorm'), numeric: true },
    ],
    rows: months.map((m) => ({
      key: m.month,
      header: monthName(m.month, ctx),
      cells: {
        share: cell(m, m.shareWithinNorm !== null ? formatPercent(m.shareWithinNorm, 0, lang) : null),
        median: cell(m, m.medianDays !== null ? days(m.medianDays, ctx) : null),
        p80: cell(m, m.p80Days !== null ? days(m.p80Days, ctx) : null),
        norm: m.normDays !== null ? formatInteger(m.normDays, lang) : '–',
      },
      raw: { month: m.month, share: m.shareWithinNorm, median: m.medianDays, p80: m.p80Days, norm: m.normDays },
    })),
  };
}
