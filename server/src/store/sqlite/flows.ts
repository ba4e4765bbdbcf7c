import type { FlowCountRow, FlowMonthRow } from '../types.js';
import type { SqliteDatabase } from './open.js';

/** The statements of flows, both along the leading (region_code, month) of their primary key and identity index. */
export const flowSql = {
  months: 'SELECT month, inflow, norm_days AS normDays, source_id AS sourceId FROM flow_month WHERE region_code = ? ORDER BY month',
  counts: `SELECT month, scope, municipality_code AS municipalityCode, domain_code AS domainCode, inflow, outflow,
                  closed_within_norm AS closedWithinNorm, median_days AS medianDays, p80_days AS p80Days
             FROM flow_count WHERE region_code = ?
            ORDER BY month, scope, ifnull(municipality_code, ''), ifnull(domain_code, '')`,
} as const;

/** Monthly flows of one region (`regionCode`; null answers nothing). */
export function flowQueries(db: SqliteDatabase) {
  const months = db.prepare(flowSql.months);
  const counts = db.prepare(flowSql.counts);
  return {
    listFlowMonths: (regionCode: string | null) => months.all(regionCode) as FlowMonthRow[],
    listFlowCounts: (regionCode: string | null) => counts.all(regionCode) as FlowCountRow[],
  };
}
