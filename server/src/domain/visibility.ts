import type { Viewer } from '../auth/viewer.js';
import type { CaseCountRow } from '../store/types.js';
import { municipalityTotals, regionDomainCounts, unspecifiedTotal } from './caseload.js';
import { protectDomainTable, type DomainPattern, type DomainTable, type SecretChoices } from './suppression.js';

export interface VisibleCount {
  domainCode: string;
  /** null only when suppressed. */
  count: number | null;
  suppressed: boolean;
}

export interface DomainVisibility {
  /** One municipality's counts for every domain, as this viewer may see them; empty when the count has no such breakdown. */
  municipality(code: string): VisibleCount[];
  /** The region's counts for every domain, as this viewer may see them; empty when the count has no breakdown by domain. */
  region(): VisibleCount[];
}

const UNSPECIFIED = 'unspecified';

/** Roles that work with the cases themselves see every count. */
function seesEveryCount(viewer: Pick<Viewer, 'role'> | null): boolean {
  return viewer?.role === 'ZVH' || viewer?.role === 'BEHEERDER';
}

/**
 * One count's table by knowledge domain, complete: every municipality with a total and the
 * unspecified cases are rows, every domain a column, a missing count is 0. `rows` is empty when
 * the count gives the region per domain only; null when it has no breakdown by domain at all.
 */
export function domainTableOf(rows: readonly CaseCountRow[], domainCodes: readonly string[], k: number): DomainTable | null {
  if (!rows.some((r) => r.domainCode !== null)) return null;
  const finer = rows.some((r) => r.domainCode !== null && r.scope !== 'region');
  const counts = new Map<string, number>();
  for (const r of rows) {
    if (r.domainCode === null || r.scope === 'region') continue;
    counts.set(`${r.scope === 'unspecified' ? UNSPECIFIED : r.municipalityCode}|${r.domainCode}`, r.count);
  }
  const cellsOf = (key: string) => domainCodes.map((d) => counts.get(`${key}|${d}`) ?? 0);
  const unspecified = unspecifiedTotal(rows) ?? 0;
  const tableRows = finer
    ? [
        ...municipalityTotals(rows).map((m) => ({
          key: m.municipalityCode,
          total: m.count,
          cells: cellsOf(m.municipalityCode),
          knowable: true,
        })),
        ...(unspecified > 0 ? [{ key: UNSPECIFIED, total: unspecified, cells: cellsOf(UNSPECIFIED), knowable: false }] : []),
      ]
    : [];
  const region = new Map(regionDomainCounts(rows).map((d) => [d.domainCode, d.count]));
  const stated = rows.find((r) => r.scope === 'region' && r.domainCode === null)?.count;
  const total = finer
    ? tableRows.reduce((sum, r) => sum + r.total, 0)
    : (stated ?? municipalityTotals(rows).reduce((sum, m) => sum + m.count, unspecified));
  return { k, domains: domainCodes, rows: tableRows, regionCounts: domainCodes.map((d) => region.get(d) ?? 0), total };
}

/**
 * What a viewer may see of a count's breakdown by knowledge domain: the one place where roles meet
 * the protection rule. ZVH and BEHEERDER see every count. Every other viewer sees the one pattern
 * all restricted viewers share (`protectDomainTable`), and a GEMEENTE user its own row exactly on
 * top of it: pooling the answers of any number of restricted viewers gives nothing but their rows.
 * Answers every domain of `domainCodes`, in that order (the source's).
 *
 * `linked`: published flows link this count date to a neighbouring one (domain/flows.ts
 * linkedCountDates). Then restricted viewers see no count per domain of the region at all
 * (decision 0020): the flows make the two dates one table, and two patterns of it can pin what
 * each alone protects.
 */
export function domainVisibility(
  rows: readonly CaseCountRow[],
  domainCodes: readonly string[],
  viewer: Pick<Viewer, 'role' | 'municipalityCode'> | null,
  k: number,
  choices: SecretChoices,
  linked = false,
): DomainVisibility {
  const table = domainTableOf(rows, domainCodes, k);
  if (!table) return { municipality: () => [], region: () => [] };
  const exact = seesEveryCount(viewer);
  const own = viewer?.role === 'GEMEENTE' ? viewer.municipalityCode : null;
  const pattern: DomainPattern = exact
    ? { hiddenRows: new Set(), hiddenRegionCounts: new Set() }
    : linked
      ? { hiddenRows: new Set(table.rows.filter((r) => r.total > 0).map((r) => r.key)), hiddenRegionCounts: new Set(domainCodes) }
      : protectDomainTable(table, choices);
  const rowsByKey = new Map(table.rows.map((r) => [r.key, r]));
  const shown = (domainCode: string, count: number, suppressed: boolean): VisibleCount =>
    suppressed ? { domainCode, count: null, suppressed: true } : { domainCode, count, suppressed: false };
  return {
    municipality: (code) => {
      const row = rowsByKey.get(code);
      if (!row) return [];
      const hidden = pattern.hiddenRows.has(code) && code !== own;
      // A domain whose region count is shown as 0 has 0 in every row: nothing to hide there.
      const knownZero = (d: string, i: number) => !pattern.hiddenRegionCounts.has(d) && table.regionCounts[i] === 0;
      return domainCodes.map((d, i) => shown(d, row.cells[i] ?? 0, hidden && !knownZero(d, i)));
    },
    region: () => domainCodes.map((d, i) => shown(d, table.regionCounts[i] ?? 0, pattern.hiddenRegionCounts.has(d))),
  };
}
