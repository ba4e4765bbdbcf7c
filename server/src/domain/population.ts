import type { PopulationRow } from '../store/types.js';

/**
 * The inhabitants to use for a figure: the latest known year at or before `year`, or the latest
 * known at all when `year` is omitted. Years are incomplete per municipality, so the answer
 * says which year it is; null when nothing is known that early.
 */
export function populationAt(rows: readonly PopulationRow[], year?: number | null): PopulationRow | null {
  let best: PopulationRow | null = null;
  for (const row of rows) {
    if (year != null && row.year > year) continue;
    if (!best || row.year > best.year) best = row;
  }
  return best;
}

/**
 * The inhabitants to use for a count on `peildatum`: the latest year whose reference date lies
 * at or before the count date (a figure "per 1 januari 2022" applies to a count of 1-2-2023).
 */
export function populationAtDate(rows: readonly PopulationRow[], peildatum: string): PopulationRow | null {
  let best: PopulationRow | null = null;
  for (const row of rows) {
    const from = row.referenceDate ?? `${row.year}-01-01`;
    if (from > peildatum) continue;
    if (!best || row.year > best.year) best = row;
  }
  return best;
}

export interface RegionPopulationSum {
  inhabitants: number;
  /** Every municipality has a figure. */
  complete: boolean;
  /** The distinct years the sum is made of, oldest first. */
  years: number[];
}

/** Sums the municipalities' chosen figures; null when none is known. */
export function sumPopulation(chosen: readonly (PopulationRow | null)[]): RegionPopulationSum | null {
  const known = chosen.filter((p): p is PopulationRow => p !== null);
  if (known.length === 0) return null;
  return {
    inhabitants: known.reduce((sum, p) => sum + p.inhabitants, 0),
    complete: known.length === chosen.length,
    years: [...new Set(known.map((p) => p.year))].sort((a, b) => a - b),
  };
}
