import type { GoalFields, GoalRow, GoalValueRow, NoteRow, ThemeEditRow, ThemeStatus } from './types.js';

/** The fields of a theme people edit, by their GraphQL names. */
export interface ThemeChanges {
  status?: ThemeStatus;
  owner?: string | null;
  progressNote?: string | null;
  nextMilestone?: string | null;
  nextMilestoneDate?: string | null;
}

/** The theme columns people edit: GraphQL name → column. Names come from this list only
 * (both stores build their UPDATE from it). */
export const THEME_COLUMNS = {
  status: 'status',
  owner: 'owner',
  progressNote: 'progress_note',
  nextMilestone: 'next_milestone',
  nextMilestoneDate: 'next_milestone_date',
} as const;

/** Goals, theme edits and notes: what the board steers with. */
export interface SteeringStore {
  listGoals(): Promise<GoalRow[]>;
  getGoal(id: number): Promise<GoalRow | undefined>;
  createGoal(goal: GoalFields, at: string, by: string | null): Promise<number>;
  updateGoal(id: number, goal: GoalFields): Promise<void>;
  /** Answers whether there was such a goal. */
  deleteGoal(id: number): Promise<boolean>;
  /** Per goal id, its reported values, oldest first. */
  goalValues(goalIds: readonly number[]): Promise<GoalValueRow[][]>;
  reportGoalValue(goalId: number, date: string, value: number, at: string, by: string | null): Promise<void>;

  /**
   * Applies the changes and records one edit per changed field, in one transaction; `statusNote`
   * is kept with the edit of the status.
   */
  editTheme(
    code: string,
    changes: ThemeChanges,
    domainCodes: readonly string[] | null,
    at: string,
    by: string | null,
    statusNote?: string | null,
  ): Promise<ThemeEditRow[]>;
  themeDomains(codes: readonly string[]): Promise<string[][]>;
  /** Per theme, its edits, newest first. */
  themeEdits(codes: readonly string[]): Promise<ThemeEditRow[][]>;

  listNotes(target: string | null): Promise<NoteRow[]>;
  addNote(note: Omit<NoteRow, 'id'>): Promise<number>;
  deleteNote(id: number): Promise<boolean>;
}
