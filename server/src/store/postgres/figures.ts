import type pg from 'pg';
import { groupInKeyOrder } from '../sqlite/keys.js';
import type {
  CapacityFigureRow,
  CaseCountRow,
  CaseloadSnapshotRow,
  ContributionRow,
  ContributionYearRow,
  FlowCountRow,
  FlowMonthRow,
  FundingSourceRow,
  ThemeRow,
} from '../types.js';

const COUNT_COLUMNS = 'peildatum, scope, municipality_code AS "municipalityCode", domain_code AS "domainCode", count';
// As caseload_count_identity is ordered (NULL and '' alike, first), as in sqlite/caseload.ts.
const COUNT_ORDER = "ORDER BY peildatum, scope, coalesce(municipality_code, ''), coalesce(domain_code, '')";

/**
 * The figures on PostgreSQL: running cases per count date (sqlite/caseload.ts), contributions,
 * funding and capacity (sqlite/finance.ts) and the regional priorities (sqlite/themes.ts), with
 * the same answers in the same order. Counts and contributions are those of one region
 * (`regionCode`; null answers nothing); funding, capacity and themes are per database.
 */
export class PgFigureStore {
  constructor(private readonly pool: pg.Pool) {}

  /** Monthly flows, as sqlite/flows.ts reads them. */
  async listFlowMonths(regionCode: string | null) {
    const { rows } = await this.pool.query<FlowMonthRow>(
      'SELECT month, inflow, norm_days AS "normDays", source_id AS "sourceId" FROM flow_month WHERE region_code = $1 ORDER BY month',
      [regionCode],
    );
    return rows;
  }
  async listFlowCounts(regionCode: string | null) {
    const { rows } = await this.pool.query<FlowCountRow>(
      `SELECT month, scope, municipality_code AS "municipalityCode", domain_code AS "domainCode", inflow, outflow,
              closed_within_norm AS "closedWithinNorm", median_days AS "medianDays", p80_days AS "p80Days"
         FROM flow_count WHERE region_code = $1
        ORDER BY month, scope, coalesce(municipality_code, ''), coalesce(domain_code, '')`,
      [regionCode],
    );
    return rows;
  }

  async listCaseloadSnapshots(regionCode: string | null) {
    const { rows } = await this.pool.query<CaseloadSnapshotRow>(
      'SELECT peildatum, precision, total, source_id AS "sourceId" FROM caseload_snapshot WHERE region_code = $1 ORDER BY peildatum',
      [regionCode],
    );
    return rows;
  }
  async caseCountsBySnapshot(regionCode: string | null, peildata: readonly string[]) {
    const { rows } = await this.pool.query<CaseCountRow>(
      `SELECT ${COUNT_COLUMNS} FROM caseload_count WHERE region_code = $1 AND peildatum = ANY($2::text[]) ${COUNT_ORDER}`,
      [regionCode, peildata],
    );
    return groupInKeyOrder(peildata, rows, (c) => c.peildatum);
  }
  /**
   * What "Niet gespecificeerd" of each count date is made of: its stated row, and whether the date
   * is broken down. Two index probes per date (LATERAL … LIMIT 1): as a plain EXISTS the planner
   * reads every municipality row of the region once instead (a hashed subplan, 7 ms at national
   * size where the probes take 0,3 ms).
   */
  async unspecifiedBySnapshot(regionCode: string | null, peildata: readonly string[]) {
    const { rows } = await this.pool.query<{ stated: number | null; brokenDown: boolean }>(
      `SELECT stated.count AS stated, municipal.found IS NOT NULL AS "brokenDown"
         FROM unnest($2::text[]) WITH ORDINALITY AS d (value, position)
         LEFT JOIN LATERAL (SELECT count FROM caseload_count c
                             WHERE c.region_code = $1 AND c.peildatum = d.value AND c.scope = 'unspecified' AND c.domain_code IS NULL
                             LIMIT 1) AS stated ON true
         LEFT JOIN LATERAL (SELECT 1 AS found FROM caseload_count c
                             WHERE c.region_code = $1 AND c.peildatum = d.value AND c.scope = 'municipality'
                             LIMIT 1) AS municipal ON true
        ORDER BY d.position`,
      [regionCode, peildata],
    );
    return rows;
  }
  /** The totals only (no knowledge domains), what lists of counts need. */
  async caseTotalsBySnapshot(regionCode: string | null, peildata: readonly string[]) {
    const { rows } = await this.pool.query<CaseCountRow>(
      `SELECT ${COUNT_COLUMNS} FROM caseload_count
        WHERE region_code = $1 AND peildatum = ANY($2::text[]) AND domain_code IS NULL ${COUNT_ORDER}`,
      [regionCode, peildata],
    );
    return groupInKeyOrder(peildata, rows, (c) => c.peildatum);
  }

  async listContributionYears(regionCode: string | null) {
    const { rows } = await this.pool.query<ContributionYearRow>(
      'SELECT year, total_eur AS "totalEur", source_id AS "sourceId" FROM contribution_year WHERE region_code = $1 ORDER BY year',
      [regionCode],
    );
    return rows;
  }
  async contributionsByYear(regionCode: string | null, keys: readonly number[]) {
    const { rows } = await this.pool.query<ContributionRow>(
      `SELECT year, municipality_code AS "municipalityCode", amount_eur AS "amountEur"
         FROM contribution WHERE region_code = $1 AND year = ANY($2::integer[]) ORDER BY year, municipality_code`,
      [regionCode, keys],
    );
    return groupInKeyOrder(keys, rows, (c) => c.year);
  }
  async listFundingSources() {
    const { rows } = await this.pool.query<FundingSourceRow>(
      `SELECT code, name, amount_eur_per_year AS "amountEurPerYear", structural, from_year AS "fromYear", description,
              source_id AS "sourceId"
         FROM funding_source ORDER BY position`,
    );
    return rows;
  }
  async listCapacityFigures() {
    const { rows } = await this.pool.query<CapacityFigureRow>(
      `SELECT label, stage, fte, temporary_fte AS "temporaryFte", description, source_id AS "sourceId"
         FROM capacity_figure ORDER BY id`,
    );
    return rows;
  }

  /** The regional priorities ("thema's") and their status. */
  async listThemes() {
    const { rows } = await this.pool.query<Omit<ThemeRow, 'keyFacts'> & { keyFacts: string }>(
      `SELECT code, number, title, parent_code AS "parentCode", summary, key_facts AS "keyFacts", status, source_id AS "sourceId",
              owner, progress_note AS "progressNote", next_milestone AS "nextMilestone", next_milestone_date AS "nextMilestoneDate",
              updated_at AS "updatedAt", updated_by AS "updatedBy"
         FROM theme ORDER BY number`,
    );
    return rows.map((t) => ({ ...t, keyFacts: JSON.parse(t.keyFacts) as string[] }));
  }
}
