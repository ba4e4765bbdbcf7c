import type { ThemeRow } from '../types.js';
import type { SqliteDatabase } from './open.js';

/** The regional priorities ("thema's") and their status. */
export function themeQueries(db: SqliteDatabase) {
  const themes = db.prepare(
    `SELECT code, number, title, parent_code AS parentCode, summary, key_facts AS keyFacts, status, source_id AS sourceId,
            owner, progress_note AS progressNote, next_milestone AS nextMilestone, next_milestone_date AS nextMilestoneDate,
            updated_at AS updatedAt, updated_by AS updatedBy
       FROM theme ORDER BY number`,
  );
  return {
    listThemes: () =>
      (themes.all() as (Omit<ThemeRow, 'keyFacts'> & { keyFacts: string })[]).map((t) => ({
        ...t,
        keyFacts: JSON.parse(t.keyFacts) as string[],
      })),
  };
}
