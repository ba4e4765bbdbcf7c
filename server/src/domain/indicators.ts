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
}

/** How recent a figure is: the latest count date, contribution year and inhabitants' year it rests on. */
export interface IndicatorUpdate {
  peildatum: string | null;
  year: number | null;
  populationYear: number | null;
}

export interface IndicatorModel extends IndicatorTexts {
  code: IndicatorCode;
  status: IndicatorStatus;
  /** Why it is provisional or final, in words. */
  statusNote: string;
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
  | 'funding'
  | 'capacity'
  | 'themes'
  | 'goals';

const RULES: Readonly<Record<IndicatorCode, { basis: Basis; status: IndicatorStatus; statusNote: Record<IndicatorLanguage, string> }>> = {
  RUNNING_CASES: { basis: 'counts', status: 'FINAL', statusNote: final() },
  CASES_CHANGE: { basis: 'counts', status: 'FINAL', statusNote: final() },
  CASES_PER_10K: { basis: 'countsAndPopulation', status: 'FINAL', statusNote: final() },
  SHARE_OF_REGION: { basis: 'brokenDown', status: 'FINAL', statusNote: final() },
  CASES_PER_DOMAIN: { basis: 'byDomain', status: 'FINAL', statusNote: final() },
  UNSPECIFIED_CASES: { basis: 'brokenDown', status: 'FINAL', statusNote: final() },
  UNSPECIFIED_SHARE: { basis: 'brokenDown', status: 'FINAL', statusNote: final() },
  CONTRIBUTIONS: { basis: 'contributions', status: 'PROVISIONAL', statusNote: budget() },
  CONTRIBUTIONS_TOTAL: { basis: 'contributions', status: 'PROVISIONAL', statusNote: budget() },
  CONTRIBUTION_PER_INHABITANT: { basis: 'contributionsAndPopulation', status: 'PROVISIONAL', statusNote: budget() },
  CONTRIBUTION_PER_CASE: { basis: 'contributionsAndCounts', status: 'PROVISIONAL', statusNote: budget() },
  SHARE_COMPARISON: { basis: 'contributionsAndCounts', status: 'PROVISIONAL', statusNote: budget() },
  FUNDING_SOURCES: {
    basis: 'funding',
    status: 'FINAL',
    statusNote: {
      nl: 'Zoals de bronnen de geldstromen noemen; bedragen die de bronnen niet geven, zijn niet ingevuld.',
      en: 'As the sources name the streams of money; amounts the sources do not give are left empty.',
    },
  },
  CAPACITY_FTE: {
    basis: 'capacity',
    status: 'PROVISIONAL',
    statusNote: {
      nl: 'Voorlopig: de bron noemt de uitbreiding van de formatie als voornemen bij de (bijgestelde) begroting, deels tijdelijk.',
      en: 'Provisional: the source states the expansion of the team as planned with the (revised) budget, partly temporary.',
    },
  },
  PRIORITIES_BY_STATUS: {
    basis: 'themes',
    status: 'PROVISIONAL',
    statusNote: {
      nl: 'Voorlopig: een beoordeling van het ZVH die verandert naarmate het werk vordert.',
      en: 'Provisional: an assessment by the ZVH that changes as the work progresses.',
    },
  },
  GOALS_BY_STATUS: {
    basis: 'goals',
    status: 'PROVISIONAL',
    statusNote: {
      nl: 'Voorlopig: de status wordt opnieuw bepaald bij elke nieuwe telling of elk nieuw jaar aan bijdragen.',
      en: 'Provisional: the status is determined again with every new count or year of contributions.',
    },
  },
};

function final(): Record<IndicatorLanguage, string> {
  return {
    nl: 'Definitief zoals gepubliceerd of aangeleverd. Een latere aanlevering kan een telling vervangen; de vorige versie blijft bewaard.',
    en: 'Final as published or delivered. A later delivery may replace a count; the previous version is kept.',
  };
}

function budget(): Record<IndicatorLanguage, string> {
  return {
    nl: 'Voorlopig: de bedragen komen uit de begroting van het ZVH, die het bestuurlijk overleg nog bespreekt; geen jaarrekening.',
    en: 'Provisional: the amounts come from the ZVH budget, still to be discussed by the board; not the annual accounts.',
  };
}

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
    statusNote: rule.statusNote[lang],
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
  const populationYear = facts.population.length > 0 ? Math.max(...facts.population.map((p) => p.year)) : null;
  const populationSources = facts.population.filter((p) => p.year === populationYear).map((p) => p.sourceId);
  const update = (parts: Partial<IndicatorUpdate>): IndicatorUpdate | null => {
    const value = { peildatum: parts.peildatum ?? null, year: parts.year ?? null, populationYear: parts.populationYear ?? null };
    return value.peildatum === null && value.year === null && value.populationYear === null ? null : value;
  };
  switch (basis) {
    case 'counts':
    case 'brokenDown':
    case 'byDomain':
      return { sourceIds: distinct(counts.map((c) => c.sourceId)), lastUpdate: update({ peildatum: latestCount?.peildatum }) };
    case 'countsAndPopulation':
      return {
        sourceIds: distinct([...facts.counts.filter((c) => c.brokenDown).map((c) => c.sourceId), ...populationSources]),
        lastUpdate: update({ peildatum: facts.counts.filter((c) => c.brokenDown).at(-1)?.peildatum, populationYear }),
      };
    case 'contributions':
      return { sourceIds: distinct(facts.contributionYears.map((y) => y.sourceId)), lastUpdate: update({ year: latestYear?.year }) };
    case 'contributionsAndPopulation':
      return {
        sourceIds: distinct([...facts.contributionYears.map((y) => y.sourceId), ...populationSources]),
        lastUpdate: update({ year: latestYear?.year, populationYear }),
      };
    case 'contributionsAndCounts': {
      const brokenDown = facts.counts.filter((c) => c.brokenDown);
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
    case 'themes':
      return { sourceIds: distinct(facts.themeSourceIds), lastUpdate: null };
    case 'goals':
      return { sourceIds: [], lastUpdate: update({ peildatum: facts.counts.at(-1)?.peildatum, year: latestYear?.year }) };
  }
}

function distinct(ids: readonly number[]): number[] {
  return [...new Set(ids)];
}
