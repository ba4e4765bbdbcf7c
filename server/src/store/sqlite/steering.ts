import { THEME_COLUMNS, type ThemeChanges } from '../SteeringStore.js';
import type { GoalFields, GoalRow, GoalValueRow, NoteRow, ThemeEditRow } from '../types.js';
import { groupInKeyOrder, keysParam } from './keys.js';
import type { SqliteDatabase } from './open.js';

const GOAL_COLUMNS = `id, title, theme_code AS themeCode, municipality_code AS municipalityCode, indicator, direction, target,
  target_upper AS targetUpper, margin, deadline, stale_after_days AS staleAfterDays, unit`;

/** Goals, theme edits and notes. */
export function steeringQueries(db: SqliteDatabase) {
  const goals = db.prepare(`SELECT ${GOAL_COLUMNS} FROM goal ORDER BY id`);
  const goal = db.prepare(`SELECT ${GOAL_COLUMNS} FROM goal WHERE id = ?`);
  const insertGoal = db.prepare(
    `INSERT INTO goal (title, theme_code, municipality_code, indicator, direction, target, target_upper, margin, deadline, stale_after_days, unit, created_at, created_by)
     VALUES (@title, @themeCode, @municipalityCode, @indicator, @direction, @target, @targetUpper, @margin, @deadline, @staleAfterDays, @unit, @at, @by)`,
  );
  const updateGoal = db.prepare(
    `UPDATE goal SET title = @title, theme_code = @themeCode, municipality_code = @municipalityCode, indicator = @indicator, direction = @direction,
       target = @target, target_upper = @targetUpper, margin = @margin, deadline = @deadline, stale_after_days = @staleAfterDays, unit = @unit WHERE id = @id`,
  );
  const deleteGoal = db.prepare('DELETE FROM goal WHERE id = ?');
  const values = db.prepare(
    'SELECT goal_id AS goalId, date, value FROM goal_value WHERE goal_id IN (SELECT value FROM json_each(?)) ORDER BY date',
  );
  const upsertValue = db.prepare(
    `INSERT INTO goal_value (goal_id, date, value, reported_at, reported_by) VALUES (@goalId, @date, @value, @at, @by)
     ON CONFLICT (goal_id, date) DO UPDATE SET value = excluded.value, reported_at = excluded.reported_at, reported_by = excluded.reported_by`,
  );

  const themeFields = db.prepare(
    'SELECT status, owner, progress_note AS progressNote, next_milestone AS nextMilestone, next_milestone_date AS nextMilestoneDate FROM theme WHERE code = ?',
  );
  const setThemeColumn = Object.fromEntries(
    Object.entries(THEME_COLUMNS).map(([field, column]) => [
      field,
      db.prepare(`UPDATE theme SET ${column} = @value, updated_at = @at, updated_by = @by WHERE code = @code`),
    ]),
  );
  const insertEdit = db.prepare(
    'INSERT INTO theme_edit (theme_code, at, by, field, old_value, new_value, note) VALUES (@code, @at, @by, @field, @oldValue, @newValue, @note)',
  );
  const domains = db.prepare(
    'SELECT theme_code AS themeCode, domain_code AS domainCode FROM theme_domain WHERE theme_code IN (SELECT value FROM json_each(?)) ORDER BY domain_code',
  );
  const clearDomains = db.prepare('DELETE FROM theme_domain WHERE theme_code = ?');
  const insertDomain = db.prepare('INSERT INTO theme_domain (theme_code, domain_code) VALUES (?, ?)');
  const edits = db.prepare(
    `SELECT theme_code AS themeCode, at, by, field, old_value AS oldValue, new_value AS newValue, note
       FROM theme_edit WHERE theme_code IN (SELECT value FROM json_each(?)) ORDER BY id DESC`,
  );

  const notes = db.prepare(
    'SELECT id, target, peildatum, text, author, created_at AS createdAt FROM note WHERE (@target IS NULL OR target = @target) ORDER BY id DESC LIMIT 500',
  );
  const insertNote = db.prepare(
    'INSERT INTO note (target, peildatum, text, author, created_at) VALUES (@target, @peildatum, @text, @author, @createdAt)',
  );
  const deleteNote = db.prepare('DELETE FROM note WHERE id = ?');

  const editTheme = db.transaction(
    (
      code: string,
      changes: ThemeChanges,
      domainCodes: readonly string[] | null,
      at: string,
      by: string | null,
      statusNote: string | null,
    ) => {
      const before = themeFields.get(code) as Record<string, string | null> | undefined;
      if (!before) return [];
      const made: ThemeEditRow[] = [];
      for (const [field, value] of Object.entries(changes) as [keyof typeof THEME_COLUMNS, string | null | undefined][]) {
        if (value === undefined || !(field in THEME_COLUMNS) || (before[field] ?? null) === value) continue;
        setThemeColumn[field]!.run({ code, value, at, by });
        const note = field === 'status' ? statusNote : null;
        const edit = { at, by, field, oldValue: before[field] ?? null, newValue: value, note };
        insertEdit.run({ code, ...edit });
        made.push(edit);
      }
      if (domainCodes) {
        const old = (domains.all(keysParam([code])) as { domainCode: string }[]).map((d) => d.domainCode).sort();
        const next = [...new Set(domainCodes)].sort();
        if (old.join(',') !== next.join(',')) {
          clearDomains.run(code);
          for (const domain of next) insertDomain.run(code, domain);
          const edit = { at, by, field: 'domains', oldValue: old.join(', ') || null, newValue: next.join(', ') || null, note: null };
          insertEdit.run({ code, ...edit });
          db.prepare('UPDATE theme SET updated_at = ?, updated_by = ? WHERE code = ?').run(at, by, code);
          made.push(edit);
        }
      }
      return made;
    },
  );

  return {
    listGoals: () => goals.all() as GoalRow[],
    getGoal: (id: number) => goal.get(id) as GoalRow | undefined,
    createGoal: (fields: GoalFields, at: string, by: string | null) => Number(insertGoal.run({ ...fields, at, by }).lastInsertRowid),
    updateGoal: (id: number, fields: GoalFields) => updateGoal.run({ ...fields, id }),
    deleteGoal: (id: number) => deleteGoal.run(id).changes > 0,
    goalValues: (ids: readonly number[]) => groupInKeyOrder(ids, values.all(keysParam(ids)) as GoalValueRow[], (v) => v.goalId),
    reportGoalValue: (goalId: number, date: string, value: number, at: string, by: string | null) =>
      upsertValue.run({ goalId, date, value, at, by }),
    editTheme: (
      code: string,
      changes: ThemeChanges,
      domainCodes: readonly string[] | null,
      at: string,
      by: string | null,
      statusNote: string | null = null,
    ) => editTheme(code, changes, domainCodes, at, by, statusNote) as ThemeEditRow[],
    themeDomains: (codes: readonly string[]) =>
      groupInKeyOrder(codes, domains.all(keysParam(codes)) as { themeCode: string; domainCode: string }[], (d) => d.themeCode).map((list) =>
        list.map((d) => d.domainCode),
      ),
    themeEdits: (codes: readonly string[]) =>
      groupInKeyOrder(codes, edits.all(keysParam(codes)) as (ThemeEditRow & { themeCode: string })[], (e) => e.themeCode).map((list) =>
        list.map(({ themeCode: _code, ...edit }) => edit),
      ),
    listNotes: (target: string | null) => notes.all({ target }) as NoteRow[],
    addNote: (note: Omit<NoteRow, 'id'>) => Number(insertNote.run(note).lastInsertRowid),
    deleteNote: (id: number) => deleteNote.run(id).changes > 0,
  };
}
