import type pg from 'pg';
import type { ExplanationKey, ExplanationRow } from '../ExplanationStore.js';

const COLUMNS = `e.id, e.peildatum, e.figure, e.municipality_code AS "municipalityCode", e.domain_code AS "domainCode", e.text, e.author,
  e.created_at AS "createdAt", e.updated_at AS "updatedAt", e.updated_by AS "updatedBy", e.version`;

/** An id as an `integer` column holds it, else null (matches nothing, as SQLite finds no row). */
const rowId = (id: number): number | null => (Number.isInteger(id) && Math.abs(id) <= 2_147_483_647 ? id : null);

/**
 * Explanations on PostgreSQL, with the answers of sqlite/explanations.ts. An edit or removal is one
 * statement that names the version read, so two servers editing one explanation at once cannot
 * both succeed: the second finds the version moved and answers false.
 */
export class PgExplanationStore {
  constructor(private readonly pool: pg.Pool) {}

  async listExplanations(regionCode: string, filter: { peildatum: string | null; municipalityCode: string | null }) {
    const { rows } = await this.pool.query<ExplanationRow>(
      `SELECT ${COLUMNS} FROM explanation e
         JOIN caseload_snapshot s ON s.region_code = e.region_code AND s.peildatum = e.peildatum
        WHERE e.region_code = $1 AND ($2::text IS NULL OR e.peildatum = $2) AND ($3::text IS NULL OR e.municipality_code = $3)
        ORDER BY e.peildatum, e.figure, e.municipality_code IS NOT NULL, e.municipality_code, e.domain_code, e.id`,
      [regionCode, filter.peildatum, filter.municipalityCode],
    );
    return rows;
  }
  async getExplanation(regionCode: string, id: number) {
    const { rows } = await this.pool.query<ExplanationRow>(
      `SELECT ${COLUMNS} FROM explanation e
         JOIN caseload_snapshot s ON s.region_code = e.region_code AND s.peildatum = e.peildatum
        WHERE e.region_code = $1 AND e.id = $2`,
      [regionCode, rowId(id)],
    );
    return rows[0];
  }
  async addExplanation(regionCode: string, key: ExplanationKey, text: string, by: string | null, at: string) {
    const { rows } = await this.pool.query<{ id: number }>(
      `INSERT INTO explanation (region_code, peildatum, figure, municipality_code, domain_code, text, author, created_at, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $7)
       ON CONFLICT DO NOTHING RETURNING id`,
      [regionCode, key.peildatum, key.figure, key.municipalityCode, key.domainCode, text, by, at],
    );
    return rows[0]?.id ?? null;
  }
  async updateExplanation(regionCode: string, id: number, version: number, text: string, by: string | null, at: string) {
    const { rowCount } = await this.pool.query(
      `UPDATE explanation SET text = $4, updated_at = $5, updated_by = $6, version = version + 1
        WHERE region_code = $1 AND id = $2 AND version = $3`,
      [regionCode, rowId(id), rowId(version), text, at, by],
    );
    return (rowCount ?? 0) > 0;
  }
  async removeExplanation(regionCode: string, id: number, version: number) {
    const { rowCount } = await this.pool.query('DELETE FROM explanation WHERE region_code = $1 AND id = $2 AND version = $3', [
      regionCode,
      rowId(id),
      rowId(version),
    ]);
    return (rowCount ?? 0) > 0;
  }
}
