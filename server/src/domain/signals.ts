/**
 * Early-warning signals (issue 18): a figure that leaves its recent range, or a goal whose latest
 * value is in its at-risk band or past it. Pure functions; graphql/signals.ts feeds them the series
 * a viewer may see.
 *
 * The range rule. For a series of counts, oldest first, the latest value is compared with the six
 * counts before it (the latest is NOT in the window: a jump must not widen the range it is tested
 * against). The range is median ± max(2 × MAD, minimum change), MAD being the median absolute
 * deviation of those six; its edges belong to it. The latest is a signal when it lies outside: more
 * than 2 MAD from the median (exactly 2 MAD is inside) and more than the figure's minimum change.
 * The minimum matters when MAD is 0 (four of the six equal, or a constant series): without it any
 * change of one case would be a signal. It is 2 cases for counts, so a signal takes a change of at
 * least 3 — a change of one or two cases in a running count is everyday noise, and a warning about
 * it in a municipality with a handful of cases would point at single people — and 0,5 per 10.000
 * inhabitants for rates. With fewer than seven counts the rule does not run and says so.
 */
import { goalStatus, type GoalStatus, type Target } from './goalStatus.js';

/** The counts the range rule compares the latest with. */
export const RANGE_WINDOW = 6;
/** How many median absolute deviations from the median a value may lie and still be in range. */
export const RANGE_MADS = 2;
/** Counts the range rule needs: the window and the latest. */
export const RANGE_COUNTS_NEEDED = RANGE_WINDOW + 1;

export type SignalFigure = 'RUNNING_CASES' | 'CASES_PER_10K' | 'DOMAIN_CASES' | 'GOAL';
export type SignalRule = 'OUT_OF_RANGE' | 'GOAL_AT_RISK' | 'GOAL_OFF_TRACK';
export type SignalSeverity = 'HIGH' | 'MEDIUM';
export type SignalDirection = 'ABOVE' | 'BELOW';

/** A signal needs a change from the median of more than this, per kind of figure (see the note above). */
export const MIN_CHANGE: Readonly<Record<Exclude<SignalFigure, 'GOAL'>, number>> = {
  RUNNING_CASES: 2,
  DOMAIN_CASES: 2,
  CASES_PER_10K: 0.5,
};

export interface SeriesPoint {
  date: string;
  value: number;
}

/** Which figure a series or signal is about: the region's (no municipality, no domain), a municipality's, a domain's. */
export interface FigureKey {
  figure: SignalFigure;
  municipalityCode: string | null;
  domainCode: string | null;
  goalId: number | null;
}

export interface Signal extends FigureKey {
  rule: SignalRule;
  severity: SignalSeverity;
  /** The count date (or reporting date) of the value. */
  date: string;
  value: number;
  direction: SignalDirection | null;
  /** OUT_OF_RANGE: the median and MAD of the previous six counts. */
  median: number | null;
  mad: number | null;
  /** The range (OUT_OF_RANGE) or on-track band (goals) the value left; null where it is open. */
  low: number | null;
  high: number | null;
  /** Goals: the status reached. */
  goalStatus: GoalStatus | null;
  /**
   * Goals: the date of the goal's previous value when that value was still on track, i.e. the goal
   * crossed into (or past) its band between then and `date`; null when it was already there, or
   * has no earlier value.
   */
  crossedSince: string | null;
  /** For ordering within a severity: how far beyond the edge, relative to the allowed distance. */
  weight: number;
}

/** A rule that could not run for a figure (or, with `appliesToAll`, for any figure). */
export interface Shortfall extends FigureKey {
  rule: 'OUT_OF_RANGE';
  counts: number;
  needed: number;
  appliesToAll: boolean;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median absolute deviation from the median (unscaled). */
export function medianAbsoluteDeviation(values: readonly number[]): number {
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m)));
}

export type RangeOutcome =
  | { kind: 'too-few'; counts: number; needed: number }
  | { kind: 'in-range'; median: number; mad: number; low: number; high: number }
  | {
      kind: 'signal';
      median: number;
      mad: number;
      low: number;
      high: number;
      direction: SignalDirection;
      latest: SeriesPoint;
      weight: number;
    };

/**
 * The range rule for one series, oldest first: the range is median ± max(2 MAD, minimum change), its
 * edges included (never below 0); a value outside it is a signal.
 */
export function rangeRule(series: readonly SeriesPoint[], minChange: number): RangeOutcome {
  if (series.length < RANGE_COUNTS_NEEDED) return { kind: 'too-few', counts: series.length, needed: RANGE_COUNTS_NEEDED };
  const latest = series.at(-1)!;
  const window = series.slice(-RANGE_COUNTS_NEEDED, -1).map((p) => p.value);
  const m = median(window);
  const mad = medianAbsoluteDeviation(window);
  const allowed = Math.max(RANGE_MADS * mad, minChange);
  // Counts and rates are never below 0: the range says so rather than "-1 to 5".
  const range = { median: m, mad, low: Math.max(0, m - allowed), high: m + allowed };
  const deviation = Math.abs(latest.value - m);
  // Compare with a little slack: 2 × MAD of values such as 0,1 is not exact in floating point.
  const epsilon = 1e-9 * Math.max(1, Math.abs(m));
  if (deviation <= allowed + epsilon) return { kind: 'in-range', ...range };
  return {
    kind: 'signal',
    ...range,
    direction: latest.value > m ? 'ABOVE' : 'BELOW',
    latest,
    weight: deviation / allowed,
  };
}

export interface FigureSeries extends FigureKey {
  figure: Exclude<SignalFigure, 'GOAL'>;
  points: readonly SeriesPoint[];
}

export interface GoalInput extends Target {
  id: number;
  municipalityCode: string | null;
  latest: SeriesPoint | null;
  /** The value before the latest, if any. */
  previous: SeriesPoint | null;
  manual: boolean;
  staleAfterDays: number;
}

export interface SignalList {
  signals: Signal[];
  shortfalls: Shortfall[];
}

/** The on-track band of a target: [low, high], null where open. */
export function onTrackBand(target: Target): { low: number | null; high: number | null } {
  switch (target.direction) {
    case 'AT_MOST':
      return { low: null, high: target.target };
    case 'AT_LEAST':
      return { low: target.target, high: null };
    case 'BETWEEN':
      return { low: target.target, high: target.targetUpper ?? target.target };
  }
}

/**
 * A goal's signal: its latest value is in the at-risk band (AT_RISK) or past it (OFF_TRACK), as the
 * goal's own status says (goalStatus, the one rule); null when on track, without a value or stale.
 * When the value before it was on track (by the same rule, as it stood on the latest value's date),
 * the signal says since when: the goal has just crossed into its band.
 */
export function goalSignal(goal: GoalInput, today: string): Signal | null {
  const status = goalStatus(goal, goal.latest, { manual: goal.manual, staleAfterDays: goal.staleAfterDays, today });
  if ((status !== 'AT_RISK' && status !== 'OFF_TRACK') || !goal.latest) return null;
  const before = goal.previous
    ? goalStatus(goal, goal.previous, { manual: goal.manual, staleAfterDays: goal.staleAfterDays, today: goal.latest.date })
    : null;
  const band = onTrackBand(goal);
  const value = goal.latest.value;
  const direction: SignalDirection = band.high !== null && value > band.high ? 'ABOVE' : 'BELOW';
  const edge = direction === 'ABOVE' ? band.high! : band.low!;
  return {
    figure: 'GOAL',
    municipalityCode: goal.municipalityCode,
    domainCode: null,
    goalId: goal.id,
    rule: status === 'OFF_TRACK' ? 'GOAL_OFF_TRACK' : 'GOAL_AT_RISK',
    severity: status === 'OFF_TRACK' ? 'HIGH' : 'MEDIUM',
    date: goal.latest.date,
    value,
    direction,
    median: null,
    mad: null,
    low: band.low,
    high: band.high,
    goalStatus: status,
    crossedSince: before === 'ON_TRACK' ? goal.previous!.date : null,
    weight: Math.abs(value - edge) / Math.max(Math.abs(edge), 1),
  };
}

/**
 * Every signal for the series and goals given, most severe first (then: the region before
 * municipalities, the furthest beyond its edge first), and the statements where the range rule
 * could not run. When it could run for none of the series, one statement with `appliesToAll`
 * replaces the per-figure ones (counts: the longest series).
 */
export function signalList(series: readonly FigureSeries[], goals: readonly GoalInput[], today: string): SignalList {
  const signals: Signal[] = [];
  const shortfalls: Shortfall[] = [];
  for (const s of series) {
    const outcome = rangeRule(s.points, MIN_CHANGE[s.figure]);
    const key: FigureKey = { figure: s.figure, municipalityCode: s.municipalityCode, domainCode: s.domainCode, goalId: null };
    if (outcome.kind === 'too-few') {
      shortfalls.push({ ...key, rule: 'OUT_OF_RANGE', counts: outcome.counts, needed: outcome.needed, appliesToAll: false });
    } else if (outcome.kind === 'signal') {
      signals.push({
        ...key,
        rule: 'OUT_OF_RANGE',
        severity: 'MEDIUM',
        date: outcome.latest.date,
        value: outcome.latest.value,
        direction: outcome.direction,
        median: outcome.median,
        mad: outcome.mad,
        low: outcome.low,
        high: outcome.high,
        goalStatus: null,
        crossedSince: null,
        weight: outcome.weight,
      });
    }
  }
  for (const goal of goals) {
    const signal = goalSignal(goal, today);
    if (signal) signals.push(signal);
  }
  const rank = (s: Signal) => (s.severity === 'HIGH' ? 0 : 1);
  const scope = (s: FigureKey) => (s.municipalityCode === null ? 0 : 1);
  signals.sort((a, b) => rank(a) - rank(b) || scope(a) - scope(b) || b.weight - a.weight);
  if (series.length > 0 && shortfalls.length === series.length) {
    const counts = Math.max(...shortfalls.map((s) => s.counts));
    return {
      signals,
      shortfalls: [
        {
          figure: 'RUNNING_CASES',
          municipalityCode: null,
          domainCode: null,
          goalId: null,
          rule: 'OUT_OF_RANGE',
          counts,
          needed: RANGE_COUNTS_NEEDED,
          appliesToAll: true,
        },
      ],
    };
  }
  return { signals, shortfalls };
}
