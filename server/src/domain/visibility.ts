import type { Viewer } from '../auth/viewer.js';
import type { CaseCountRow } from '../store/types.js';
import { municipalityTotals, regionDomainCounts, unspecifiedTotal } from './caseload.js';
import { cellKey, suppress } from './suppression.js';

export interface VisibleCount {
  domainCode: string;
  /** null only when suppressed. */
  count: number | null;
  suppressed: boolean;
}

export interface DomainVisibility {
  /** One municipality's counts per domain, as this viewer may see them. */
  municipality(code: string): VisibleCount[];
  /** The region's counts per domain, as this viewer may see them. */
  region(): VisibleCount[];
}

const UNSPECIFIED = 'unspecified';

/**
 * What a viewer may see of a count's breakdown by knowledge domain: the one place where roles
 * meet the suppression rule. ZVH and BEHEERDER see every count; BESTUURDER sees counts 1..k-1
 * suppressed (and what would give them away); GEMEENTE sees its own municipality exactly and the
 * rest under the rule. The pattern is computed for the whole table at once, so every field and
 * every query of the same viewer shows the same pattern.
 */
export function domainVisibility(rows: readonly CaseCountRow[], viewer: Pick<Viewer, 'role' | 'municipalityCode'> | null, k: number): DomainVisibility {
  const domainRows = rows.filter((r) => r.domainCode !== null && r.scope !== 'region');
  const municipalityCodes = municipalityTotals(rows).map((m) => m.municipalityCode);
  const unspecified = unspecifiedTotal(rows);
  const rowKeys = unspecified !== null && unspecified > 0 ? [...municipalityCodes, UNSPECIFIED] : municipalityCodes;
  const regionCounts = regionDomainCounts(rows);
  const cols = regionCounts.map((d) => d.domainCode);
  const rowOf = (r: CaseCountRow) => (r.scope === 'unspecified' ? UNSPECIFIED : (r.municipalityCode as string));

  const result = suppress({
    k,
    rows: rowKeys,
    cols,
    cells: new Map(domainRows.map((r) => [cellKey(rowOf(r), r.domainCode as string), r.count])),
    rowTotals: new Map([
      ...municipalityTotals(rows).map((m): [string, number] => [m.municipalityCode, m.count]),
      ...(unspecified !== null ? [[UNSPECIFIED, unspecified] as [string, number]] : []),
    ]),
    colTotals: new Map(regionCounts.map((d) => [d.domainCode, d.count])),
    exactAll: viewer === null ? false : viewer.role === 'ZVH' || viewer.role === 'BEHEERDER',
    exactRows: viewer?.role === 'GEMEENTE' && viewer.municipalityCode ? new Set([viewer.municipalityCode]) : new Set(),
  });

  const shown = (count: number, suppressed: boolean, domainCode: string): VisibleCount =>
    suppressed ? { domainCode, count: null, suppressed: true } : { domainCode, count, suppressed: false };
  return {
    municipality: (code) =>
      domainRows
        .filter((r) => r.scope === 'municipality' && r.municipalityCode === code)
        .map((r) => shown(r.count, result.suppressedCells.has(cellKey(code, r.domainCode as string)), r.domainCode as string)),
    region: () => regionCounts.map((d) => shown(d.count, result.suppressedColTotals.has(d.domainCode), d.domainCode)),
  };
}
