import { per10k, perInhabitant, relativeChange, share } from '@zv/shared';
import type { RegionTotalsRow } from '../store/types.js';

/**
 * Comparisons (decision 0022): a municipality beside its region, and a region beside the national
 * network. Pure: the resolvers hand in the figures, these functions say how they compare.
 */

export type ComparisonKind = 'CASES_PER_10K' | 'SHARE_OF_CASES' | 'CONTRIBUTION_PER_INHABITANT' | 'CASES_CHANGE';
export type Direction = 'ABOVE' | 'BELOW' | 'ABOUT_EQUAL';

/**
 * Below this relative difference (5 %) a level is "about equal" to what it is compared with:
 * the figures rest on small counts and inhabitants of different years, so a smaller gap says
 * nothing. For a change (which may be 0 or negative) the same 5 is in percentage points.
 */
export const ABOUT_EQUAL_WITHIN = 0.05;

export interface ComparisonFigure {
  kind: ComparisonKind;
  /** The municipality's (or region's) figure; null when it has no basis. */
  own: number | null;
  /** What it is compared with: the region's (or the national) figure; null when it has no basis. */
  reference: number | null;
  /** own − reference. */
  difference: number | null;
  /** own / reference − 1; null when the reference is 0 or unknown. */
  relativeDifference: number | null;
  /** Null when either side is unknown. */
  direction: Direction | null;
}

/** Compares two levels (rates, amounts, shares): about equal within 5 % of the reference. */
export function compareLevels(kind: ComparisonKind, own: number | null, reference: number | null): ComparisonFigure {
  if (own === null || reference === null) return { kind, own, reference, difference: null, relativeDifference: null, direction: null };
  const relative = reference === 0 ? null : own / reference - 1;
  const direction: Direction =
    relative === null
      ? own === 0
        ? 'ABOUT_EQUAL'
        : 'ABOVE'
      : Math.abs(relative) < ABOUT_EQUAL_WITHIN
        ? 'ABOUT_EQUAL'
        : relative > 0
          ? 'ABOVE'
          : 'BELOW';
  return { kind, own, reference, difference: own - reference, relativeDifference: relative, direction };
}

/** Compares two changes (fractions): about equal within 5 percentage points. */
export function compareChanges(kind: ComparisonKind, own: number | null, reference: number | null): ComparisonFigure {
  if (own === null || reference === null) return { kind, own, reference, difference: null, relativeDifference: null, direction: null };
  const difference = own - reference;
  const direction: Direction = Math.abs(difference) < ABOUT_EQUAL_WITHIN ? 'ABOUT_EQUAL' : difference > 0 ? 'ABOVE' : 'BELOW';
  return { kind, own, reference, difference, relativeDifference: reference === 0 ? null : own / reference - 1, direction };
}

export interface MunicipalityCount {
  code: string;
  count: number;
  /** Its inhabitants at the count date (populationAtDate); null when none is known that early. */
  inhabitants: number | null;
  populationYear: number | null;
}

export interface ComparisonInput {
  /** The municipality compared. */
  code: string;
  /** Every municipality of the region (so that the region's inhabitants are known to be complete). */
  municipalityCodes: readonly string[];
  latest: { peildatum: string; total: number; municipalities: readonly MunicipalityCount[] } | null;
  /** The count before it; `municipalities` empty when it was not broken down. */
  previous: { peildatum: string; total: number; municipalities: readonly { code: string; count: number }[] } | null;
  /** The latest contribution year, each municipality with its inhabitants of that year (populationAt). */
  contributions: { year: number; municipalities: readonly { code: string; amountEur: number; inhabitants: number | null }[] } | null;
}

export interface MunicipalityComparison {
  code: string;
  peildatum: string | null;
  previousPeildatum: string | null;
  contributionYear: number | null;
  /** The municipality's inhabitants' year used for its rate and share. */
  populationYear: number | null;
  /** Cases assigned to a municipality: the basis of the region's rate and of every share of cases (0010). */
  assignedCases: number | null;
  figures: ComparisonFigure[];
}

/**
 * A municipality beside its region:
 * - cases per 10.000 inhabitants against the region's, both over the cases assigned to a
 *   municipality ("niet gespecificeerd" belongs to none, so counting it for the region would
 *   put every municipality below it); the region's rate only with every municipality's inhabitants;
 * - its share of the (assigned) cases against its share of the region's inhabitants;
 * - its contribution per inhabitant against the region's (total / inhabitants, same year);
 * - its change since the previous count against the region's (region totals, as the overview).
 */
export function compareMunicipality(input: ComparisonInput): MunicipalityComparison {
  const { latest, previous, contributions } = input;
  const own = latest?.municipalities.find((m) => m.code === input.code) ?? null;
  const assigned = latest && latest.municipalities.length > 0 ? latest.municipalities.reduce((sum, m) => sum + m.count, 0) : null;
  const everyInhabitant =
    latest !== null &&
    input.municipalityCodes.every((code) => latest.municipalities.some((m) => m.code === code && m.inhabitants !== null));
  const regionInhabitants = everyInhabitant ? latest.municipalities.reduce((sum, m) => sum + (m.inhabitants ?? 0), 0) : null;

  const ownRate = own ? per10k(own.count, own.inhabitants) : null;
  const regionRate = assigned !== null && regionInhabitants !== null ? per10k(assigned, regionInhabitants) : null;
  const ownShare = own && assigned !== null ? share(own.count, assigned) : null;
  const inhabitantsShare = own?.inhabitants != null && regionInhabitants !== null ? share(own.inhabitants, regionInhabitants) : null;

  const ownPrevious = previous?.municipalities.find((m) => m.code === input.code) ?? null;
  const ownChange = own && ownPrevious ? relativeChange(own.count, ownPrevious.count) : null;
  const regionChange = latest && previous ? relativeChange(latest.total, previous.total) : null;

  const ownContribution = contributions?.municipalities.find((c) => c.code === input.code) ?? null;
  const contributionsComplete =
    contributions !== null &&
    input.municipalityCodes.every((code) => contributions.municipalities.some((c) => c.code === code && c.inhabitants !== null));
  const regionPerInhabitant = contributionsComplete
    ? perInhabitant(
        contributions.municipalities.reduce((sum, c) => sum + c.amountEur, 0),
        contributions.municipalities.reduce((sum, c) => sum + (c.inhabitants ?? 0), 0),
      )
    : null;

  return {
    code: input.code,
    peildatum: latest?.peildatum ?? null,
    previousPeildatum: previous?.peildatum ?? null,
    contributionYear: contributions?.year ?? null,
    populationYear: own?.populationYear ?? null,
    assignedCases: assigned,
    figures: [
      compareLevels('CASES_PER_10K', ownRate, regionRate),
      compareLevels('SHARE_OF_CASES', ownShare, inhabitantsShare),
      compareLevels(
        'CONTRIBUTION_PER_INHABITANT',
        ownContribution ? perInhabitant(ownContribution.amountEur, ownContribution.inhabitants) : null,
        regionPerInhabitant,
      ),
      compareChanges('CASES_CHANGE', ownChange, regionChange),
    ],
  };
}

/** How many regions like it by inhabitants the national comparison names. */
export const SIMILAR_REGIONS = 4;
/** A region's latest count counts for the national average when it is at most this old. */
export const NATIONAL_COUNT_MAX_AGE_MONTHS = 12;

export interface RegionFigures {
  code: string;
  name: string;
  peildatum: string;
  total: number;
  inhabitants: number;
  populationYear: number;
  per10kInhabitants: number;
}

/**
 * Why a region is not in the national average, the first that applies in this order: it has no
 * count at or before the date; its latest count is more than 12 months older; not every one of its
 * municipalities' inhabitants is known at that count (or it has no municipality).
 */
export type LeftOutReason = 'NO_COUNT' | 'COUNT_TOO_OLD' | 'INHABITANTS_INCOMPLETE';

/** A region left out of the national average: named, with its latest count date and why. Region level only. */
export interface RegionLeftOut {
  code: string;
  name: string;
  /** Its latest count date at or before the date compared; null when it has none. */
  peildatum: string | null;
  reason: LeftOutReason;
  /** The served region itself (left out when not every municipality's inhabitants are known). */
  isServedRegion: boolean;
}

export interface NationalComparison {
  /** The served region's count date that is compared. */
  peildatum: string;
  /** The served region's figures; null when it has no count or not every municipality's inhabitants then. */
  own: RegionFigures | null;
  /** Every region in the database, the served one included. */
  regionsInDatabase: number;
  /** The regions in the national average (a recent count and every municipality's inhabitants). */
  regionsCompared: number;
  /** Regions left out of the average: no count in the 12 months to the date, or inhabitants incomplete. */
  regionsLeftOut: number;
  /** The same regions by name: ordered by name (Dutch collation, ties by code), the served region among them when it is left out. */
  leftOut: RegionLeftOut[];
  /** Σ cases / Σ inhabitants × 10.000 over the regions compared: weighted by inhabitants. */
  nationalPer10k: number | null;
  /** Own rate against the national one; null sides when unknown. */
  figure: ComparisonFigure;
  /** The regions most like it by inhabitants: the nearest in total inhabitants, at most 4, closest first (ties by code). */
  similar: RegionFigures[];
}

/** The date `months` months before an ISO date (the day clamped to the month's length). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * A region beside the national network at `peildatum` (its own count date): each region with its
 * latest count at or before that date, if at most 12 months older, and its inhabitants then; every
 * other region named as left out with why. Region totals only (regionTotals holds no municipality's figure).
 */
export function compareNationally(ownCode: string, peildatum: string, regions: readonly RegionTotalsRow[]): NationalComparison {
  const oldest = monthsBefore(peildatum, NATIONAL_COUNT_MAX_AGE_MONTHS);
  const reasonLeftOut = (r: RegionTotalsRow): LeftOutReason | null => {
    if (r.peildatum === null || r.total === null) return 'NO_COUNT';
    if (r.peildatum < oldest) return 'COUNT_TOO_OLD';
    if (
      r.inhabitants === null ||
      r.populationYear === null ||
      r.municipalities === 0 ||
      r.municipalitiesWithInhabitants !== r.municipalities
    )
      return 'INHABITANTS_INCOMPLETE';
    return null;
  };
  const usable = (r: RegionTotalsRow): RegionFigures | null =>
    reasonLeftOut(r) === null && r.peildatum !== null && r.total !== null && r.inhabitants !== null && r.populationYear !== null
      ? {
          code: r.code,
          name: r.name,
          peildatum: r.peildatum,
          total: r.total,
          inhabitants: r.inhabitants,
          populationYear: r.populationYear,
          per10kInhabitants: (r.total / r.inhabitants) * 10_000,
        }
      : null;
  const leftOut = regions
    .flatMap((r): RegionLeftOut[] => {
      const reason = reasonLeftOut(r);
      return reason === null ? [] : [{ code: r.code, name: r.name, peildatum: r.peildatum, reason, isServedRegion: r.code === ownCode }];
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl') || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const compared = regions.map(usable).filter((r): r is RegionFigures => r !== null);
  const own = compared.find((r) => r.code === ownCode) ?? null;
  const cases = compared.reduce((sum, r) => sum + r.total, 0);
  const inhabitants = compared.reduce((sum, r) => sum + r.inhabitants, 0);
  const nationalPer10k = compared.length > 1 ? per10k(cases, inhabitants) : null;
  const similar = own
    ? compared
        .filter((r) => r.code !== ownCode)
        .sort((a, b) => Math.abs(a.inhabitants - own.inhabitants) - Math.abs(b.inhabitants - own.inhabitants) || (a.code < b.code ? -1 : 1))
        .slice(0, SIMILAR_REGIONS)
    : [];
  return {
    peildatum,
    own,
    regionsInDatabase: regions.length,
    regionsCompared: compared.length,
    regionsLeftOut: leftOut.length,
    leftOut,
    nationalPer10k,
    figure: compareLevels('CASES_PER_10K', own?.per10kInhabitants ?? null, nationalPer10k),
    similar,
  };
}
