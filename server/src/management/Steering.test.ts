import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Services } from '../graphql/context.js';
import type { Store } from '../store/index.js';
import { seededStore, testApi, testServices, viewerAs, type TestApi } from '../testing/api.js';

let store: Store;
let services: Services;
let api: TestApi;
let now: number;

beforeEach(async () => {
  store = await seededStore();
  now = Date.UTC(2026, 10, 22, 12);
  services = testServices(store, { now: () => now });
  api = await testApi({ store, services });
});
afterEach(() => api.close());

interface GoalData {
  id: string;
  status: string;
  latestValue: number | null;
  latestValueDate: string | null;
  basis: string | null;
  history: { value: number; date: string }[];
}
const GOAL = 'id status latestValue latestValueDate basis history { value date }';

async function createGoal(input: Record<string, unknown>): Promise<GoalData> {
  const { data, errors } = await api.run<{ createGoal: GoalData }>(`mutation ($i: GoalInput!) { createGoal(input: $i) { ${GOAL} } }`, {
    i: input,
  });
  if (errors) throw new Error(errors[0]!.message);
  return data!.createGoal;
}

describe('goals', () => {
  it('take their value from the latest count and compute their status: 96 running cases against 100, 90 and 80', async () => {
    const base = { title: 'Lopende casussen', indicator: 'RUNNING_CASES', direction: 'AT_MOST' };
    expect(await createGoal({ ...base, target: 100 })).toMatchObject({
      status: 'ON_TRACK',
      latestValue: 96,
      latestValueDate: '2023-02-01',
      basis: 'telling van 2023-02-01',
      history: [
        { value: 44, date: '2022-01-01' },
        { value: 96, date: '2023-02-01' },
      ],
    });
    expect((await createGoal({ ...base, target: 90 })).status).toBe('AT_RISK'); // 96 ≤ 99
    expect((await createGoal({ ...base, target: 80 })).status).toBe('OFF_TRACK'); // 96 > 88
  });

  it('work per municipality and for money: Zaanstad per 10.000 inhabitants, contributions of the latest year', async () => {
    const zaanstad = await createGoal({
      title: 'Zaanstad',
      indicator: 'CASES_PER_10K',
      direction: 'BETWEEN',
      target: 2,
      targetUpper: 3,
      municipalityCode: 'GM0479',
    });
    expect(zaanstad.latestValue).toBeCloseTo((45 / 157_166) * 10_000, 10);
    expect(zaanstad.status).toBe('ON_TRACK');
    const money = await createGoal({ title: 'Bijdragen', indicator: 'CONTRIBUTIONS_TOTAL', direction: 'AT_MOST', target: 300_000 });
    expect(money).toMatchObject({ latestValue: 298_809, latestValueDate: '2024-01-01', status: 'ON_TRACK', basis: 'bijdragen 2024' });
    const unspecified = await createGoal({
      title: 'Niet gespecificeerd',
      indicator: 'UNSPECIFIED_SHARE',
      direction: 'AT_MOST',
      target: 0.05,
    });
    expect(unspecified.latestValue).toBeCloseTo(9 / 96, 12);
    expect(unspecified.status).toBe('OFF_TRACK');
  });

  it('with a MANUAL indicator have NO_DATA until a value is reported, and go STALE after staleAfterDays', async () => {
    const goal = await createGoal({
      title: 'Trainingen gegeven',
      indicator: 'MANUAL',
      direction: 'AT_LEAST',
      target: 10,
      staleAfterDays: 30,
      unit: 'trainingen',
    });
    expect(goal.status).toBe('NO_DATA');
    const report = `mutation { reportGoalValue(id: "${goal.id}", value: 12, date: "2026-11-01") { ${GOAL} } }`;
    const { data } = await api.run<{ reportGoalValue: GoalData }>(report);
    expect(data!.reportGoalValue).toMatchObject({ status: 'ON_TRACK', latestValue: 12, history: [{ value: 12, date: '2026-11-01' }] });
    now += 30 * 86_400_000; // 2026-12-22: 51 days after the value
    const { data: later } = await api.run<{ goals: GoalData[] }>(`{ goals { ${GOAL} } }`);
    expect(later!.goals[0]!.status).toBe('STALE');
  });

  it('refuse bad input with a message that says what to fix', async () => {
    await expect(createGoal({ title: 'x', indicator: 'RUNNING_CASES', direction: 'BETWEEN', target: 3 })).rejects.toThrow(/bovengrens/);
    await expect(createGoal({ title: 'x', indicator: 'RUNNING_CASES', direction: 'AT_MOST', target: 3, margin: 2 })).rejects.toThrow(
      /fractie/,
    );
    await expect(
      createGoal({ title: 'x', indicator: 'UNSPECIFIED_SHARE', direction: 'AT_MOST', target: 1, municipalityCode: 'GM0479' }),
    ).rejects.toThrow(/alleen voor de regio/);
    const data = await createGoal({ title: 'Data', indicator: 'RUNNING_CASES', direction: 'AT_MOST', target: 100 });
    const { errors } = await api.run(`mutation { reportGoalValue(id: "${data.id}", value: 1, date: "2026-11-01") { id } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/komt uit de cijfers/);
  });

  it('can be changed and deleted, each change audited, by ZVH and BEHEERDER only', async () => {
    const goal = await createGoal({ title: 'Casussen', indicator: 'RUNNING_CASES', direction: 'AT_MOST', target: 100 });
    const update = `mutation { updateGoal(id: "${goal.id}", input: { title: "Casussen", indicator: RUNNING_CASES, direction: AT_MOST, target: 90 }) { status } }`;
    expect((await api.run<{ updateGoal: { status: string } }>(update)).data!.updateGoal.status).toBe('AT_RISK');
    const forbidden = await api.run(update, undefined, viewerAs('BESTUURDER'));
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await api.run<{ goals: GoalData[] }>(`{ goals { ${GOAL} } }`, undefined, viewerAs('GEMEENTE', 'GM0385'));
    expect(read.data!.goals).toHaveLength(1);
    expect((await api.run<{ deleteGoal: boolean }>(`mutation { deleteGoal(id: "${goal.id}") }`)).data!.deleteGoal).toBe(true);
    const actions = (await store.recentAudit(10)).map((e) => e.action);
    expect(actions.slice(0, 3)).toEqual(['goal.delete', 'goal.update', 'goal.create']);
    expect((await store.recentAudit(10))[1]!.detail).toMatch(/RUNNING_CASES ≤ 100 .* → RUNNING_CASES ≤ 90/);
  });

  it('entered by hand carry the unit that was typed; the other indicators have their own', async () => {
    const manual = { title: 'Wachttijd intake', indicator: 'MANUAL', direction: 'AT_MOST', target: 14 };
    const read = `mutation ($i: GoalInput!) { createGoal(input: $i) { unit } }`;
    const created = await api.run<{ createGoal: { unit: string } }>(read, { i: { ...manual, unit: '  dagen ' } });
    expect(created.data!.createGoal.unit).toBe('dagen');
    const { data } = await api.run<{ goals: { indicator: string; unit: string | null }[] }>('{ goals { indicator unit } }');
    expect(data!.goals).toEqual([{ indicator: 'MANUAL', unit: 'dagen' }]);
    expect((await store.recentAudit(1))[0]!.detail).toMatch(/MANUAL ≤ 14 dagen/);

    await expect(createGoal(manual)).rejects.toThrow(/Geef bij een handmatig doel de eenheid, bijvoorbeeld "casussen"/);
    await expect(createGoal({ ...manual, unit: '   ' })).rejects.toThrow(/de eenheid/);
    await expect(createGoal({ ...manual, unit: 'x'.repeat(41) })).rejects.toThrow(/De eenheid is te lang: hoogstens 40 tekens/);
    await expect(
      createGoal({ title: 'Casussen', indicator: 'RUNNING_CASES', direction: 'AT_MOST', target: 100, unit: '%' }),
    ).rejects.toThrow(/Alleen een handmatig doel/);
  });
});

describe('themes', () => {
  type History = { setThemeStatus: { history: { field: string; newValue: string; note: string | null }[] } };
  const setStatus = (args: string) =>
    api.run<History>(`mutation { setThemeStatus(code: "mensenhandel", ${args}) { history { field newValue note } } }`);
  const themeNotes = async () =>
    (await api.run<{ notes: { text: string }[] }>('{ notes(target: "theme:mensenhandel") { text } }')).data!.notes.map((n) => n.text);

  it('keep the note of a status change with the change, and show it as a rode draad only when asked', async () => {
    const quiet = await setStatus('status: AT_RISK, note: "  Te weinig signalen "');
    expect(quiet.data!.setThemeStatus.history[0]).toEqual({ field: 'status', newValue: 'AT_RISK', note: 'Te weinig signalen' });
    expect(await themeNotes()).toEqual([]);

    const shared = await setStatus('status: OFF_TRACK, note: "Aanpak loopt vast", asCommonThread: true');
    expect(shared.data!.setThemeStatus.history[0]).toMatchObject({ newValue: 'OFF_TRACK', note: 'Aanpak loopt vast' });
    expect(await themeNotes()).toEqual(['Aanpak loopt vast']);

    const empty = await setStatus('status: DONE, note: " ", asCommonThread: true');
    expect(empty.errors?.[0]?.message).toMatch(/Schrijf een toelichting om die ook als rode draad te tonen/);
    const themes = await api.run<{ themes: { code: string; status: string }[] }>('{ themes { code status } }');
    expect(themes.data!.themes.find((t) => t.code === 'mensenhandel')?.status).toBe('OFF_TRACK');
  });

  it('get a status with a note, owner, milestone and domains, every edit kept in history and in the audit log', async () => {
    const status = await api.run<{ setThemeStatus: { status: string } }>(
      'mutation { setThemeStatus(code: "mensenhandel", status: AT_RISK, note: "Te weinig signalen") { status } }',
    );
    expect(status.data!.setThemeStatus.status).toBe('AT_RISK');
    const edit = await api.run<{
      updateTheme: {
        owner: string;
        nextMilestone: string;
        nextMilestoneDate: string;
        domains: { code: string }[];
        history: { field: string; oldValue: string | null; newValue: string | null }[];
      };
    }>(
      'mutation { updateTheme(code: "mensenhandel", input: { owner: "Wethouder Zorg", nextMilestone: "BO Z&V", nextMilestoneDate: "2026-12-10", domainCodes: ["mensenhandel"] }) { owner nextMilestone nextMilestoneDate domains { code } history { field oldValue newValue } } }',
    );
    expect(edit.errors).toBeUndefined();
    expect(edit.data!.updateTheme).toMatchObject({
      owner: 'Wethouder Zorg',
      nextMilestoneDate: '2026-12-10',
      domains: [{ code: 'mensenhandel' }],
    });
    expect(edit.data!.updateTheme.history.map((h) => h.field).sort()).toEqual([
      'domains',
      'nextMilestone',
      'nextMilestoneDate',
      'owner',
      'status',
    ]);
    expect(edit.data!.updateTheme.history.find((h) => h.field === 'status')).toEqual({
      field: 'status',
      oldValue: 'NOT_ASSESSED',
      newValue: 'AT_RISK',
    });
    expect(await themeNotes()).toEqual([]); // the note stays with the status change
    expect((await store.recentAudit(20)).some((e) => e.action === 'theme.setStatus' && e.detail === 'NOT_ASSESSED → AT_RISK')).toBe(true);
    const forbidden = await api.run(
      'mutation { setThemeStatus(code: "mensenhandel", status: DONE) { status } }',
      undefined,
      viewerAs('BESTUURDER'),
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('notes', () => {
  it('are added to a view for a count date, read by everyone and deleted by their keepers', async () => {
    const added = await api.run<{ addNote: { id: string; target: string; peildatum: string } }>(
      'mutation { addNote(input: { target: "casuistiek", peildatum: "2023-02-01", text: "Verdubbeling sinds januari 2022" }) { id target peildatum } }',
    );
    expect(added.data!.addNote).toMatchObject({ target: 'casuistiek', peildatum: '2023-02-01' });
    const read = await api.run<{ notes: { text: string }[] }>(
      '{ notes(target: "casuistiek") { text } }',
      undefined,
      viewerAs('BESTUURDER'),
    );
    expect(read.data!.notes).toEqual([{ text: 'Verdubbeling sinds januari 2022' }]);
    expect((await api.run(`mutation { deleteNote(id: "${added.data!.addNote.id}") }`)).data).toEqual({ deleteNote: true });
    expect((await api.run('mutation { addNote(input: { target: "casuistiek", text: "  " }) { id } }')).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
