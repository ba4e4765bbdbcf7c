/**
 * Inflow, outflow and throughput time per month (import kind FLOWS), and how they meet the
 * counts of running cases. Pure. Decision 0020 gives the reasoning of the publication rule.
 */
import type { FlowCountRow, FlowMonthRow } from '../store/types.js';
import { isSmall } from './suppression.js';

/** A month's flows of one place (the region, a municipality or the unspecified cases). */
export interface FlowFigures {
  month: string;
  inflow: number;
  outflow: number;
  /** Of the closed cases, those closed within the norm; null when not reported. */
  closedWithinNorm: number | null;
  /** closedWithinNorm / outflow; null when not reported or nothing closed. */
  shareWithinNorm: number | null;
  medianDays: number | null;
  p80Days: number | null;
  /** The month's norm in days; null when the month has none. */
  normDays: number | null;
}

/** The first day ('YYYY-MM-DD') of a month ('YYYY-MM'). */
const firstDay = (month: string) => `${month}-01`;

/** The month after `month`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month with a day in [from, to) (ISO dates, from < to), oldest first. */
export function monthsOverlapping(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from.slice(0, 7); firstDay(month) < to; month = nextMonth(month)) months.push(month);
  return months;
}

/**
 * The count dates that flows link to a neighbouring count date: two consecutive count dates are
 * linked when every month with a day between them has flows. Flows then bound how far each
 * municipality's cases per domain can have moved between the two dates (a month without flows
 * leaves the change unbounded, so only complete intervals link).
 */
export function linkedCountDates(countDates: readonly string[], flowMonths: ReadonlySet<string>): Set<string> {
  const dates = [...countDates].sort();
  const linked = new Set<string>();
  for (let i = 1; i < dates.length; i++) {
    const from = dates[i - 1] as string;
    const to = dates[i] as string;
    if (monthsOverlapping(from, to).every((m) => flowMonths.has(m))) {
      linked.add(from);
      linked.add(to);
    }
  }
  return linked;
}

const share = (within: number | null, outflow: number) => (within === null || outflow === 0 ? null : within / outflow);

/**
 * Per month the region's figures: in- and outflow from its stated "Totaal" row, else the sum of
 * the municipalities and the unspecified cases; closed within the norm likewise (the sum only when
 * every part reported it); median and 80th percentile only as the region states them (they cannot
 * be computed from the parts').
 */
export function regionFlows(months: readonly FlowMonthRow[], rows: readonly FlowCountRow[]): FlowFigures[] {
  return months.map(({ month, normDays }) => {
    const ofMonth = rows.filter((r) => r.month === month && r.domainCode === null);
    const stated = ofMonth.find((r) => r.scope === 'region');
    const parts = ofMonth.filter((r) => r.scope !== 'region');
    const inflow = stated?.inflow ?? parts.reduce((s, r) => s + r.inflow, 0);
    const outflow = stated?.outflow ?? parts.reduce((s, r) => s + r.outflow, 0);
    const within =
      stated?.closedWithinNorm ??
      (parts.length > 0 && parts.every((r) => r.closedWithinNorm !== null || r.outflow === 0)
        ? parts.reduce((s, r) => s + (r.closedWithinNorm ?? 0), 0)
        : null);
    return {
      month,
      inflow,
      outflow,
      closedWithinNorm: within,
      shareWithinNorm: share(within, outflow),
      medianDays: stated?.medianDays ?? null,
      p80Days: stated?.p80Days ?? null,
      normDays,
    };
  });
}

/** Per month one municipality's figures (its total row); months without a row for it are left out. */
export function municipalityFlows(months: readonly FlowMonthRow[], rows: readonly FlowCountRow[], code: string): FlowFigures[] {
  const norms = new Map(months.map((m) => [m.month, m.normDays]));
  return rows
    .filter((r) => r.scope === 'municipality' && r.municipalityCode === code && r.domainCode === null)
    .map((r) => ({
      month: r.month,
      inflow: r.inflow,
      outflow: r.outflow,
      closedWithinNorm: r.closedWithinNorm,
      shareWithinNorm: share(r.closedWithinNorm, r.outflow),
      medianDays: r.medianDays,
      p80Days: r.p80Days,
      normDays: norms.get(r.month) ?? null,
    }));
}

/**
 * What a restricted viewer (BESTUURDER, a GEMEENTE user for another municipality) is shown of a
 * month's figures: in- and outflow exactly (totals over every domain, as running totals are), and
 * the throughput figures only when `k` or more cases closed: a median or a share of one to k−1
 * closed cases describes those few people's cases. The outflow itself is published, so hiding the
 * throughput says nothing the outflow does not.
 */
export function publishedThroughput(figures: FlowFigures, k: number): FlowFigures {
  if (!isSmall(figures.outflow, k)) return figures;
  return { ...figures, closedWithinNorm: null, shareWithinNorm: null, medianDays: null, p80Days: null };
}

/** A month's totals of one place, for the consistency check: municipality code, or null for the unspecified cases. */
export interface PlaceFlow {
  month: string;
  municipalityCode: string | null;
  inflow: number;
  outflow: number;
}

/** A count date's running cases: the total, and per municipality (null key: the unspecified cases). */
export interface RunningCount {
  peildatum: string;
  total: number;
  byPlace: ReadonlyMap<string | null, number>;
}

/** Where running cases do not follow from the previous count plus inflow minus outflow. */
export interface ConsistencyMismatch {
  from: string;
  to: string;
  months: string[];
  /** null: the region as a whole; otherwise a municipality code, or 'unspecified'. */
  place: string | null;
  /** previous count + inflow − outflow. */
  expected: number;
  /** The count of `to`. */
  actual: number;
}

export interface ConsistencyReport {
  /** Pairs of consecutive count dates checked (every month between them has flows). */
  checked: { from: string; to: string; months: string[] }[];
  mismatches: ConsistencyMismatch[];
  /** Pairs around the months asked about that could not be checked: some month between them has no flows. */
  unchecked: { from: string; to: string; missing: string[] }[];
}

/**
 * Whether running cases follow from the previous count plus inflow minus outflow, per pair of
 * consecutive count dates whose months include one of `months` (the file's). A count date counts
 * the cases open at the start of its day, so a month's flows fall between two count dates when
 * the month has a day in [from, to) — exactly so when both are the first of a month. With count
 * dates inside a month, the months that overlap count fully: a mismatch can then be the days
 * outside the interval, which the report says.
 */
export function checkConsistency(
  counts: readonly RunningCount[],
  flows: readonly PlaceFlow[],
  months: ReadonlySet<string>,
): ConsistencyReport {
  const byMonth = new Map<string, PlaceFlow[]>();
  for (const f of flows) {
    const list = byMonth.get(f.month);
    if (list) list.push(f);
    else byMonth.set(f.month, [f]);
  }
  const sorted = [...counts].sort((a, b) => a.peildatum.localeCompare(b.peildatum));
  const report: ConsistencyReport = { checked: [], mismatches: [], unchecked: [] };
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1] as RunningCount;
    const after = sorted[i] as RunningCount;
    const between = monthsOverlapping(before.peildatum, after.peildatum);
    if (!between.some((m) => months.has(m))) continue;
    const missing = between.filter((m) => !byMonth.has(m));
    if (missing.length > 0) {
      report.unchecked.push({ from: before.peildatum, to: after.peildatum, missing });
      continue;
    }
    report.checked.push({ from: before.peildatum, to: after.peildatum, months: between });
    const net = new Map<string | null, number>();
    for (const m of between)
      for (const f of byMonth.get(m) ?? []) net.set(f.municipalityCode, (net.get(f.municipalityCode) ?? 0) + f.inflow - f.outflow);
    const regionNet = [...net.values()].reduce((s, n) => s + n, 0);
    const pair = { from: before.peildatum, to: after.peildatum, months: between };
    if (before.total + regionNet !== after.total) {
      report.mismatches.push({ ...pair, place: null, expected: before.total + regionNet, actual: after.total });
    }
    for (const [place, change] of net) {
      const was = before.byPlace.get(place);
      const is = after.byPlace.get(place);
      if (was === undefined || is === undefined) continue;
      if (was + change !== is) {
        report.mismatches.push({ ...pair, place: place ?? 'unspecified', expected: was + change, actual: is });
      }
    }
  }
  return report;
}
