import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { refused, steeringStores, type SteeringUnderTest } from '../../testing/contractStores.js';
import type { GoalFields } from '../types.js';

/**
 * Goals, theme edits and notes, once for each store: whatever holds for SQLite holds for
 * PostgreSQL. Each test gets a database of its own with the themes and knowledge domains of the
 * seed (ported from the store-level part of management/Steering.test.ts).
 */
describe.each(steeringStores)('SteeringStore on %s', (_name, open) => {
  let subject: SteeringUnderTest;
  beforeEach(async () => {
    subject = await open();
  }, 60_000);
  afterEach(async () => {
    await subject.close();
  }, 60_000);

  const AT = '2026-11-22T12:00:00.000Z';
  const goal = (extra: Partial<GoalFields> = {}): GoalFields => ({
    title: 'Lopende casussen',
    themeCode: null,
    municipalityCode: null,
    indicator: 'RUNNING_CASES',
    direction: 'AT_MOST',
    target: 100,
    targetUpper: null,
    margin: 0.1,
    deadline: null,
    staleAfterDays: 120,
    unit: null,
    ...extra,
  });

  describe('goals', () => {
    it('are created, read back exactly, listed in the order they were made, changed and deleted', async () => {
      const { store } = subject;
      const first = await store.createGoal(goal(), AT, 'anna');
      const manual = goal({
        title: 'Trainingen gegeven',
        themeCode: 'mensenhandel',
        municipalityCode: 'GM0479',
        indicator: 'MANUAL',
        direction: 'BETWEEN',
        target: 2.5,
        targetUpper: 3.75,
        margin: 0,
        deadline: '2027-06-30',
        staleAfterDays: 30,
        unit: 'trainingen',
      });
      const second = await store.createGoal(manual, AT, null);
      expect(second).toBeGreaterThan(first);
      expect(await store.getGoal(second)).toEqual({ id: second, ...manual });
      expect((await store.listGoals()).map((g) => g.id)).toEqual([first, second]);

      await store.updateGoal(first, goal({ target: 90, deadline: '2026-12-31' }));
      expect(await store.getGoal(first)).toEqual({ id: first, ...goal({ target: 90, deadline: '2026-12-31' }) });
      expect(await subject.rows(`SELECT created_at AS at, created_by AS "by" FROM goal ORDER BY id`)).toEqual([
        { at: AT, by: 'anna' },
        { at: AT, by: null },
      ]);

      expect(await store.deleteGoal(first)).toBe(true);
      expect(await store.deleteGoal(first)).toBe(false);
      expect(await store.getGoal(first)).toBeUndefined();
      expect((await store.listGoals()).map((g) => g.id)).toEqual([second]);
    });

    it('find nothing for an id no goal can have', async () => {
      const { store } = subject;
      await store.createGoal(goal(), AT, null);
      for (const id of [0, -1, 1.5, Number.NaN, 1e20]) {
        expect(await store.getGoal(id)).toBeUndefined();
        expect(await store.deleteGoal(id)).toBe(false);
      }
      expect(await store.goalValues([1.5, 1e20])).toEqual([[], []]);
    });

    it('refuse a range without its upper bound, an unknown theme and a title too long', async () => {
      const { store } = subject;
      expect(await refused(store.createGoal(goal({ direction: 'BETWEEN' }), AT, null))).toMatch(/check constraint/i);
      expect(await refused(store.createGoal(goal({ themeCode: 'bestaat-niet' }), AT, null))).toMatch(/foreign key/i);
      expect(await refused(store.createGoal(goal({ title: 'x'.repeat(201) }), AT, null))).toMatch(/check constraint/i);
      expect(await store.listGoals()).toEqual([]);
    });
  });

  describe('goal values', () => {
    it('come oldest first per goal, in the order asked; a second report for a date replaces the first', async () => {
      const { store } = subject;
      const a = await store.createGoal(goal({ indicator: 'MANUAL', unit: 'dagen' }), AT, null);
      const b = await store.createGoal(goal({ indicator: 'MANUAL', unit: 'casussen' }), AT, null);
      await store.reportGoalValue(a, '2026-11-01', 12, AT, 'anna');
      await store.reportGoalValue(a, '2026-09-01', 14.5, AT, 'anna');
      await store.reportGoalValue(b, '2026-10-01', 3, AT, null);
      await store.reportGoalValue(a, '2026-11-01', 11, '2026-11-23T08:00:00.000Z', 'bert');
      expect(await store.goalValues([b, 999, a])).toEqual([
        [{ goalId: b, date: '2026-10-01', value: 3 }],
        [],
        [
          { goalId: a, date: '2026-09-01', value: 14.5 },
          { goalId: a, date: '2026-11-01', value: 11 },
        ],
      ]);
      expect(await subject.rows(`SELECT reported_at AS at, reported_by AS "by" FROM goal_value WHERE date = '2026-11-01'`)).toEqual([
        { at: '2026-11-23T08:00:00.000Z', by: 'bert' },
      ]);
      expect(await store.goalValues([])).toEqual([]);
    });

    it('go with their goal, and are refused for a goal that does not exist', async () => {
      const { store } = subject;
      const id = await store.createGoal(goal({ indicator: 'MANUAL', unit: 'dagen' }), AT, null);
      await store.reportGoalValue(id, '2026-11-01', 12, AT, null);
      await store.deleteGoal(id);
      expect(await subject.rows('SELECT count(*) AS n FROM goal_value')).toEqual([{ n: 0 }]);
      expect(await refused(store.reportGoalValue(id, '2026-11-01', 12, AT, null))).toMatch(/foreign key/i);
    });
  });

  describe('theme edits', () => {
    it('record one edit per changed field, the note only with the status, newest first, and change the theme', async () => {
      const { store } = subject;
      const made = await store.editTheme(
        'mensenhandel',
        { status: 'AT_RISK', owner: 'Wethouder Zorg', nextMilestone: 'BO Z&V', progressNote: undefined },
        null,
        AT,
        'anna',
        'Te weinig signalen',
      );
      expect(made).toEqual([
        { at: AT, by: 'anna', field: 'status', oldValue: 'NOT_ASSESSED', newValue: 'AT_RISK', note: 'Te weinig signalen' },
        { at: AT, by: 'anna', field: 'owner', oldValue: null, newValue: 'Wethouder Zorg', note: null },
        { at: AT, by: 'anna', field: 'nextMilestone', oldValue: null, newValue: 'BO Z&V', note: null },
      ]);
      const later = '2026-11-23T09:00:00.000Z';
      // Unchanged fields are not recorded again; a field cleared is recorded with null.
      const second = await store.editTheme(
        'mensenhandel',
        { status: 'AT_RISK', owner: null, nextMilestoneDate: '2026-12-10' },
        null,
        later,
        'bert',
      );
      expect(second.map((e) => [e.field, e.oldValue, e.newValue])).toEqual([
        ['owner', 'Wethouder Zorg', null],
        ['nextMilestoneDate', null, '2026-12-10'],
      ]);
      expect(await store.themeEdits(['onbegrepen-gedrag', 'mensenhandel'])).toEqual([
        [],
        [...second].reverse().concat([...made].reverse()),
      ]);
      expect(
        await subject.rows(
          `SELECT status, owner, next_milestone AS "nextMilestone", next_milestone_date AS "nextMilestoneDate",
                  updated_at AS "updatedAt", updated_by AS "updatedBy" FROM theme WHERE code = 'mensenhandel'`,
        ),
      ).toEqual([
        { status: 'AT_RISK', owner: null, nextMilestone: 'BO Z&V', nextMilestoneDate: '2026-12-10', updatedAt: later, updatedBy: 'bert' },
      ]);
      expect(await store.editTheme('mensenhandel', { status: 'AT_RISK' }, null, later, 'bert')).toEqual([]);
    });

    it('set the domains of a theme, each once and sorted, as one edit; the same set again records nothing', async () => {
      const { store } = subject;
      const first = await store.editTheme('mensenhandel', {}, ['mensenhandel', 'cter', 'mensenhandel'], AT, 'anna');
      expect(first).toEqual([{ at: AT, by: 'anna', field: 'domains', oldValue: null, newValue: 'cter, mensenhandel', note: null }]);
      expect(await store.themeDomains(['onbegrepen-gedrag', 'mensenhandel', 'bestaat-niet'])).toEqual([[], ['cter', 'mensenhandel'], []]);
      expect(await store.editTheme('mensenhandel', {}, ['mensenhandel', 'cter'], AT, 'anna')).toEqual([]);
      const cleared = await store.editTheme('mensenhandel', { owner: 'Bert' }, [], '2026-11-24T00:00:00.000Z', 'bert');
      expect(cleared.map((e) => [e.field, e.oldValue, e.newValue])).toEqual([
        ['owner', null, 'Bert'],
        ['domains', 'cter, mensenhandel', null],
      ]);
      expect(await store.themeDomains(['mensenhandel'])).toEqual([[]]);
      expect(await subject.rows(`SELECT updated_at AS at FROM theme WHERE code = 'mensenhandel'`)).toEqual([
        { at: '2026-11-24T00:00:00.000Z' },
      ]);
    });

    it('change nothing of a theme that does not exist', async () => {
      const { store } = subject;
      expect(await store.editTheme('bestaat-niet', { owner: 'Anna' }, ['cter'], AT, 'anna')).toEqual([]);
      expect(await store.themeEdits(['bestaat-niet'])).toEqual([[]]);
    });

    it('apply all changes or none: a bad status or an unknown domain leaves the theme and its history as they were', async () => {
      const { store } = subject;
      expect(await refused(store.editTheme('mensenhandel', { owner: 'Anna', status: 'KWIJT' as 'DONE' }, null, AT, 'anna'))).toMatch(
        /check constraint/i,
      );
      expect(await refused(store.editTheme('mensenhandel', { owner: 'Anna' }, ['cter', 'bestaat-niet'], AT, 'anna'))).toMatch(
        /foreign key/i,
      );
      expect(await store.themeEdits(['mensenhandel'])).toEqual([[]]);
      expect(await store.themeDomains(['mensenhandel'])).toEqual([[]]);
      expect(await subject.rows(`SELECT owner, status, updated_at AS at FROM theme WHERE code = 'mensenhandel'`)).toEqual([
        { owner: null, status: 'NOT_ASSESSED', at: null },
      ]);
    });

    it('from two servers at once are all recorded, each against what the other left', async () => {
      const other = await subject.another();
      const owners = Array.from({ length: 12 }, (_, i) => `Eigenaar ${i + 1}`);
      const domainSets = [['cter'], ['mensenhandel'], ['cter', 'huiselijk-geweld']];
      await Promise.all(
        owners.map((owner, i) =>
          (i % 2 === 0 ? subject.store : other).editTheme('mensenhandel', { owner }, domainSets[i % 3]!, AT, `server-${i % 2}`),
        ),
      );
      const [edits] = await other.themeEdits(['mensenhandel']);
      const chronological = [...edits!].reverse();
      const ownerEdits = chronological.filter((e) => e.field === 'owner');
      // Every edit landed, and each one's old value is what the edit before it left.
      expect(ownerEdits.map((e) => e.newValue).sort()).toEqual([...owners].sort());
      expect(ownerEdits.map((e) => e.oldValue)).toEqual([null, ...ownerEdits.slice(0, -1).map((e) => e.newValue)]);
      const domainEdits = chronological.filter((e) => e.field === 'domains');
      expect(domainEdits.map((e) => e.oldValue)).toEqual([null, ...domainEdits.slice(0, -1).map((e) => e.newValue)]);
      expect(await subject.rows(`SELECT owner FROM theme WHERE code = 'mensenhandel'`)).toEqual([{ owner: ownerEdits.at(-1)!.newValue }]);
      expect((await subject.store.themeDomains(['mensenhandel']))[0]!.join(', ')).toBe(domainEdits.at(-1)!.newValue);
    });
  });

  describe('notes', () => {
    const note = (target: string, text: string, peildatum: string | null = null) => ({
      target,
      peildatum,
      text,
      author: 'anna',
      createdAt: AT,
    });

    it('are listed newest first, for one view or all, and deleted once', async () => {
      const { store } = subject;
      const first = await store.addNote(note('casuistiek', 'Verdubbeling sinds januari 2022', '2023-02-01'));
      const second = await store.addNote(note('overzicht', 'Rode draad'));
      const third = await store.addNote(note('casuistiek', 'Nieuwe telling'));
      expect(await store.listNotes('casuistiek')).toEqual([
        { id: third, ...note('casuistiek', 'Nieuwe telling') },
        { id: first, ...note('casuistiek', 'Verdubbeling sinds januari 2022', '2023-02-01') },
      ]);
      expect((await store.listNotes(null)).map((n) => n.id)).toEqual([third, second, first]);
      expect(await store.listNotes('financien')).toEqual([]);
      expect(await store.deleteNote(second)).toBe(true);
      expect(await store.deleteNote(second)).toBe(false);
      expect(await store.deleteNote(1.5)).toBe(false);
      expect((await store.listNotes(null)).map((n) => n.id)).toEqual([third, first]);
    });

    it('are refused without text or with a target too long', async () => {
      const { store } = subject;
      expect(await refused(store.addNote(note('casuistiek', '')))).toMatch(/check constraint/i);
      expect(await refused(store.addNote(note('x'.repeat(101), 'Tekst')))).toMatch(/check constraint/i);
      expect(await store.listNotes(null)).toEqual([]);
    });

    it('are listed 500 at most, the newest', async () => {
      const { store, sql } = subject;
      await sql(
        `WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 501)
         INSERT INTO note (target, text, created_at) SELECT 'overzicht', 'Notitie ' || i, '${AT}' FROM n ORDER BY i`,
      );
      const notes = await store.listNotes('overzicht');
      expect(notes).toHaveLength(500);
      expect(notes[0]!.text).toBe('Notitie 501');
      expect(notes.at(-1)!.text).toBe('Notitie 2');
    });
  });
});
