import type { CaseCountRow, CaseloadSnapshotRow } from '../store/types.js';

export interface DomainCount {
  domainCode: string;
  count: number;
}

/** Municipality totals of a count, in the order stored. Empty when not broken down. */
export function municipalityTotals(rows: readonly CaseCountRow[]): { municipalityCode: string; count: number }[] {
  return rows
    .filter((r) => r.scope === 'municipality' && r.domainCode === null && r.municipalityCode !== null)
    .map((r) => ({ municipalityCode: r.municipalityCode as string, count: r.count }));
}

/** Whether a count is broken down by municipality (the overview and the map need one that is). */
export function isBrokenDown(rows: readonly CaseCountRow[]): boolean {
  return municipalityTotals(rows).length > 0;
}

/** "Niet gespecificeerd": null when the count is not broken down at all. */
export function unspecifiedTotal(rows: readonly CaseCountRow[]): number | null {
  const row = rows.find((r) => r.scope === 'unspecified' && r.domainCode === null);
  return unspecifiedOf(
    row?.count ?? null,
    rows.some((r) => r.scope === 'municipality' && r.domainCode === null),
  );
}

/** "Niet gespecificeerd" from the stated row (if any) and whether the count is broken down by municipality. */
export function unspecifiedOf(stated: number | null, brokenDown: boolean): number | null {
  if (stated !== null) return stated;
  // Broken down by municipality without an unspecified line: nothing was unspecified.
  return brokenDown ? 0 : null;
}

/** One municipality's counts per knowledge domain. */
export function municipalityDomainCounts(rows: readonly CaseCountRow[], municipalityCode: string): DomainCount[] {
  return rows
    .filter((r) => r.scope === 'municipality' && r.municipalityCode === municipalityCode && r.domainCode !== null)
    .map((r) => ({ domainCode: r.domainCode as string, count: r.count }));
}

/**
 * The region's counts per knowledge domain: as stated for the region when the count has them,
 * otherwise the sum of the finer counts (municipalities and unspecified) per domain.
 */
export function regionDomainCounts(rows: readonly CaseCountRow[]): DomainCount[] {
  const stated = rows.filter((r) => r.scope === 'region' && r.domainCode !== null);
  const source = stated.length > 0 ? stated : rows.filter((r) => r.scope !== 'region' && r.domainCode !== null);
  const sums = new Map<string, number>();
  for (const r of source) sums.set(r.domainCode as string, (sums.get(r.domainCode as string) ?? 0) + r.count);
  return [...sums].map(([domainCode, count]) => ({ domainCode, count }));
}

/** The count before `peildatum` in a list ordered oldest first; null for the first. */
export function previousSnapshot(snapshots: readonly CaseloadSnapshotRow[], peildatum: string): CaseloadSnapshotRow | null {
  let previous: CaseloadSnapshotRow | null = null;
  for (const s of snapshots) {
    if (s.peildatum >= peildatum) break;
    previous = s;
  }
  return previous;
}
