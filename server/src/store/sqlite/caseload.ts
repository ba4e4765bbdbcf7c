import type { CaseCountRow, CaseloadSnapshotRow } from '../types.js';
import { groupInKeyOrder, keysParam } from './keys.js';
import type { SqliteDatabase } from './open.js';

/** Counts of running cases per count date, and their breakdowns. */
export function caseloadQueries(db: SqliteDatabase) {
  const snapshots = db.prepare(
    'SELECT peildatum, precision, total, source_id AS sourceId FROM caseload_snapshot ORDER BY peildatum',
  );
  const counts = db.prepare(
    `SELECT peildatum, scope, municipality_code AS municipalityCode, domain_code AS domainCode, count
       FROM caseload_count WHERE peildatum IN (SELECT value FROM json_each(?))
      ORDER BY peildatum, scope, municipality_code, domain_code`,
  );
  return {
    listCaseloadSnapshots: () => snapshots.all() as CaseloadSnapshotRow[],
    caseCountsBySnapshot: (peildata: readonly string[]) =>
      groupInKeyOrder(peildata, counts.all(keysParam(peildata)) as CaseCountRow[], (c) => c.peildatum),
  };
}
