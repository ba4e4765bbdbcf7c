import type { ExplanationKey, ExplanationRow } from '../ExplanationStore.js';
import type { SqliteDatabase } from './open.js';

const COLUMNS = `e.id, e.peildatum, e.figure, e.municipality_code AS municipalityCode, e.domain_code AS domainCode, e.text, e.author,
  e.created_at AS createdAt, e.updated_at AS updatedAt, e.updated_by AS updatedBy, e.version`;

/** Explanations of one region's figures (ExplanationStore, with the region as first argument). */
export function explanationQueries(db: SqliteDatabase) {
  const list = db.prepare(
    `SELECT ${COLUMNS} FROM explanation e
       JOIN caseload_snapshot s ON s.region_code = e.region_code AND s.peildatum = e.peildatum
      WHERE e.region_code = @regionCode AND (@peildatum IS NULL OR e.peildatum = @peildatum)
        AND (@municipalityCode IS NULL OR e.municipality_code = @municipalityCode)
      ORDER BY e.peildatum, e.figure, e.municipality_code IS NOT NULL, e.municipality_code, e.domain_code, e.id`,
  );
  const one = db.prepare(
    `SELECT ${COLUMNS} FROM explanation e
       JOIN caseload_snapshot s ON s.region_code = e.region_code AND s.peildatum = e.peildatum
      WHERE e.region_code = ? AND e.id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO explanation (region_code, peildatum, figure, municipality_code, domain_code, text, author, created_at, updated_at, updated_by)
     VALUES (@regionCode, @peildatum, @figure, @municipalityCode, @domainCode, @text, @by, @at, @at, @by)
     ON CONFLICT DO NOTHING`,
  );
  const update = db.prepare(
    `UPDATE explanation SET text = @text, updated_at = @at, updated_by = @by, version = version + 1
      WHERE region_code = @regionCode AND id = @id AND version = @version`,
  );
  const remove = db.prepare('DELETE FROM explanation WHERE region_code = @regionCode AND id = @id AND version = @version');

  return {
    listExplanations: (regionCode: string, filter: { peildatum: string | null; municipalityCode: string | null }) =>
      list.all({ regionCode, ...filter }) as ExplanationRow[],
    getExplanation: (regionCode: string, id: number) => one.get(regionCode, id) as ExplanationRow | undefined,
    addExplanation: (regionCode: string, key: ExplanationKey, text: string, by: string | null, at: string) => {
      const result = insert.run({ regionCode, ...key, text, by, at });
      return result.changes > 0 ? Number(result.lastInsertRowid) : null;
    },
    updateExplanation: (regionCode: string, id: number, version: number, text: string, by: string | null, at: string) =>
      update.run({ regionCode, id, version, text, by, at }).changes > 0,
    removeExplanation: (regionCode: string, id: number, version: number) => remove.run({ regionCode, id, version }).changes > 0,
  };
}
