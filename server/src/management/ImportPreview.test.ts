import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Services } from '../graphql/context.js';
import { ROW_CHANGE_LIMIT } from '../store/ImportStore.js';
import type { Store } from '../store/index.js';
import { seededStore, testApi, testServices, viewerAs, type TestApi } from '../testing/api.js';

const actor = { username: 'zvh-medewerker', origin: 'test' };

let store: Store;
let services: Services;

beforeEach(async () => {
  store = await seededStore();
  services = testServices(store);
});
afterEach(() => store.close());

const preview = (kind: 'CASELOAD' | 'CONTRIBUTIONS' | 'POPULATION' | 'FUNDING', lines: string[], dryRun = true) =>
  services.imports.run(kind, [lines.join('\r\n')], { dryRun, actor, fileName: 'test.csv' });

/** The seed's real counts of 1 February 2023 (seed/examples/caseload.csv). */
const FEBRUARY = [
  '1-2-2023;Edam-Volendam;;3',
  '1-2-2023;Landsmeer;;2',
  '1-2-2023;Oostzaan;;2',
  '1-2-2023;Purmerend;;27',
  '1-2-2023;Waterland;;6',
  '1-2-2023;Wormerland;;2',
  '1-2-2023;Zaanstad;;45',
  '1-2-2023;Niet gespecificeerd;;9',
];
const HEADER = 'peildatum;gemeente;kennisdomein;aantal';

describe('the preview of an import lists the rows it changes', () => {
  it('names each changed, added and removed row of a count date with old → new, and not the unchanged ones', async () => {
    const lines = [
      HEADER,
      ...FEBRUARY.filter((l) => !l.includes('Landsmeer')).map((l) => l.replace('Zaanstad;;45', 'Zaanstad;;47')),
      '1-2-2023;Zaanstad;Huiselijk geweld;12',
    ];
    const result = await preview('CASELOAD', lines);
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ added: 1, changed: 1, removed: 1, unchanged: 6, moreRowChanges: 0 });
    const rows = result.rowChanges.map(({ key, effect, scope, municipality, domain, before, after }) => ({
      key,
      effect,
      scope,
      municipality,
      domain,
      before,
      after,
    }));
    expect(rows).toEqual([
      { key: '2023-02-01', effect: 'CHANGED', scope: 'municipality', municipality: 'Zaanstad', domain: null, before: 45, after: 47 },
      {
        key: '2023-02-01',
        effect: 'ADDED',
        scope: 'municipality',
        municipality: 'Zaanstad',
        domain: 'Ernstig huiselijk geweld',
        before: null,
        after: 12,
      },
      { key: '2023-02-01', effect: 'REMOVED', scope: 'municipality', municipality: 'Landsmeer', domain: null, before: 2, after: null },
    ]);
    expect(result.rowChanges[1]).toMatchObject({ municipalityCode: 'GM0479', domainCode: 'huiselijk-geweld' });
  });

  it('lists nothing when the file changes nothing', async () => {
    const result = await preview('CASELOAD', [HEADER, ...FEBRUARY]);
    expect(result).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 8, rowChanges: [], moreRowChanges: 0 });
  });

  it('lists every row of a new count date as added, in file order, the stated total not among them', async () => {
    const result = await preview('CASELOAD', [HEADER, '1-6-2024;Zaanstad;;47', '1-6-2024;Niet gespecificeerd;;3', '1-6-2024;Totaal;;50']);
    expect(result.rowChanges.map((r) => [r.effect, r.scope, r.municipality, r.after])).toEqual([
      ['ADDED', 'municipality', 'Zaanstad', 47],
      ['ADDED', 'unspecified', null, 3],
    ]);
    expect(result.changes[0]).toMatchObject({ totalBefore: null, totalAfter: 50 });
  });

  it('lists the contribution that changes with its municipality and old → new amount, not the others of the year', async () => {
    const result = await preview('CONTRIBUTIONS', ['jaar;gemeente;bedrag', '2024;Zaanstad;137.000', '2024;Purmerend;80.705']);
    expect(result.rowChanges).toEqual([
      expect.objectContaining({ key: '2024', effect: 'CHANGED', municipality: 'Zaanstad', before: 137_949, after: 137_000 }),
    ]);
    expect(result.changed).toBe(1);
  });

  it('lists a change of the source of inhabitants, also when the number stays', async () => {
    const seeded = (await store.populationByMunicipality(['GM0852']))[0]![0]!;
    const result = await preview('POPULATION', [
      'jaar;gemeente;inwoners;bron',
      `${seeded.year};Waterland;${seeded.inhabitants};CBS Statline, bevolking 1 januari`,
    ]);
    expect(result.rowChanges).toEqual([
      expect.objectContaining({
        effect: 'CHANGED',
        municipality: 'Waterland',
        before: seeded.inhabitants,
        after: seeded.inhabitants,
        textAfter: 'CBS Statline, bevolking 1 januari',
      }),
    ]);
    expect(result.rowChanges[0]!.textBefore).not.toBe(result.rowChanges[0]!.textAfter);
  });

  it('lists a funding source by its name', async () => {
    const file = (amount: string) => ['jaar;bron;bedrag', `2023;POK-middelen personen met (hoog) risicovol verward gedrag;${amount}`];
    await preview('FUNDING', file('€ 183.000'), false);
    const result = await preview('FUNDING', file('€ 190.000'));
    expect(result.rowChanges).toEqual([
      expect.objectContaining({
        effect: 'CHANGED',
        fundingCode: 'pok-verward-gedrag',
        fundingSource: 'POK-middelen personen met (hoog) risicovol verward gedrag',
        before: 183_000,
        after: 190_000,
      }),
    ]);
  });

  it('lists what a restore puts back, old → new', async () => {
    await preview('CASELOAD', [HEADER, ...FEBRUARY.map((l) => l.replace('Zaanstad;;45', 'Zaanstad;;47'))], false);
    const [version] = await store.listVersions('CASELOAD', '2023-02-01');
    const restore = await services.imports.restore(version!.id, { dryRun: true, actor });
    expect(restore.rowChanges).toEqual([expect.objectContaining({ effect: 'CHANGED', municipality: 'Zaanstad', before: 47, after: 45 })]);
  });

  it(`stops listing at ${ROW_CHANGE_LIMIT.toLocaleString('nl-NL')} rows and counts the rest exactly`, async () => {
    // 200 new count dates of 56 rows each (7 municipalities and 'Niet gespecificeerd', each a
    // total and six domains), plus the stated total: 11.200 rows added.
    const places = ['Edam-Volendam', 'Landsmeer', 'Oostzaan', 'Purmerend', 'Waterland', 'Wormerland', 'Zaanstad', 'Niet gespecificeerd'];
    const domains = (await store.listKnowledgeDomains()).map((d) => d.code);
    expect(domains).toHaveLength(6);
    const lines = [HEADER];
    for (let day = 0; day < 200; day++) {
      const date = new Date(Date.UTC(2010, 0, 1 + day)).toISOString().slice(0, 10);
      for (const place of places) {
        lines.push(`${date};${place};;10`);
        for (const domain of domains) lines.push(`${date};${place};${domain};1`);
      }
      lines.push(`${date};Totaal;;80`);
    }
    const result = await preview('CASELOAD', lines);
    expect(result.errors).toEqual([]);
    expect(result.added).toBe(11_200);
    expect(result.rowChanges).toHaveLength(ROW_CHANGE_LIMIT);
    expect(result.moreRowChanges).toBe(1_200);
  });
});

describe('over GraphQL, for those who may import only', () => {
  let api: TestApi;
  beforeEach(async () => {
    api = await testApi({ store, services });
  });
  afterEach(() => api.close());

  it('answers the rows of a preview and the formats to ZVH and BEHEERDER, and refuses the other roles', async () => {
    const mutation = `mutation ($c: String!) { importData(kind: CASELOAD, content: $c, dryRun: true) {
      rowChanges { key effect municipality domain before after } moreRowChanges } }`;
    const content = [HEADER, ...FEBRUARY.map((l) => l.replace('Zaanstad;;45', 'Zaanstad;;47'))].join('\n');
    const { data, errors } = await api.run<{ importData: { rowChanges: unknown[]; moreRowChanges: number } }>(mutation, { c: content });
    expect(errors).toBeUndefined();
    expect(data!.importData).toEqual({
      rowChanges: [{ key: '2023-02-01', effect: 'CHANGED', municipality: 'Zaanstad', domain: null, before: 45, after: 47 }],
      moreRowChanges: 0,
    });
    const formats = '{ importFormats { kind template columns { name required accepts { code name } alsoAccepts mayBeEmpty } } }';
    const answer = await api.run<{ importFormats: { kind: string; template: string }[] }>(formats, {}, viewerAs('BEHEERDER', null));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.importFormats.map((f) => f.kind)).toEqual(['CASELOAD', 'CONTRIBUTIONS', 'POPULATION', 'FUNDING', 'FLOWS']);
    expect(answer.data!.importFormats[0]!.template).toBe('\uFEFFpeildatum;gemeente;kennisdomein;aantal\r\n');
    for (const role of ['BESTUURDER', 'GEMEENTE'] as const) {
      const viewer = viewerAs(role, role === 'GEMEENTE' ? 'GM0479' : null);
      expect((await api.run(mutation, { c: content }, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await api.run(formats, {}, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
