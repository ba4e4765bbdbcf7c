import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { groupInKeyOrder, pickInKeyOrder } from '../sqlite/keys.js';
import type { KnowledgeDomainRow, MunicipalityRow, PopulationRow, RegionRow, RegionTotalsRow, SourceRow } from '../types.js';

const MUNICIPALITY_COLUMNS = 'code, name, region_code AS "regionCode"';
const DOMAIN_COLUMNS = 'code, name, description, position, source_id AS "sourceId"';
const SOURCE_COLUMNS = 'id, document, section, note, title, url';

/**
 * Regions, municipalities, inhabitants, knowledge domains, sources and the deployment's secrets
 * on PostgreSQL: the counterpart of sqlite/reference.ts, with the same answers in the same order.
 * Municipalities and their inhabitants are those of one region (`regionCode`; null answers
 * nothing); knowledge domains and sources are per database.
 */
export class PgReferenceStore {
  constructor(private readonly pool: pg.Pool) {}

  /** Every region in the database, by code. */
  async regionCodes() {
    const { rows } = await this.pool.query<{ code: string }>('SELECT code FROM region ORDER BY code');
    return rows.map((r) => r.code);
  }
  async getRegion(code: string) {
    const { rows } = await this.pool.query<RegionRow>('SELECT code, name, source_id AS "sourceId" FROM region WHERE code = $1', [code]);
    return rows[0];
  }
  async listMunicipalities(regionCode: string | null) {
    // lower() of a COLLATE "C" column folds ASCII letters only, as SQLite's NOCASE does.
    const { rows } = await this.pool.query<MunicipalityRow>(
      `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality WHERE region_code = $1 ORDER BY lower(name)`,
      [regionCode],
    );
    return rows;
  }
  async getMunicipalities(regionCode: string | null, codes: readonly string[]) {
    const { rows } = await this.pool.query<MunicipalityRow>(
      `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality WHERE region_code = $1 AND code = ANY($2::text[])`,
      [regionCode, codes],
    );
    return pickInKeyOrder(codes, rows, (m) => m.code);
  }
  async populationByMunicipality(regionCode: string | null, codes: readonly string[]) {
    const { rows } = await this.pool.query<PopulationRow>(
      `SELECT p.municipality_code AS "municipalityCode", p.year, p.inhabitants, p.reference_date AS "referenceDate",
              p.source_id AS "sourceId"
         FROM population p JOIN municipality m ON m.code = p.municipality_code
        WHERE m.region_code = $1 AND p.municipality_code = ANY($2::text[]) ORDER BY p.year`,
      [regionCode, codes],
    );
    return groupInKeyOrder(codes, rows, (p) => p.municipalityCode);
  }
  /** As sqlite/reference.ts regionTotals: per region its latest count at or before the date and its inhabitants at that count. */
  async regionTotals(peildatum: string) {
    const { rows } = await this.pool.query<RegionTotalsRow>(
      `WITH latest AS (
         SELECT region_code, max(peildatum) AS peildatum FROM caseload_snapshot WHERE peildatum <= $1 GROUP BY region_code
       ), chosen AS (
         SELECT m.region_code, p.inhabitants, p.year
           FROM municipality m JOIN latest l ON l.region_code = m.region_code JOIN population p ON p.municipality_code = m.code
          WHERE p.year = (SELECT max(q.year) FROM population q
                           WHERE q.municipality_code = m.code AND coalesce(q.reference_date, q.year || '-01-01') <= l.peildatum)
       ), people AS (
         SELECT region_code, sum(inhabitants)::integer AS inhabitants, max(year) AS "populationYear", count(*)::integer AS counted
           FROM chosen GROUP BY region_code
       ), sizes AS (
         SELECT region_code, count(*)::integer AS municipalities FROM municipality GROUP BY region_code
       )
       SELECT r.code, r.name, l.peildatum, s.total, pe.inhabitants, pe."populationYear",
              coalesce(sz.municipalities, 0) AS municipalities, coalesce(pe.counted, 0) AS "municipalitiesWithInhabitants"
         FROM region r
         LEFT JOIN latest l ON l.region_code = r.code
         LEFT JOIN caseload_snapshot s ON s.region_code = r.code AND s.peildatum = l.peildatum
         LEFT JOIN people pe ON pe.region_code = r.code
         LEFT JOIN sizes sz ON sz.region_code = r.code
        ORDER BY r.code`,
      [peildatum],
    );
    return rows;
  }
  async listKnowledgeDomains() {
    const { rows } = await this.pool.query<KnowledgeDomainRow>(`SELECT ${DOMAIN_COLUMNS} FROM knowledge_domain ORDER BY position`);
    return rows;
  }
  async getKnowledgeDomains(codes: readonly string[]) {
    const { rows } = await this.pool.query<KnowledgeDomainRow>(
      `SELECT ${DOMAIN_COLUMNS} FROM knowledge_domain WHERE code = ANY($1::text[])`,
      [codes],
    );
    return pickInKeyOrder(codes, rows, (d) => d.code);
  }
  async getSources(ids: readonly number[]) {
    const { rows } = await this.pool.query<SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM source WHERE id = ANY($1::integer[])`, [ids]);
    return pickInKeyOrder(ids, rows, (s) => s.id);
  }
  async listSources() {
    // SQLite puts NULL first in ascending order, PostgreSQL last unless told.
    const { rows } = await this.pool.query<SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM source ORDER BY document, section NULLS FIRST, id`);
    return rows;
  }
  /** Stores the secret of `purpose` unless there is one: when two servers make one at once, the first stays. */
  async createSecret(purpose: string, value: Buffer) {
    await this.pool.query('INSERT INTO deployment_secret (purpose, value) VALUES ($1, $2) ON CONFLICT (purpose) DO NOTHING', [
      purpose,
      value,
    ]);
  }
  async getSecret(purpose: string) {
    const { rows } = await this.pool.query<{ value: Buffer }>('SELECT value FROM deployment_secret WHERE purpose = $1', [purpose]);
    return rows[0]?.value;
  }
  /**
   * The secret of `purpose`, made (32 random bytes) on first use, as SqliteStore.deploymentSecret:
   * read first, so that a request that only reads writes nothing; servers that make one at once
   * all answer the one that was stored first.
   */
  async deploymentSecret(purpose: string) {
    const known = await this.getSecret(purpose);
    if (known) return known;
    await this.createSecret(purpose, randomBytes(32));
    return (await this.getSecret(purpose))!;
  }
  /** Whether the database answers (for the health check). */
  async ping() {
    await this.pool.query('SELECT 1');
    return true;
  }
}
