import type { CaseCountRow, CaseloadSnapshotRow } from '../types.js';
import { groupInKeyOrder, keysParam } from './keys.js';
import type { SqliteDatabase } from './open.js';

/**
 * The statements, exported so that a test can check their query plans: both are served by the
 * leading (region_code, peildatum) of the snapshot's primary key and of caseload_count_identity,
 * so that they stay index-driven at the national size.
 */
export const caseloadSql = {
  snapshots: 'SELECT peildatum, precision, total, source_id AS sourceId FROM caseload_snapshot WHERE region_code = ? ORDER BY peildatum',
  // Ordered as the index is (NULL and '' sort alike, first), so the rows come sorted from it.
  counts: `SELECT peildatum, scope, municipality_code AS municipalityCode, domain_code AS domainCode, count
             FROM caseload_count WHERE region_code = ? AND peildatum IN (SELECT value FROM json_each(?))
            ORDER BY peildatum, scope, ifnull(municipality_code, ''), ifnull(domain_code, '')`,
  // The totals only (no knowledge domains): a seventh of the rows, what lists of counts need.
  totals: `SELECT peildatum, scope, municipality_code AS municipalityCode, domain_code AS domainCode, count
             FROM caseload_count WHERE region_code = ? AND peildatum IN (SELECT value FROM json_each(?)) AND domain_code IS NULL
            ORDER BY peildatum, scope, ifnull(municipality_code, ''), ifnull(domain_code, '')`,
  // What "Niet gespecificeerd" of a count date is made of (domain/caseload.ts unspecifiedOf):
  // its stated row and whether it is broken down — two index seeks a date, no rows loaded.
  unspecified: `SELECT (SELECT count FROM caseload_count c
                         WHERE c.region_code = @region AND c.peildatum = d.value AND c.scope = 'unspecified' AND c.domain_code IS NULL)
                      AS stated,
                       EXISTS (SELECT 1 FROM caseload_count c WHERE c.region_code = @region AND c.peildatum = d.value AND c.scope = 'municipality')
                      AS brokenDown
                  FROM json_each(@dates) d ORDER BY d.key`,
} as const;

/** Counts of running cases per count date, and their breakdowns, of one region (`regionCode`; null answers nothing). */
export function caseloadQueries(db: SqliteDatabase) {
  const snapshots = db.prepare(caseloadSql.snapshots);
  const counts = db.prepare(caseloadSql.counts);
  const totals = db.prepare(caseloadSql.totals);
  const unspecified = db.prepare(caseloadSql.unspecified);
  return {
    listCaseloadSnapshots: (regionCode: string | null) => snapshots.all(regionCode) as CaseloadSnapshotRow[],
    caseCountsBySnapshot: (regionCode: string | null, peildata: readonly string[]) =>
      groupInKeyOrder(peildata, counts.all(regionCode, keysParam(peildata)) as CaseCountRow[], (c) => c.peildatum),
    unspecifiedBySnapshot: (regionCode: string | null, peildata: readonly string[]) =>
      (unspecified.all({ region: regionCode, dates: keysParam(peildata) }) as { stated: number | null; brokenDown: number }[]).map((r) => ({
        stated: r.stated,
        brokenDown: r.brokenDown === 1,
      })),
    caseTotalsBySnapshot: (regionCode: string | null, peildata: readonly string[]) =>
      groupInKeyOrder(peildata, totals.all(regionCode, keysParam(peildata)) as CaseCountRow[], (c) => c.peildatum),
  };
}
