import { per10k } from '@zv/shared';
import type { RegionPopulationSum } from './population.js';

/** The pure ratios live in shared/ (the client computes with the same ones). */
export { per10k, perInhabitant, relativeChange, share } from '@zv/shared';

/**
 * The region's cases per 10.000 inhabitants: only when every municipality's inhabitants are
 * known — a rate over part of the region would look like the region's. Null otherwise.
 */
export function regionPer10k(total: number, region: RegionPopulationSum | null | undefined): number | null {
  return region?.complete ? per10k(total, region.inhabitants) : null;
}
