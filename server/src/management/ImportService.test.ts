import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Services } from '../graphql/context.js';
import type { Store } from '../store/index.js';
import { seededStore, testApi, testServices, viewerAs, type TestApi } from '../testing/api.js';

const actor = { username: 'zvh-medewerker', origin: 'test' };
const BOM = '\uFEFF';

/** A count file as Dutch Excel writes it: BOM, ';', CRLF, d-m-yyyy. */
function caseloadCsv(date: string, counts: Record<string, number>): string {
  const lines = ['peildatum;gemeente;kennisdomein;aantal', ...Object.entries(counts).map(([name, n]) => `${date};${name};;${n}`)];
  return BOM + lines.join('\r\n') + '\r\n';
}

const JUNE = {
  'Edam-Volendam': 4,
  Landsmeer: 2,
  Oostzaan: 3,
  Purmerend: 29,
  Waterland: 5,
  Wormerland: 3,
  Zaanstad: 47,
  'Niet gespecificeerd': 8,
};

let store: Store;
let services: Services;
let api: TestApi;

beforeEach(async () => {
  store = await seededStore();
  services = testServices(store);
  api = await testApi({ store, services });
});
afterEach(() => api.close());

const run = (content: string, dryRun = false, kind: 'CASELOAD' | 'CONTRIBUTIONS' | 'POPULATION' | 'FUNDING' = 'CASELOAD') =>
  services.imports.run(kind, [content], { dryRun, actor, fileName: 'test.csv' });

async function total(peildatum: string): Promise<number | null> {
  const { data } = await api.run<{ caseload: { total: number } | null }>('query ($d: Date) { caseload(peildatum: $d) { total } }', {
    d: peildatum,
  });
  return data!.caseload?.total ?? null;
}

describe('importing counts', () => {
  it('stores a new count date exactly as it stores a replaced one: same rows, the stated Totaal as its total', async () => {
    // A new date takes the direct path (staging → caseload_count in SQL); a date that exists is
    // compared and replaced row by row. Both must leave the same content.
    const lines = (date: string) =>
      [
        'peildatum;gemeente;kennisdomein;aantal',
        `${date};Zaanstad;;47`,
        `${date};Zaanstad;Huiselijk geweld;30`,
        `${date};Zaanstad;Mensenhandel;17`,
        `${date};Purmerend;;29`,
        `${date};Niet gespecificeerd;;8`,
        `${date};Totaal;;84`,
      ].join('\n');
    const contentOf = async (date: string) => {
      const [rows = []] = await store.caseCountsBySnapshot([date]);
      const snapshot = (await store.listCaseloadSnapshots()).find((s) => s.peildatum === date);
      return { total: snapshot?.total, rows: rows.map(({ peildatum: _date, ...row }) => row) };
    };
    expect((await run(lines('2024-06-01'))).changes).toEqual([expect.objectContaining({ effect: 'ADDED', added: 5, totalAfter: 84 })]);
    expect((await run(lines('2023-02-01'))).changes).toEqual([expect.objectContaining({ effect: 'CHANGED', totalAfter: 84 })]);
    const added = await contentOf('2024-06-01');
    expect(added.total).toBe(84);
    expect(added.rows).toHaveLength(5);
    expect(await contentOf('2023-02-01')).toEqual(added);
  });

  it('adds a new count date in one go, with the file as its source, and audits it', async () => {
    const result = await run(caseloadCsv('1-6-2024', JUNE));
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ rowsRead: 8, added: 8, changed: 0, unchanged: 0, removed: 0 });
    expect(result.changes).toEqual([expect.objectContaining({ key: '2024-06-01', effect: 'ADDED', totalBefore: null, totalAfter: 101 })]);
    expect(await total('2024-06-01')).toBe(101);
    const { data } = await api.run<{ caseload: { changeFromPrevious: number; source: { document: string; note: string } } }>(
      '{ caseload { changeFromPrevious source { document note } } }',
    );
    expect(data!.caseload.changeFromPrevious).toBeCloseTo(101 / 96 - 1, 12);
    expect(data!.caseload.source).toEqual({
      document: 'Import test.csv',
      note: expect.stringMatching(
        /^Geïmporteerd door zvh-medewerker op \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/,
      ),
    });
    const audit = await store.recentAudit(1);
    expect(audit[0]).toMatchObject({ actor: 'zvh-medewerker', action: 'import', object: 'CASELOAD test.csv', result: 'ok' });
  });

  it('changes nothing when the same file comes again', async () => {
    await run(caseloadCsv('1-6-2024', JUNE));
    const again = await run(caseloadCsv('1-6-2024', JUNE));
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 8, removed: 0 });
    expect(again.changes[0]!.effect).toBe('UNCHANGED');
    expect(await store.listVersions()).toEqual([]);
  });

  it('changes nothing when the real figures of 1-2-2023 are imported again: they keep their source', async () => {
    const result = await run(
      caseloadCsv('1-2-2023', {
        'Edam-Volendam': 3,
        Landsmeer: 2,
        Oostzaan: 2,
        Purmerend: 27,
        Waterland: 6,
        Wormerland: 2,
        Zaanstad: 45,
        'Niet gespecificeerd': 9,
      }),
    );
    expect(result.changes).toEqual([expect.objectContaining({ key: '2023-02-01', effect: 'UNCHANGED' })]);
    const { data } = await api.run<{ caseload: { source: { document: string } } }>(
      '{ caseload(peildatum: "2023-02-01") { source { document } } }',
    );
    expect(data!.caseload.source.document).toBe('003_8a1aa5aa1d12b1c5.txt');
  });

  it('replaces a corrected count date, keeps the previous version, and can put it back', async () => {
    await run(caseloadCsv('1-6-2024', JUNE));
    const corrected = await run(caseloadCsv('1-6-2024', { ...JUNE, Zaanstad: 50 }));
    expect(corrected).toMatchObject({ added: 0, changed: 1, unchanged: 7 });
    expect(corrected.changes[0]).toMatchObject({ effect: 'CHANGED', totalBefore: 101, totalAfter: 104 });
    expect(await total('2024-06-01')).toBe(104);

    const versions = await store.listVersions('CASELOAD', '2024-06-01');
    expect(versions).toEqual([expect.objectContaining({ key: '2024-06-01', replacedBy: 'zvh-medewerker', rows: 8, total: 101 })]);
    const preview = await services.imports.restore(versions[0]!.id, { dryRun: true, actor });
    expect(preview.changes[0]).toMatchObject({ totalBefore: 104, totalAfter: 101 });
    expect(await total('2024-06-01')).toBe(104);

    await services.imports.restore(versions[0]!.id, { dryRun: false, actor });
    expect(await total('2024-06-01')).toBe(101);
    // The corrected content was kept in turn.
    expect((await store.listVersions('CASELOAD', '2024-06-01')).map((v) => v.total)).toEqual([104, 101]);
  });

  it('marks the version whose figures are shown now as current: after putting it back, and not before', async () => {
    await run(caseloadCsv('1-6-2024', JUNE));
    await run(caseloadCsv('1-6-2024', { ...JUNE, Zaanstad: 50 }));
    const [first] = await store.listVersions('CASELOAD', '2024-06-01');
    expect(first).toMatchObject({ total: 101, current: false });
    await services.imports.restore(first!.id, { dryRun: false, actor });
    const after = await store.listVersions('CASELOAD', '2024-06-01');
    expect(after.map((v) => [v.total, v.current])).toEqual([
      [104, false],
      [101, true],
    ]);
    expect(await store.getVersion(first!.id)).toMatchObject({ current: true });
  });

  it('writes nothing in a dry run, but says what it would do', async () => {
    const preview = await run(caseloadCsv('1-6-2024', JUNE), true);
    expect(preview).toMatchObject({ dryRun: true, added: 8 });
    expect(await total('2024-06-01')).toBeNull();
    expect((await store.recentAudit(5)).some((e) => e.action === 'import')).toBe(false);
  });

  it('writes nothing when the file has an error, and lists every error with line and column', async () => {
    const bad = caseloadCsv('1-6-2024', JUNE).replace('Zaanstad;;47', 'Zaanstat;;47').replace('Landsmeer;;2', 'Landsmeer;;-2');
    const result = await run(bad);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 8, column: 'gemeente', message: expect.stringMatching(/Zaanstad/) }),
        expect.objectContaining({ line: 3, column: 'aantal' }),
      ]),
    );
    expect(result).toMatchObject({ added: 0, changed: 0 });
    expect(await total('2024-06-01')).toBeNull();
    expect((await store.recentAudit(1))[0]).toMatchObject({ action: 'import', result: 'refused' });
  });

  it('runs two imports at the same time one after the other', async () => {
    const [first, second] = await Promise.all([run(caseloadCsv('1-6-2024', JUNE)), run(caseloadCsv('1-6-2024', JUNE))]);
    expect([first.changes[0]!.effect, second.changes[0]!.effect]).toEqual(['ADDED', 'UNCHANGED']);
  });
});

describe('importing money and inhabitants', () => {
  it('adds a year of contributions and recomputes a year whose amounts change', async () => {
    const csv = (year: number, zaanstad: number) =>
      ['jaar;gemeente;bedrag', `${year};Zaanstad;€ ${zaanstad.toLocaleString('nl-NL')}`, `${year};Purmerend;80.705`].join('\r\n');
    const added = await run(csv(2025, 140_000), false, 'CONTRIBUTIONS');
    expect(added.changes).toEqual([expect.objectContaining({ key: '2025', effect: 'ADDED', totalAfter: 220_705 })]);
    const changed = await run(csv(2024, 137_000), false, 'CONTRIBUTIONS');
    expect(changed.changes[0]).toMatchObject({
      effect: 'CHANGED',
      changed: 1,
      unchanged: 1,
      totalBefore: 298_809,
      totalAfter: 298_809 - 949,
    });
    const { data } = await api.run<{ contributionYears: number[] }>('{ contributionYears }');
    expect(data!.contributionYears).toEqual([2023, 2024, 2025]);
  });

  it('adds inhabitants of a year with their source, used for later per-capita figures', async () => {
    const result = await run(
      ['jaar;gemeente;inwoners;bron', '2023;Waterland;17.612;CBS Statline, bevolking 1 januari 2023'].join('\n'),
      false,
      'POPULATION',
    );
    expect(result.changes[0]).toMatchObject({ key: '2023', effect: 'ADDED', added: 1 });
    const { data } = await api.run<{ municipality: { population: { year: number; inhabitants: number; source: { document: string } } } }>(
      '{ municipality(code: "GM0852") { population { year inhabitants source { document } } } }',
    );
    expect(data!.municipality.population).toEqual({
      year: 2023,
      inhabitants: 17_612,
      source: { document: 'CBS Statline, bevolking 1 januari 2023' },
    });
  });
});

describe('the importData mutation', () => {
  it('is the same code path, for ZVH and BEHEERDER only', async () => {
    const mutation =
      'mutation ($c: String!) { importData(kind: CASELOAD, content: $c, dryRun: true) { rowsRead added errors { line column message } changes { key effect totalAfter } } }';
    const { data, errors } = await api.run<{
      importData: { rowsRead: number; added: number; changes: { key: string; effect: string; totalAfter: number }[] };
    }>(mutation, { c: caseloadCsv('1-6-2024', JUNE) });
    expect(errors).toBeUndefined();
    expect(data!.importData).toMatchObject({ rowsRead: 8, added: 8, changes: [{ key: '2024-06-01', effect: 'ADDED', totalAfter: 101 }] });
    for (const role of ['BESTUURDER', 'GEMEENTE'] as const) {
      const refused = await api.run(mutation, { c: caseloadCsv('1-6-2024', JUNE) }, viewerAs(role, role === 'GEMEENTE' ? 'GM0479' : null));
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await total('2024-06-01')).toBeNull();
  });
});
