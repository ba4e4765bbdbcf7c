import { INDICATOR_CODES, INDICATOR_TEXTS, type IndicatorCode, type IndicatorLanguage, type IndicatorTexts } from '@zv/shared';

/**
 * The catalogue of defined indicators: for every figure on screen what it counts (the texts, in
 * @zv/shared so the client shows them in both languages), and what only the data can say — which
 * documents it comes from and how recent it is. Nothing here is a date or frequency the sources do
 * not give: the next update is "not known" unless a source names it, and none does.
 */

export type IndicatorStatus = 'PROVISIONAL' | 'FINAL';

/** What the catalogue reads from the database of the region served. */
export interface IndicatorFacts {
  /** Every count date, oldest first, with whether it is broken down by municipality and by knowledge domain. */
  counts: readonly { peildatum: string; sourceId: number; brokenDown: boolean; byDomain: boolean }[];
  /** Every contribution year, oldest first. */
  contributionYears: readonly { year: number; sourceId: number }[];
  /** Every inhabitants' figure of the region's municipalities. */
  population: readonly { year: number; sourceId: number }[];
  fundingSourceIds: readonly number[];
  capacitySourceIds: readonly number[];
  themeSourceIds: readonly number[];
  /** Every month of flows, oldest first, with whether it reports closed within the norm and throughput times. */
  flowMonths?: readonly { month: string; sourceId: number; withNorm: boolean; withTimes: boolean }[];
  /** The day ('YYYY-MM-DD') a priority was last changed in the dashboard (status, progress, milestone …); null: never. */
  themesChangedOn?: string | null;
}

/** How recent a figure is: the latest count date, contribution year and inhabitants' year it rests on. */
export interface IndicatorUpdate {
  peildatum: string | null;
  year: number | null;
  populationYear: number | null;
  /** The latest month of flows it rests on ('YYYY-MM'). */
  month?: string | null;
  /** The day of the last change made in the dashboard it rests on (a priority's status). */
  changedOn?: string | null;
}

export interface IndicatorModel extends IndicatorTexts {
  code: IndicatorCode;
  status: IndicatorStatus;
  sourceIds: number[];
  /** null when the database holds nothing it rests on yet. */
  lastUpdate: IndicatorUpdate | null;
  /** ISO date; null: not known (no source names one). */
  nextUpdate: string | null;
}

/** What an indicator rests on; the texts and the facts follow from it. */
type Basis =
  | 'counts'
  | 'brokenDown'
  | 'byDomain'
  | 'countsAndPopulation'
  | 'contributions'
  | 'contributionsAndPopulation'
  | 'contributionsAndCounts'
  | 'contributionsCountsAndPopulation'
  | 'funding'
  | 'capacity'
  | 'themes'
  | 'goals'
  | 'flows'
  | 'flowsWithNorm'
  | 'flowsWithTimes';

const RULES: Readonly<Record<IndicatorCode, { basis: Basis; status: IndicatorStatus }>> = {
  RUNNING_CASES: { basis: 'counts', status: 'FINAL' },
  CASES_CHANGE: { basis: 'counts', status: 'FINAL' },
  CASES_PER_10K: { basis: 'countsAndPopulation', status: 'FINAL' },
  SHARE_OF_REGION: { basis: 'brokenDown', status: 'FINAL' },
  CASES_PER_DOMAIN: { basis: 'byDomain', status: 'FINAL' },
  UNSPECIFIED_CASES: { basis: 'brokenDown', status: 'FINAL' },
  UNSPECIFIED_SHARE: { basis: 'brokenDown', status: 'FINAL' },
  // The contributions are the ZVH's budget, still to be discussed by the board (source 003).
  CONTRIBUTIONS: { basis: 'contributions', status: 'PROVISIONAL' },
  CONTRIBUTIONS_TOTAL: { basis: 'contributions', status: 'PROVISIONAL' },
  CONTRIBUTION_PER_INHABITANT: { basis: 'contributionsAndPopulation', status: 'PROVISIONAL' },
  CONTRIBUTION_PER_CASE: { basis: 'contributionsAndCounts', status: 'PROVISIONAL' },
  SHARE_COMPARISON: { basis: 'contributionsCountsAndPopulation', status: 'PROVISIONAL' },
  // Rests on the contributions too (per inhabitant), which are provisional.
  COMPARISON_WITH_REGION: { basis: 'contributionsCountsAndPopulation', status: 'PROVISIONAL' },
  NATIONAL_CASES_PER_10K: { basis: 'countsAndPopulation', status: 'FINAL' },
  FUNDING_SOURCES: { basis: 'funding', status: 'FINAL' },
  // Source 000 states the expansion of the team as planned with the (revised) budget.
  CAPACITY_FTE: { basis: 'capacity', status: 'PROVISIONAL' },
  PRIORITIES_BY_STATUS: { basis: 'themes', status: 'PROVISIONAL' },
  GOALS_BY_STATUS: { basis: 'goals', status: 'PROVISIONAL' },
  INFLOW: { basis: 'flows', status: 'FINAL' },
  OUTFLOW: { basis: 'flows', status: 'FINAL' },
  CLOSED_WITHIN_NORM: { basis: 'flowsWithNorm', status: 'FINAL' },
  THROUGHPUT_DAYS: { basis: 'flowsWithTimes', status: 'FINAL' },
};

/** The catalogue in `lang`, every indicator once, in the order of INDICATOR_CODES. */
export function indicatorCatalogue(facts: IndicatorFacts, lang: IndicatorLanguage = 'nl'): IndicatorModel[] {
  return INDICATOR_CODES.map((code) => indicatorOf(code, facts, lang));
}

/** One indicator; null for a code that is not in the catalogue. */
export function findIndicator(code: string, facts: IndicatorFacts, lang: IndicatorLanguage = 'nl'): IndicatorModel | null {
  return isIndicatorCode(code) ? indicatorOf(code, facts, lang) : null;
}

export function isIndicatorCode(code: string): code is IndicatorCode {
  return (INDICATOR_CODES as readonly string[]).includes(code);
}

function indicatorOf(code: IndicatorCode, facts: IndicatorFacts, lang: IndicatorLanguage): IndicatorModel {
  const rule = RULES[code];
  const { sourceIds, lastUpdate } = restsOn(rule.basis, facts);
  return {
    code,
    ...INDICATOR_TEXTS[code][lang],
    status: rule.status,
    sourceIds,
    lastUpdate,
    nextUpdate: null,
  };
}

function restsOn(basis: Basis, facts: IndicatorFacts): { sourceIds: number[]; lastUpdate: IndicatorUpdate | null } {
  const counts =
    basis === 'brokenDown'
      ? facts.counts.filter((c) => c.brokenDown)
      : basis === 'byDomain'
        ? facts.counts.filter((c) => c.byDomain)
        : facts.counts;
  const latestCount = counts.at(-1) ?? null;
  const latestYear = facts.contributionYears.at(-1) ?? null;
  // The inhabitants' year a figure uses: the latest known at or before the year of its date.
  const populationAt = (year: number | undefined) => {
    const years = facts.population.map((p) => p.year).filter((y) => year === undefined || y <= year);
    const used = years.length > 0 ? Math.max(...years) : null;
    return { populationYear: used, populationSources: facts.population.filter((p) => p.year === used).map((p) => p.sourceId) };
  };
  const update = (parts: Partial<IndicatorUpdate>): IndicatorUpdate | null => {
    const value = { peildatum: parts.peildatum ?? null, year: parts.year ?? null, populationYear: parts.populationYear ?? null };
    return value.peildatum === null && value.year === null && value.populationYear === null ? null : value;
  };
  switch (basis) {
    case 'counts':
    case 'brokenDown':
    case 'byDomain':
      return { sourceIds: distinct(counts.map((c) => c.sourceId)), lastUpdate: update({ peildatum: latestCount?.peildatum }) };
    case 'countsAndPopulation': {
      const brokenDown = facts.counts.filter((c) => c.brokenDown);
      const peildatum = brokenDown.at(-1)?.peildatum;
      const { populationYear, populationSources } = populationAt(peildatum ? Number(peildatum.slice(0, 4)) : undefined);
      return {
        sourceIds: distinct([...brokenDown.map((c) => c.sourceId), ...populationSources]),
        lastUpdate: update({ peildatum, populationYear }),
      };
    }
    case 'contributions':
      return { sourceIds: distinct(facts.contributionYears.map((y) => y.sourceId)), lastUpdate: update({ year: latestYear?.year }) };
    case 'contributionsAndPopulation': {
      const { populationYear, populationSources } = populationAt(latestYear?.year);
      return {
        sourceIds: distinct([...facts.contributionYears.map((y) => y.sourceId), ...populationSources]),
        lastUpdate: update({ year: latestYear?.year, populationYear }),
      };
    }
    case 'contributionsAndCounts':
    case 'contributionsCountsAndPopulation': {
      const brokenDown = facts.counts.filter((c) => c.brokenDown);
      const withPopulation = basis === 'contributionsCountsAndPopulation';
      const { populationYear, populationSources } = withPopulation
        ? populationAt(latestYear?.year)
        : { populationYear: null, populationSources: [] };
      return {
        sourceIds: distinct([
          ...facts.contributionYears.map((y) => y.sourceId),
          ...brokenDown.map((c) => c.sourceId),
          ...populationSources,
        ]),
        lastUpdate: update({ year: latestYear?.year, peildatum: brokenDown.at(-1)?.peildatum, populationYear }),
      };
    }
    case 'funding':
      return { sourceIds: distinct(facts.fundingSourceIds), lastUpdate: null };
    case 'capacity':
      return { sourceIds: distinct(facts.capacitySourceIds), lastUpdate: null };
    case 'themes': {
      // The statuses are set by the ZVH in the dashboard: its last change is the last update.
      const changedOn = facts.themesChangedOn ?? null;
      return {
        sourceIds: distinct(facts.themeSourceIds),
        lastUpdate: changedOn === null ? null : { peildatum: null, year: null, populationYear: null, changedOn },
      };
    }
    case 'flows':
    case 'flowsWithNorm':
    case 'flowsWithTimes': {
      const months = (facts.flowMonths ?? []).filter((m) =>
        basis === 'flowsWithNorm' ? m.withNorm : basis === 'flowsWithTimes' ? m.withTimes : true,
      );
      const month = months.at(-1)?.month ?? null;
      return {
        sourceIds: distinct(months.map((m) => m.sourceId)),
        lastUpdate: month === null ? null : { peildatum: null, year: null, populationYear: null, month },
      };
    }
    case 'goals':
      // The goals rest on the counts and the contributions (and on values reported by hand, which have no document).
      return {
        sourceIds: distinct([...facts.counts.map((c) => c.sourceId), ...facts.contributionYears.map((y) => y.sourceId)]),
        lastUpdate: update({ peildatum: facts.counts.at(-1)?.peildatum, year: latestYear?.year }),
      };
  }
}

function distinct(ids: readonly number[]): number[] {
  return [...new Set(ids)];
}
