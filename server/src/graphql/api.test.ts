import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seededSqliteStore, testApi, type TestApi } from '../testing/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
});
afterAll(() => api.close());

interface CaseCount {
  municipality: { code: string; name: string };
  count: number | null;
  suppressed: boolean;
  shareOfRegion: number | null;
  per10kInhabitants: number | null;
  populationYear: number | null;
}
interface Snapshot {
  peildatum: string;
  peildatumPrecision: 'DAY' | 'MONTH';
  total: number;
  unspecified: number | null;
  changeFromPrevious: number | null;
  byMunicipality: CaseCount[];
  byDomain: unknown[];
  source: { document: string; section: string | null };
}

const SNAPSHOT_FIELDS = `
  peildatum peildatumPrecision total unspecified changeFromPrevious
  byMunicipality { municipality { code name } count suppressed shareOfRegion per10kInhabitants populationYear }
  byDomain { count }
  source { document section }
`;

function byName(snapshot: Snapshot, name: string): CaseCount {
  const found = snapshot.byMunicipality.find((m) => m.municipality.name === name);
  if (!found) throw new Error(`${name} missing`);
  return found;
}

describe('caseload', () => {
  it('gives the latest count, 1 February 2023: 96 cases with Zaanstad 45, Purmerend 27 and 9 unspecified', async () => {
    const { data, errors } = await api.run<{ caseload: Snapshot }>(`{ caseload { ${SNAPSHOT_FIELDS} } }`);
    expect(errors).toBeUndefined();
    const snapshot = data!.caseload;
    expect(snapshot.peildatum).toBe('2023-02-01');
    expect(snapshot.total).toBe(96);
    expect(snapshot.unspecified).toBe(9);
    expect(byName(snapshot, 'Zaanstad').count).toBe(45);
    expect(byName(snapshot, 'Purmerend').count).toBe(27);
    expect(snapshot.byMunicipality.map((m) => [m.municipality.name, m.count])).toEqual([
      ['Edam-Volendam', 3],
      ['Landsmeer', 2],
      ['Oostzaan', 2],
      ['Purmerend', 27],
      ['Waterland', 6],
      ['Wormerland', 2],
      ['Zaanstad', 45],
    ]);
    expect(snapshot.byMunicipality.every((m) => m.suppressed === false)).toBe(true);
    expect(snapshot.source).toEqual({ document: '003_8a1aa5aa1d12b1c5.txt', section: 'Ad.a Casuïstiek ZVH ZaWa' });
  });

  it('lists every count oldest first: January 2022 totals 44, known to the month, without breakdown', async () => {
    const { data } = await api.run<{ caseloadSnapshots: Snapshot[] }>(`{ caseloadSnapshots { ${SNAPSHOT_FIELDS} } }`);
    const [first, second] = data!.caseloadSnapshots;
    expect(data!.caseloadSnapshots).toHaveLength(2);
    expect(first).toMatchObject({ peildatum: '2022-01-01', peildatumPrecision: 'MONTH', total: 44, unspecified: null });
    expect(first!.byMunicipality).toEqual([]);
    expect(first!.byDomain).toEqual([]);
    expect(first!.changeFromPrevious).toBeNull();
    expect(second!.changeFromPrevious).toBeCloseTo((96 - 44) / 44, 12);
  });

  it('answers a count date without a count with null, and the January 2022 count by its date', async () => {
    const { data } = await api.run<{ none: Snapshot | null; jan: Snapshot | null }>(
      '{ none: caseload(peildatum: "2023-03-01") { total } jan: caseload(peildatum: "2022-01-01") { total } }',
    );
    expect(data!.none).toBeNull();
    expect(data!.jan).toEqual({ total: 44 });
  });

  it('computes per 10.000 inhabitants with the latest inhabitants year at or before the count date, and says which', async () => {
    const { data } = await api.run<{ caseload: Snapshot }>(`{ caseload { ${SNAPSHOT_FIELDS} } }`);
    const zaanstad = byName(data!.caseload, 'Zaanstad');
    expect(zaanstad.populationYear).toBe(2022);
    expect(zaanstad.per10kInhabitants).toBeCloseTo((45 / 157166) * 10_000, 10);
    const waterland = byName(data!.caseload, 'Waterland');
    expect(waterland.populationYear).toBe(2020);
    expect(waterland.per10kInhabitants).toBeCloseTo((6 / 17424) * 10_000, 10);
    const edam = byName(data!.caseload, 'Edam-Volendam');
    expect(edam.populationYear).toBe(2021);
    expect(edam.per10kInhabitants).toBeCloseTo((3 / 36267) * 10_000, 10);
    const purmerend = byName(data!.caseload, 'Purmerend');
    expect(purmerend.populationYear).toBe(2022);
    expect(purmerend.per10kInhabitants).toBeCloseTo((27 / 92204) * 10_000, 10);
  });

  it('gives each municipality its share of the region total', async () => {
    const { data } = await api.run<{ caseload: Snapshot }>(`{ caseload { ${SNAPSHOT_FIELDS} } }`);
    expect(byName(data!.caseload, 'Zaanstad').shareOfRegion).toBeCloseTo(45 / 96, 12);
    const shares = data!.caseload.byMunicipality.reduce((sum, m) => sum + (m.shareOfRegion ?? 0), 0);
    expect(shares).toBeCloseTo(87 / 96, 12); // the 9 unspecified cases belong to no municipality
  });

  it('gives each municipality its share of the assigned cases: Purmerend 27 of 87, the shares adding up to 1', async () => {
    const { data } = await api.run<{ caseload: { byMunicipality: { municipality: { name: string }; shareOfAssigned: number }[] } }>(
      '{ caseload { byMunicipality { municipality { name } shareOfAssigned } } }',
    );
    const purmerend = data!.caseload.byMunicipality.find((m) => m.municipality.name === 'Purmerend');
    expect(purmerend?.shareOfAssigned).toBeCloseTo(27 / 87, 12); // 31,0 %, against 27 / 96 = 28,1 % of the region total
    expect(data!.caseload.byMunicipality.reduce((sum, m) => sum + m.shareOfAssigned, 0)).toBeCloseTo(1, 12);
  });

  it("gives a municipality's count at every count date broken down by municipality, oldest first", async () => {
    const { data, errors } = await api.run<{
      municipality: { caseloadHistory: { peildatum: string; count: number; shareOfAssigned: number; per10kInhabitants: number }[] };
    }>('{ municipality(code: "GM0439") { caseloadHistory { peildatum count shareOfAssigned per10kInhabitants } } }');
    expect(errors).toBeUndefined();
    // January 2022 has a region total only, so it is not in a municipality's history.
    expect(data!.municipality.caseloadHistory).toEqual([
      { peildatum: '2023-02-01', count: 27, shareOfAssigned: 27 / 87, per10kInhabitants: (27 / 92204) * 10_000 },
    ]);
  });

  it('gives the region rate per 10.000 inhabitants over all seven municipalities, naming the years used', async () => {
    const { data } = await api.run<{
      caseload: { per10kInhabitants: number; regionPopulation: { inhabitants: number; complete: boolean; years: number[] } };
    }>('{ caseload { per10kInhabitants regionPopulation { inhabitants complete years } } }');
    // Latest at or before 1-2-2023: Zaanstad and Purmerend 2022, Edam-Volendam 2021, the rest 2020.
    const inhabitants = 157166 + 92204 + 36267 + 11491 + 9735 + 17424 + 16270;
    expect(data!.caseload.regionPopulation).toEqual({ inhabitants, complete: true, years: [2020, 2021, 2022] });
    expect(data!.caseload.per10kInhabitants).toBeCloseTo((96 / inhabitants) * 10_000, 10);
  });
  it('gives the latest count broken down by municipality as caseloadBreakdown, passing over a later count with totals only', async () => {
    const ask = async () =>
      (
        await api.run<{ caseloadBreakdown: { peildatum: string; total: number; byMunicipality: unknown[] } | null }>(
          '{ caseloadBreakdown { peildatum total byMunicipality { count } } }',
        )
      ).data?.caseloadBreakdown;
    expect(await ask()).toMatchObject({ peildatum: '2023-02-01', total: 96 });
    expect((await ask())?.byMunicipality).toHaveLength(7);

    // A later count known only as a total (like January 2022) does not replace it.
    const scratch = await testApi({ store: await seededSqliteStore() });
    try {
      const { code } = await scratch.store.getRegion();
      const sourceId = scratch.store.db.prepare("SELECT source_id FROM caseload_snapshot WHERE peildatum = '2023-02-01'").pluck().get();
      scratch.store.db
        .prepare(
          "INSERT INTO caseload_snapshot (region_code, peildatum, precision, total, source_id) VALUES (?, '2024-01-01', 'MONTH', 120, ?)",
        )
        .run(code, sourceId);
      const { data } = await scratch.run<{ caseloadSnapshots: { peildatum: string }[]; caseloadBreakdown: { peildatum: string } | null }>(
        '{ caseloadSnapshots { peildatum } caseloadBreakdown { peildatum } }',
      );
      expect(data?.caseloadSnapshots.at(-1)?.peildatum).toBe('2024-01-01');
      expect(data?.caseloadBreakdown?.peildatum).toBe('2023-02-01');
      // "Niet gespecificeerd" of a count: null without a breakdown, 0 when broken down without the line.
      const unspecified = async () =>
        (await scratch.run<{ caseload: { unspecified: number | null } }>('{ caseload(peildatum: "2024-01-01") { unspecified } }')).data
          ?.caseload.unspecified;
      expect(await unspecified()).toBeNull();
      scratch.store.db
        .prepare(
          "INSERT INTO caseload_count (region_code, peildatum, scope, municipality_code, domain_code, count) VALUES (?, '2024-01-01', 'municipality', 'GM0479', NULL, 120)",
        )
        .run(code);
      expect(await unspecified()).toBe(0);
      scratch.store.db.prepare('DELETE FROM caseload_snapshot').run();
      expect((await scratch.run('{ caseloadBreakdown { peildatum } }')).data).toEqual({ caseloadBreakdown: null });
    } finally {
      await scratch.close();
    }
  });
});

describe('contributions', () => {
  interface Contribution {
    municipality: { name: string };
    amountEur: number;
    shareOfTotal: number;
    changeFromPreviousYear: number | null;
    perInhabitantEur: number | null;
    populationYear: number | null;
  }
  interface Year {
    year: number;
    totalEur: number;
    changeFromPreviousYear: number | null;
    byMunicipality: Contribution[];
    source: { document: string; section: string; note: string };
  }
  const fields = `year totalEur changeFromPreviousYear source { document section note }
    byMunicipality { municipality { name } amountEur shareOfTotal changeFromPreviousYear perInhabitantEur populationYear }`;

  it('totals € 285.499 in 2023 and € 298.809 in 2024, as the source states', async () => {
    const { data } = await api.run<{ contributionYears: number[]; y2023: Year; y2024: Year }>(
      `{ contributionYears y2023: contributions(year: 2023) { ${fields} } y2024: contributions(year: 2024) { ${fields} } }`,
    );
    expect(data!.contributionYears).toEqual([2023, 2024]);
    expect(data!.y2023.totalEur).toBe(285_499);
    expect(data!.y2024.totalEur).toBe(298_809);
    expect(data!.y2023.source.section).toBe('Financiële en Juridische consequenties');
    // The source's 2023 total is one euro above the sum of its parts; the note says so.
    expect(data!.y2023.byMunicipality.reduce((s, c) => s + c.amountEur, 0)).toBe(285_498);
    expect(data!.y2023.source.note).toMatch(/285\.498/);
    expect(data!.y2024.changeFromPreviousYear).toBeCloseTo(298_809 / 285_499 - 1, 12);
    expect(data!.y2023.changeFromPreviousYear).toBeNull();
  });

  it("gives Zaanstad's change 2023→2024 as 137.949 / 131.804 − 1, and null in the first year", async () => {
    const { data } = await api.run<{ y2023: Year; y2024: Year }>(
      `{ y2023: contributions(year: 2023) { ${fields} } y2024: contributions(year: 2024) { ${fields} } }`,
    );
    const zaanstad2024 = data!.y2024.byMunicipality.find((c) => c.municipality.name === 'Zaanstad')!;
    expect(zaanstad2024.amountEur).toBe(137_949);
    expect(zaanstad2024.changeFromPreviousYear).toBeCloseTo(137_949 / 131_804 - 1, 12);
    expect(data!.y2023.byMunicipality.every((c) => c.changeFromPreviousYear === null)).toBe(true);
  });

  it('gives shares that add up to 1 and about € 0,84 per inhabitant in 2023 in every municipality', async () => {
    const { data } = await api.run<{ contributions: Year }>(`{ contributions(year: 2023) { ${fields} } }`);
    const rows = data!.contributions.byMunicipality;
    expect(rows.reduce((s, c) => s + c.shareOfTotal, 0)).toBeCloseTo(1, 12);
    const zaanstad = rows.find((c) => c.municipality.name === 'Zaanstad')!;
    expect(zaanstad.populationYear).toBe(2022);
    expect(zaanstad.perInhabitantEur).toBeCloseTo(131_804 / 157_166, 12);
    for (const c of rows) {
      expect(c.perInhabitantEur).toBeGreaterThan(0.83);
      expect(c.perInhabitantEur).toBeLessThan(0.85);
    }
  });

  it('answers a year without figures with null', async () => {
    const { data, errors } = await api.run<{ contributions: Year | null }>('{ contributions(year: 2019) { totalEur } }');
    expect(errors).toBeUndefined();
    expect(data!.contributions).toBeNull();
  });
});

describe('reference data', () => {
  it('lists the seven municipalities by name with their CBS codes, and null for an unknown code', async () => {
    const { data } = await api.run<{
      municipalities: { code: string; name: string }[];
      zaanstad: { name: string } | null;
      unknown: null;
      injection: null;
    }>(
      `{ municipalities { code name } zaanstad: municipality(code: "GM0479") { name }
         unknown: municipality(code: "GM9999") { name } injection: municipality(code: "GM0479' OR '1'='1") { name } }`,
    );
    expect(data!.municipalities).toEqual([
      { code: 'GM0385', name: 'Edam-Volendam' },
      { code: 'GM0415', name: 'Landsmeer' },
      { code: 'GM0431', name: 'Oostzaan' },
      { code: 'GM0439', name: 'Purmerend' },
      { code: 'GM0852', name: 'Waterland' },
      { code: 'GM0880', name: 'Wormerland' },
      { code: 'GM0479', name: 'Zaanstad' },
    ]);
    expect(data!.zaanstad).toEqual({ name: 'Zaanstad' });
    expect(data!.unknown).toBeNull();
    expect(data!.injection).toBeNull();
  });

  it('gives the inhabitants latest at or before a year, with the source of each figure', async () => {
    const { data } = await api.run<{
      municipality: {
        latest: { year: number; inhabitants: number; source: { document: string; url: string } };
        y2021: { year: number };
        y2019: null;
      };
    }>(
      `{ municipality(code: "GM0479") { latest: population { year inhabitants source { document url } }
         y2021: population(year: 2021) { year } y2019: population(year: 2019) { year } } }`,
    );
    expect(data!.municipality.latest).toEqual({
      year: 2022,
      inhabitants: 157166,
      source: {
        document: 'Noordhollands Dagblad 9-1-2023, cijfers CBS',
        url: 'https://www.noordhollandsdagblad.nl/cnt/dmf20230109_26814620',
      },
    });
    expect(data!.municipality.y2021).toEqual({ year: 2020 });
    expect(data!.municipality.y2019).toBeNull();
  });

  it('has six knowledge domains with the codes of the contract, in the order of source 003', async () => {
    const { data } = await api.run<{ knowledgeDomains: { code: string; name: string; source: { document: string } }[] }>(
      '{ knowledgeDomains { code name source { document } } }',
    );
    expect(data!.knowledgeDomains.map((d) => d.code)).toEqual([
      'onbegrepen-gedrag',
      'mensenhandel',
      'cter',
      'excessief-geweld',
      'huiselijk-geweld',
      'nazorg-ex-gedetineerden',
    ]);
    expect(data!.knowledgeDomains.every((d) => d.source.document === '003_8a1aa5aa1d12b1c5.txt')).toBe(true);
  });

  it('has nine themes numbered 1–9, 3 under 2 and 7 and 8 under 6, all NOT_ASSESSED', async () => {
    const { data } = await api.run<{
      themes: { number: number; title: string; status: string; parent: { number: number } | null; children: { number: number }[] }[];
    }>('{ themes { number title status parent { number } children { number } } }');
    const themes = data!.themes;
    expect(themes.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const parents = Object.fromEntries(themes.map((t) => [t.number, t.parent?.number ?? null]));
    expect(parents).toEqual({ 1: null, 2: null, 3: 2, 4: null, 5: null, 6: null, 7: 6, 8: 6, 9: null });
    expect(themes.find((t) => t.number === 6)!.children.map((c) => c.number)).toEqual([7, 8]);
    expect(themes.every((t) => t.status === 'NOT_ASSESSED')).toBe(true);
    expect(themes[3]!.title).toBe('Mensenhandel');
  });

  it('names the funding sources, with an amount only where a source gives one', async () => {
    const { data } = await api.run<{ fundingSources: { code: string; amountEurPerYear: number | null; source: { document: string } }[] }>(
      '{ fundingSources { code amountEurPerYear source { document } } }',
    );
    const amounts = Object.fromEntries(data!.fundingSources.map((f) => [f.code, f.amountEurPerYear]));
    expect(amounts).toEqual({
      'gemeentelijke-bijdragen': null,
      'rijksbijdrage-zvh': null,
      'spok-middelen': null,
      cter: null,
      'pok-verward-gedrag': 183_000,
    });
  });

  it('gives the core team growing from 3,7 to 5,6 fte, 0,7 of it temporary', async () => {
    const { data } = await api.run<{ capacity: { stage: string; fte: number; temporaryFte: number | null }[] }>(
      '{ capacity { stage fte temporaryFte } }',
    );
    expect(data!.capacity).toEqual([
      { stage: 'before', fte: 3.7, temporaryFte: null },
      { stage: 'after', fte: 5.6, temporaryFte: 0.7 },
    ]);
  });
});

describe('bad input', () => {
  it.each(['2023-13-01', '1-2-2023', '2023-02-30', 'gisteren', ''])(
    'refuses the malformed date %p in a literal with BAD_USER_INPUT naming the format',
    async (value) => {
      const { data, errors } = await api.run(`{ caseload(peildatum: "${value}") { total } }`);
      expect(data).toBeUndefined();
      expect(errors).toHaveLength(1);
      expect(errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors![0]!.message).toMatch(/JJJJ-MM-DD/);
      expect(errors![0]!.message).toMatch(/2023-02-01/);
    },
  );

  it('refuses a malformed date in a variable with BAD_USER_INPUT naming the format', async () => {
    const { errors } = await api.run('query ($d: Date) { caseload(peildatum: $d) { total } }', { d: '01-02-2023' });
    expect(errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(/JJJJ-MM-DD/);
  });

  it('refuses a date of the wrong type with BAD_USER_INPUT', async () => {
    const { errors } = await api.run('{ caseload(peildatum: 20230201) { total } }');
    expect(errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
