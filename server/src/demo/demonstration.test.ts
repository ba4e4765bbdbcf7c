import { loadSeed } from '@zv/seed';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { exportCsv } from '../management/exportCsv.js';
import { SqliteStore } from '../store/index.js';
import { seededStore, testApi, testServices, viewerAs, type TestApi } from '../testing/api.js';
import { DEMO_MONTHS, DEMO_SOURCE } from './dataset.js';
import {
  DEMO_ACCOUNTS,
  demoDataDir,
  fillDemonstration,
  isDemonstration,
  refuseDemonstrationDatabase,
  refuseRealDatabase,
} from './demonstration.js';

let demo: TestApi;
let real: TestApi;

beforeAll(async () => {
  const store = SqliteStore.open(':memory:');
  const services = { ...testServices(store), demonstration: { accounts: DEMO_ACCOUNTS } };
  await fillDemonstration(services, loadSeed());
  demo = await testApi({ store, services });
  real = await testApi({ store: await seededStore() });
}, 60_000);
afterAll(async () => {
  await demo.close();
  await real.close();
});

describe('a demonstration database', () => {
  it('is marked, so that the normal server refuses it, and the demonstration takes it', async () => {
    expect(await isDemonstration(demo.store)).toBe(true);
    await expect(refuseDemonstrationDatabase(demo.store, 'demo.sqlite')).rejects.toThrow(
      /demo.sqlite is een demonstratiedatabase.*npm run demo/,
    );
    await expect(refuseRealDatabase(demo.store, 'demo.sqlite')).resolves.toBeUndefined();
  });

  it('holds two years of monthly counts, each with the demonstration as its source', async () => {
    const result = await demo.run<{
      caseloadSnapshots: { peildatum: string; total: number; source: { document: string; note: string } }[];
    }>('{ caseloadSnapshots { peildatum total source { document note } } }');
    expect(result.errors).toBeUndefined();
    const snapshots = result.data?.caseloadSnapshots ?? [];
    expect(snapshots.map((s) => s.peildatum)).toEqual(DEMO_MONTHS);
    for (const s of snapshots) expect(s.source).toEqual({ document: DEMO_SOURCE.document, note: DEMO_SOURCE.note });
  });

  it('holds the inflow and outflow between the counts, which the counts follow, and the explanations of the last jump', async () => {
    const result = await demo.run<{
      flows: { months: string[]; region: { month: string; inflow: number; outflow: number }[] };
      explanations: { peildatum: string; text: string }[];
    }>('{ flows { months region { month inflow outflow } } explanations { peildatum text } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.flows.months).toEqual(DEMO_MONTHS.slice(0, -1).map((d) => d.slice(0, 7)));
    const snapshots = await demo.store.listCaseloadSnapshots();
    const totals = new Map(snapshots.map((s) => [s.peildatum, s.total]));
    for (const m of result.data?.flows.region ?? []) {
      const from = `${m.month}-01`;
      const to = DEMO_MONTHS[DEMO_MONTHS.indexOf(from) + 1] as string;
      expect((totals.get(from) ?? 0) + m.inflow - m.outflow).toBe(totals.get(to));
    }
    expect(result.data?.explanations.filter((e) => e.peildatum === DEMO_MONTHS.at(-1))).toHaveLength(2);
  });

  it('keeps the protection of small counts: a GEMEENTE user sees another municipality’s small domain counts hidden', async () => {
    const query = `{ caseload { byMunicipality { municipality { code } byDomain { count suppressed } } } }`;
    type Answer = {
      caseload: { byMunicipality: { municipality: { code: string }; byDomain: { count: number | null; suppressed: boolean }[] }[] };
    };
    const zvh = await demo.run<Answer>(query, {}, viewerAs('ZVH'));
    const gemeente = await demo.run<Answer>(query, {}, viewerAs('GEMEENTE', 'GM0479'));
    expect(zvh.errors).toBeUndefined();
    expect(gemeente.errors).toBeUndefined();
    const hidden = (answer: Answer) =>
      answer.caseload.byMunicipality.flatMap((m) => m.byDomain.filter((d) => d.suppressed).map(() => m.municipality.code));
    expect(hidden(zvh.data as Answer)).toEqual([]);
    const hiddenForGemeente = hidden(gemeente.data as Answer);
    expect(hiddenForGemeente.length).toBeGreaterThan(0);
    expect(hiddenForGemeente).not.toContain('GM0479');
  });

  it('has goals, theme statuses and notes, written by the demonstration’s ZVH account and audited', async () => {
    const result = await demo.run<{ goals: { title: string }[]; themes: { code: string; status: string }[]; notes: { text: string }[] }>(
      '{ goals { title } themes { code status } notes { text } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.goals).toHaveLength(3);
    expect(result.data?.themes.find((t) => t.code === 'mensenhandel')?.status).toBe('AT_RISK');
    expect(result.data?.notes.length).toBeGreaterThan(0);
    expect(result.data?.notes.every((n) => /demonstratie/i.test(n.text))).toBe(true);
    const audit = await demo.store.queryAudit({ actor: 'demo-zvh', limit: 100, offset: 0 });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['import', 'goal.create', 'theme.setStatus', 'note.add']));
  });

  it('signs in every role with the documented passwords, no second factor asked', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const result = await demo.run<{ login: { next: string; user: { role: string; municipality: { code: string } | null } } }>(
        `mutation { login(username: "${account.username}", password: "${account.password}") { next user { role municipality { code } } } }`,
        {},
        null,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.login).toEqual({
        next: 'NONE',
        user: { role: account.role, municipality: account.municipalityCode ? { code: account.municipalityCode } : null },
      });
    }
  });

  it('says it is a demonstration, to anyone, with its accounts', async () => {
    const result = await demo.run('{ deployment { demonstration demoAccounts { username password role municipalityName } } }', {}, null);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      deployment: {
        demonstration: true,
        demoAccounts: DEMO_ACCOUNTS.map((a) => ({
          username: a.username,
          password: a.password,
          role: a.role,
          municipalityName: a.municipalityCode ? 'Zaanstad' : null,
        })),
      },
    });
  });

  it('marks every row of its CSV exports, through the API too', async () => {
    const result = await demo.run<{ exportCsv: { content: string } }>('{ exportCsv(dataset: CASELOAD_TOTALS) { content } }');
    expect(result.errors).toBeUndefined();
    const lines = (result.data?.exportCsv.content ?? '').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/;gegevens$/);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(1)) expect(line).toMatch(/;Demonstratiegegevens$/);
  });
});

describe('a real deployment', () => {
  it('is no demonstration: no mark, no banner, no accounts listed', async () => {
    expect(await isDemonstration(real.store)).toBe(false);
    await expect(refuseDemonstrationDatabase(real.store, 'echt.sqlite')).resolves.toBeUndefined();
    const result = await real.run('{ deployment { demonstration demoAccounts { username password } } }', {}, null);
    expect(result).toEqual({ data: { deployment: { demonstration: false, demoAccounts: [] } } });
    const csv = await exportCsv(real.store, 'CASELOAD_TOTALS', null);
    expect(csv.content).not.toMatch(/Demonstratiegegevens|gegevens/);
  });

  it('is never used or removed by the demonstration', async () => {
    await expect(refuseRealDatabase(real.store, '/srv/zv/data/zorg-veiligheid.sqlite')).rejects.toThrow(
      /zorg-veiligheid.sqlite is geen demonstratiedatabase/,
    );
  });
});

describe('the demonstration’s data folder', () => {
  it('is ./data-demo by default, or the one asked for', () => {
    expect(demoDataDir({}, '/app')).toBe('/app/data-demo');
    expect(demoDataDir({ ZV_DEMO_DATA_DIR: 'proef' }, '/app')).toBe('/app/proef');
    expect(demoDataDir({ ZV_DEMO_DATA_DIR: 'proef' }, '/app', '/tmp/demo')).toBe('/tmp/demo');
  });

  it('is never the real one: not with ZV_DATABASE_URL, not DATA_DIR, not ./data', () => {
    expect(() => demoDataDir({ ZV_DATABASE_URL: 'postgres://zv:geheim@db/zv' }, '/app')).toThrow(/nooit ZV_DATABASE_URL/);
    expect(() => demoDataDir({ ZV_DATABASE_URL: 'postgres://zv:geheim@db/zv' }, '/app')).not.toThrow(/geheim/);
    expect(() => demoDataDir({ DATA_DIR: '/srv/zv' }, '/app', '/srv/zv')).toThrow(/\/srv\/zv is de map van de echte database/);
    expect(() => demoDataDir({}, '/app', './data')).toThrow(/\/app\/data is de map van de echte database/);
    expect(() => demoDataDir({ ZV_DEMO_DATA_DIR: '/srv/zv/' }, '/app', undefined)).not.toThrow();
    expect(() => demoDataDir({ DATA_DIR: '/srv/zv', ZV_DEMO_DATA_DIR: '/srv/zv/' }, '/app')).toThrow(/echte database/);
  });
});
