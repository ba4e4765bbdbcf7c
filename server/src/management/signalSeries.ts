import { RANGE_COUNTS_NEEDED, signalList, type FigureSeries, type GoalInput, type SignalList } from '../domain/signals.js';
import type { DomainVisibility } from '../domain/visibility.js';
import type { GoalRow, Indicator } from '../store/types.js';
import type { GoalPoint } from './goalSeries.js';

/** What the signals read: a request's loaders (graphql/loaders.ts), so a viewer's suppression applies. */
export interface SignalSources {
  snapshots(): Promise<readonly { peildatum: string; total: number }[]>;
  municipalities(): Promise<readonly { code: string }[]>;
  knowledgeDomains(): Promise<readonly { code: string }[]>;
  goals(): Promise<readonly GoalRow[]>;
  /**
   * A goal's indicator over time, at least its last RANGE_COUNTS_NEEDED values (also for the
   * figures below, asked as goals without an id).
   */
  goalSeries(goals: readonly GoalRow[]): Promise<GoalPoint[][]>;
  /** Per count date, what this viewer may see of the breakdown by knowledge domain. */
  domainVisibility(peildata: readonly string[]): Promise<DomainVisibility[]>;
}

/** A figure asked for as a goal: goalSeries computes every indicator, so the series are computed once, the same way. */
export function figureAsGoal(id: number, indicator: Indicator, municipalityCode: string | null): GoalRow {
  return {
    id,
    title: '',
    themeCode: null,
    municipalityCode,
    indicator,
    direction: 'AT_MOST',
    target: 0,
    targetUpper: null,
    margin: 0,
    deadline: null,
    staleAfterDays: 0,
    unit: null,
  };
}

/**
 * The series a viewer may see, and the goals, run through the rules. The region's running cases
 * come from every count; the municipalities' and the rates from the counts broken down by
 * municipality (published exactly to every role). The region per knowledge domain comes from the
 * counts that have it, and only where none of the counts the range rule reads (the last seven) is
 * hidden from this viewer: otherwise whether a signal fires would tell something about a hidden
 * count. Such a domain is left out altogether, as its table shows it hidden.
 */
export async function signalsFor(sources: SignalSources, today: string): Promise<SignalList> {
  const [snapshots, municipalities, domains, goals] = await Promise.all([
    sources.snapshots(),
    sources.municipalities(),
    sources.knowledgeDomains(),
    sources.goals(),
  ]);
  // Negative ids: no goal has one, so no reported values are read for them.
  const figures: { key: Omit<FigureSeries, 'points'>; goal: GoalRow }[] = [
    {
      key: { figure: 'CASES_PER_10K', municipalityCode: null, domainCode: null, goalId: null },
      goal: figureAsGoal(-1, 'CASES_PER_10K', null),
    },
    ...municipalities.flatMap((m, i) => [
      {
        key: { figure: 'RUNNING_CASES' as const, municipalityCode: m.code, domainCode: null, goalId: null },
        goal: figureAsGoal(-2 - 2 * i, 'RUNNING_CASES', m.code),
      },
      {
        key: { figure: 'CASES_PER_10K' as const, municipalityCode: m.code, domainCode: null, goalId: null },
        goal: figureAsGoal(-3 - 2 * i, 'CASES_PER_10K', m.code),
      },
    ]),
  ];
  const [figureSeries, goalSeries, byDomain] = await Promise.all([
    sources.goalSeries(figures.map((f) => f.goal)),
    sources.goalSeries(goals),
    latestByDomain(sources, snapshots),
  ]);

  const series: FigureSeries[] = [
    {
      figure: 'RUNNING_CASES',
      municipalityCode: null,
      domainCode: null,
      goalId: null,
      points: snapshots.map((s) => ({ date: s.peildatum, value: s.total })),
    },
    ...figures.map((f, i) => ({ ...f.key, points: figureSeries[i] ?? [] })),
  ];
  // A municipality without a count broken down says nothing per figure: the region's statement covers it.
  const shown = series.filter((s) => s.municipalityCode === null || s.points.length > 0);

  for (const domain of domains) {
    const points = byDomain.map(({ date, counts }) => ({ date, count: counts.find((c) => c.domainCode === domain.code) }));
    // Only the counts the rule reads are passed on: older ones may be hidden, and play no part.
    const read = points.slice(-RANGE_COUNTS_NEEDED).map((p) => (p.count && !p.count.suppressed ? p.count.count : null));
    if (read.length === 0 || read.some((count) => count === null)) continue;
    shown.push({
      figure: 'DOMAIN_CASES',
      municipalityCode: null,
      domainCode: domain.code,
      goalId: null,
      points: points.slice(-RANGE_COUNTS_NEEDED).map((p, i) => ({ date: p.date, value: read[i] ?? 0 })),
    });
  }

  const goalInputs: GoalInput[] = goals.map((goal, i) => ({
    ...goal,
    latest: goalSeries[i]?.at(-1) ?? null,
    previous: goalSeries[i]?.at(-2) ?? null,
    manual: goal.indicator === 'MANUAL',
  }));
  return signalList(shown, goalInputs, today);
}

/**
 * The region's counts per knowledge domain, as the viewer may see them, of the latest count dates
 * that have them — at least the RANGE_COUNTS_NEEDED the rule reads, or all there are. Asked from the
 * latest date back, a few dates at a time: what a viewer may see of a date costs about a millisecond
 * to work out, and a national database holds ten years of monthly counts (the rule reads seven).
 */
async function latestByDomain(
  sources: SignalSources,
  snapshots: readonly { peildatum: string }[],
): Promise<{ date: string; counts: ReturnType<DomainVisibility['region']> }[]> {
  const dates = snapshots.map((s) => s.peildatum);
  const found: { date: string; counts: ReturnType<DomainVisibility['region']> }[] = [];
  for (let end = dates.length; end > 0 && found.length < RANGE_COUNTS_NEEDED; end -= RANGE_COUNTS_NEEDED) {
    const chunk = dates.slice(Math.max(0, end - RANGE_COUNTS_NEEDED), end);
    const visibility = await sources.domainVisibility(chunk);
    const withDomains = chunk.flatMap((date, i) => {
      const counts = visibility[i]?.region() ?? [];
      return counts.length > 0 ? [{ date, counts }] : [];
    });
    found.unshift(...withDomains);
  }
  return found;
}
