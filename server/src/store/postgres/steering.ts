import type pg from 'pg';
import { THEME_COLUMNS, type SteeringStore, type ThemeChanges } from '../SteeringStore.js';
import { groupInKeyOrder } from '../sqlite/keys.js';
import type { GoalFields, GoalRow, GoalValueRow, NoteRow, ThemeEditRow } from '../types.js';
import { inTransaction } from './pool.js';

const GOAL_COLUMNS = `id, title, theme_code AS "themeCode", municipality_code AS "municipalityCode", indicator, direction, target,
  target_upper AS "targetUpper", margin, deadline, stale_after_days AS "staleAfterDays", unit`;

const goalParameters = (goal: GoalFields) => [
  goal.title,
  goal.themeCode,
  goal.municipalityCode,
  goal.indicator,
  goal.direction,
  goal.target,
  goal.targetUpper,
  goal.margin,
  goal.deadline,
  goal.staleAfterDays,
  goal.unit,
];

/**
 * An id as an `integer` column can hold it, else null (which matches no row). Ids come from
 * GraphQL as `Number(id)`: SQLite finds no row for 1.5, NaN or 1e20; PostgreSQL would refuse them
 * as input errors, so they are made to find nothing here too.
 */
const rowId = (id: number): number | null => (Number.isInteger(id) && Math.abs(id) <= 2_147_483_647 ? id : null);

const EDIT_COLUMNS = 'at, by, field, old_value AS "oldValue", new_value AS "newValue", note';

/**
 * Goals, theme edits and notes on PostgreSQL: SteeringStore over a pool, with the answers of the
 * SQLite store (sqlite/steering.ts) — the same rows in the same order. Where SQLite relies on
 * being the only writer (editTheme reads a theme, then writes what changed), this store locks the
 * theme's row first: two servers editing one theme at once record their edits one after the
 * other, each against what the other left.
 */
export class PgSteeringStore implements SteeringStore {
  constructor(private readonly pool: pg.Pool) {}

  async listGoals() {
    const { rows } = await this.pool.query<GoalRow>(`SELECT ${GOAL_COLUMNS} FROM goal ORDER BY id`);
    return rows;
  }
  async getGoal(id: number) {
    const { rows } = await this.pool.query<GoalRow>(`SELECT ${GOAL_COLUMNS} FROM goal WHERE id = $1`, [rowId(id)]);
    return rows[0];
  }
  async createGoal(goal: GoalFields, at: string, by: string | null) {
    const { rows } = await this.pool.query<{ id: number }>(
      `INSERT INTO goal (title, theme_code, municipality_code, indicator, direction, target, target_upper, margin, deadline, stale_after_days, unit, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [...goalParameters(goal), at, by],
    );
    return rows[0]!.id;
  }
  async updateGoal(id: number, goal: GoalFields) {
    await this.pool.query(
      `UPDATE goal SET title = $1, theme_code = $2, municipality_code = $3, indicator = $4, direction = $5, target = $6, target_upper = $7,
         margin = $8, deadline = $9, stale_after_days = $10, unit = $11 WHERE id = $12`,
      [...goalParameters(goal), rowId(id)],
    );
  }
  async deleteGoal(id: number) {
    const { rowCount } = await this.pool.query('DELETE FROM goal WHERE id = $1', [rowId(id)]);
    return (rowCount ?? 0) > 0;
  }
  async goalValues(goalIds: readonly number[]) {
    const { rows } = await this.pool.query<GoalValueRow>(
      'SELECT goal_id AS "goalId", date, value FROM goal_value WHERE goal_id = ANY($1::integer[]) ORDER BY date',
      [goalIds.map(rowId)],
    );
    return groupInKeyOrder(goalIds, rows, (v) => v.goalId);
  }
  async reportGoalValue(goalId: number, date: string, value: number, at: string, by: string | null) {
    await this.pool.query(
      `INSERT INTO goal_value (goal_id, date, value, reported_at, reported_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (goal_id, date) DO UPDATE SET value = excluded.value, reported_at = excluded.reported_at, reported_by = excluded.reported_by`,
      [goalId, date, value, at, by],
    );
  }

  async editTheme(
    code: string,
    changes: ThemeChanges,
    domainCodes: readonly string[] | null,
    at: string,
    by: string | null,
    statusNote: string | null = null,
  ): Promise<ThemeEditRow[]> {
    return inTransaction(this.pool, async (client) => {
      // The theme's row stays locked until the commit: another server's edit of this theme waits
      // here and then reads what this one left, so neither edit is lost or recorded against a
      // value that was no longer there. Locked before anything is written (see the change stamp
      // in migrations.ts: its counter is taken by the first write).
      const { rows } = await client.query<Record<string, string | null>>(
        `SELECT status, owner, progress_note AS "progressNote", next_milestone AS "nextMilestone", next_milestone_date AS "nextMilestoneDate"
           FROM theme WHERE code = $1 FOR UPDATE`,
        [code],
      );
      const before = rows[0];
      if (!before) return [];
      const made: ThemeEditRow[] = [];
      const record = (edit: ThemeEditRow) =>
        client.query('INSERT INTO theme_edit (theme_code, at, by, field, old_value, new_value, note) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          code,
          edit.at,
          edit.by,
          edit.field,
          edit.oldValue,
          edit.newValue,
          edit.note,
        ]);
      for (const [field, value] of Object.entries(changes) as [keyof typeof THEME_COLUMNS, string | null | undefined][]) {
        if (value === undefined || !(field in THEME_COLUMNS) || (before[field] ?? null) === value) continue;
        await client.query(`UPDATE theme SET ${THEME_COLUMNS[field]} = $2, updated_at = $3, updated_by = $4 WHERE code = $1`, [
          code,
          value,
          at,
          by,
        ]);
        const note = field === 'status' ? statusNote : null;
        const edit = { at, by, field, oldValue: before[field] ?? null, newValue: value, note };
        await record(edit);
        made.push(edit);
      }
      if (domainCodes) {
        const { rows: current } = await client.query<{ domainCode: string }>(
          'SELECT domain_code AS "domainCode" FROM theme_domain WHERE theme_code = $1 ORDER BY domain_code',
          [code],
        );
        const old = current.map((d) => d.domainCode).sort();
        const next = [...new Set(domainCodes)].sort();
        if (old.join(',') !== next.join(',')) {
          await client.query('DELETE FROM theme_domain WHERE theme_code = $1', [code]);
          if (next.length > 0) {
            await client.query('INSERT INTO theme_domain (theme_code, domain_code) SELECT $1, unnest($2::text[])', [code, next]);
          }
          const edit = { at, by, field: 'domains', oldValue: old.join(', ') || null, newValue: next.join(', ') || null, note: null };
          await record(edit);
          await client.query('UPDATE theme SET updated_at = $2, updated_by = $3 WHERE code = $1', [code, at, by]);
          made.push(edit);
        }
      }
      return made;
    });
  }
  async themeDomains(codes: readonly string[]) {
    const { rows } = await this.pool.query<{ themeCode: string; domainCode: string }>(
      'SELECT theme_code AS "themeCode", domain_code AS "domainCode" FROM theme_domain WHERE theme_code = ANY($1::text[]) ORDER BY domain_code',
      [codes],
    );
    return groupInKeyOrder(codes, rows, (d) => d.themeCode).map((list) => list.map((d) => d.domainCode));
  }
  async themeEdits(codes: readonly string[]) {
    const { rows } = await this.pool.query<ThemeEditRow & { themeCode: string }>(
      `SELECT theme_code AS "themeCode", ${EDIT_COLUMNS} FROM theme_edit WHERE theme_code = ANY($1::text[]) ORDER BY id DESC`,
      [codes],
    );
    return groupInKeyOrder(codes, rows, (e) => e.themeCode).map((list) => list.map(({ themeCode: _code, ...edit }) => edit));
  }

  async listNotes(target: string | null) {
    const { rows } = await this.pool.query<NoteRow>(
      `SELECT id, target, peildatum, text, author, created_at AS "createdAt" FROM note
        WHERE ($1::text IS NULL OR target = $1) ORDER BY id DESC LIMIT 500`,
      [target],
    );
    return rows;
  }
  async addNote(note: Omit<NoteRow, 'id'>) {
    const { rows } = await this.pool.query<{ id: number }>(
      'INSERT INTO note (target, peildatum, text, author, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [note.target, note.peildatum, note.text, note.author, note.createdAt],
    );
    return rows[0]!.id;
  }
  async deleteNote(id: number) {
    const { rowCount } = await this.pool.query('DELETE FROM note WHERE id = $1', [rowId(id)]);
    return (rowCount ?? 0) > 0;
  }
}
