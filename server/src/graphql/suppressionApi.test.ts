/**
 * The suppression rule as the API applies it, on generated counts per municipality per knowledge
 * domain: who sees which counts, that nobody can work out a suppressed count from what they are
 * shown (an attacker tries), and that the shape of a query changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Viewer } from '../auth/viewer.js';
import {
  attack,
  cell,
  combine,
  DOMAIN_CODES,
  generateTable,
  hiddenIn,
  insertTable,
  MUNICIPALITY_CODES,
  publish,
  rest,
  rowTotal,
  SNAPSHOT_FIELDS,
  truthOf,
  viewOf,
  type ApiSnapshot,
  type DomainTable,
  type Method,
  type View,
} from '../testing/domainCounts.js';
import { seededStore, testApi, testServices, viewerAs, type TestApi } from '../testing/api.js';

const K = 5;
const PEILDATUM = '2024-06-01';
/** Seed 33: hiding only the small counts would give three of them away (see the attacker's tests), so it needs complementary suppression. */
const TABLE = generateTable(33);
/** More generated tables, on earlier count dates (2024-06-01 stays the latest). */
const MORE = Array.from({ length: 10 }, (_, i) => ({
  peildatum: `2023-${String(i + 3).padStart(2, '0')}-01`,
  table: generateTable(1000 + i),
}));

const BESTUURDER = viewerAs('BESTUURDER');
const ZAANSTAD = viewerAs('GEMEENTE', 'GM0479');

async function apiWith(suppressBelow?: number): Promise<TestApi> {
  const store = await seededStore();
  await insertTable(store, PEILDATUM, TABLE);
  for (const { peildatum, table } of MORE) await insertTable(store, peildatum, table);
  return testApi({ store, services: testServices(store, suppressBelow ? { suppressBelow } : {}) });
}

let api: TestApi;
beforeAll(async () => {
  api = await apiWith();
});
afterAll(() => api.close());

async function viewAs(viewer: Viewer, peildatum = PEILDATUM, on: TestApi = api): Promise<View> {
  const { data, errors } = await on.run<{ caseload: ApiSnapshot }>(
    `query ($d: Date) { caseload(peildatum: $d) { ${SNAPSHOT_FIELDS} } }`,
    { d: peildatum },
    viewer,
  );
  expect(errors).toBeUndefined();
  return viewOf(data!.caseload);
}

const isSmall = (n: number | null | undefined, k = K) => n != null && n >= 1 && n < k;

/** Counts 1..k−1 the view shows in a breakdown by domain, outside the municipality `own`. */
function smallShown(view: View, { k = K, own }: { k?: number; own?: string } = {}): string[] {
  return [...view.cells, ...view.region]
    .filter(([name, value]) => isSmall(value, k) && !(own && name.startsWith(cell(own, ''))))
    .map(([name, value]) => `${name} = ${value}`);
}

/** What must stay unknown: every figure the view hides, and the small never-published counts per domain of unspecified cases. */
function guarded(view: View, table: DomainTable, k = K): string[] {
  const smallRest = table.domains.filter((_, d) => isSmall(table.unspecified[d], k)).map(rest);
  return [...hiddenIn(view), ...smallRest];
}

/** The guarded figures the attacker works out, with their values; it must be right about everything it claims. */
function breaches(view: View, table: DomainTable, k = K, methods?: readonly Method[]): string[] {
  const truth = truthOf(table);
  const recovered = attack(view, methods);
  for (const [name, value] of recovered) expect(`${name} = ${value}`).toBe(`${name} = ${truth.get(name)}`);
  const mustStayUnknown = new Set(guarded(view, table, k));
  return [...recovered].filter(([name]) => mustStayUnknown.has(name)).map(([name, value]) => `${name} = ${value}`);
}

describe('the generated count of 1 June 2024', () => {
  it('has small counts (1..4) in many places, zeros, and larger counts, adding up to consistent totals', async () => {
    const counts = TABLE.cells.flat();
    expect(counts.filter((n) => isSmall(n)).length).toBeGreaterThanOrEqual(12);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThanOrEqual(5);
    expect(counts.filter((n) => n >= K).length).toBeGreaterThanOrEqual(5);
    const view = await viewAs(viewerAs('ZVH'));
    expect(view.total).toBe(counts.reduce((a, b) => a + b, 0) + TABLE.unspecified.reduce((a, b) => a + b, 0));
  });
});

describe('ZVH and BEHEERDER', () => {
  it.each(['ZVH', 'BEHEERDER'] as const)(
    '%s sees every count exactly: per municipality per domain, the region per domain and all totals',
    async (role) => {
      expect(await viewAs(viewerAs(role))).toEqual(publish(TABLE));
    },
  );

  it('ZVH also sees the unspecified total exactly', async () => {
    const { data } = await api.run<{ caseload: { unspecified: number } }>(`{ caseload(peildatum: "${PEILDATUM}") { unspecified } }`);
    expect(data!.caseload.unspecified).toBe(TABLE.unspecified.reduce((a, b) => a + b, 0));
  });
});

describe('BESTUURDER', () => {
  it('sees no count from 1 to k−1 in any breakdown by domain, and every municipality total exactly', async () => {
    const view = await viewAs(BESTUURDER);
    expect(smallShown(view)).toEqual([]);
    expect(view.municipalityTotals).toEqual(publish(TABLE).municipalityTotals);
    // What is shown is the true count: suppression hides, it never alters.
    const truth = truthOf(TABLE);
    for (const [name, value] of [...view.cells, ...view.region])
      if (value !== null) expect(`${name} = ${value}`).toBe(`${name} = ${truth.get(name)}`);
  });

  it('has every small count hidden, and some larger counts or zeros hidden with them (complementary suppression)', async () => {
    const view = await viewAs(BESTUURDER);
    const truth = truthOf(TABLE);
    const small = [...truth].filter(([name, value]) => !name.startsWith('rest') && isSmall(value)).map(([name]) => name);
    expect(small.length).toBeGreaterThan(0);
    expect(small.filter((name) => !hiddenIn(view).includes(name))).toEqual([]);
    expect(hiddenIn(view).filter((name) => !isSmall(truth.get(name))).length).toBeGreaterThan(0);
  });

  it('cannot work out any suppressed count from what it is shown (differencing, linear algebra, bounds)', async () => {
    expect(breaches(await viewAs(BESTUURDER), TABLE)).toEqual([]);
  });
});

describe('one pattern for every restricted viewer', () => {
  it('answers all six domains for every municipality and the region: 0 where there are none, or suppressed', async () => {
    const { data } = await api.run<{ caseload: ApiSnapshot }>(
      `{ caseload(peildatum: "${PEILDATUM}") { ${SNAPSHOT_FIELDS} } }`,
      undefined,
      BESTUURDER,
    );
    for (const m of data!.caseload.byMunicipality) expect(m.byDomain.map((d) => d.domain.code)).toEqual([...DOMAIN_CODES]);
    expect(data!.caseload.byDomain.map((d) => d.domain.code)).toEqual([...DOMAIN_CODES]);
    const zvh = await viewAs(viewerAs('ZVH'));
    expect([...zvh.cells.values()].filter((v) => v === 0).length).toBeGreaterThan(0); // zeros are cells too
  });

  it('a BESTUURDER and the GEMEENTE user of every municipality, answers put side by side, see only their own rows on top of one shared pattern', async () => {
    const board = await viewAs(BESTUURDER);
    let pooled = board;
    for (const code of MUNICIPALITY_CODES) {
      const view = await viewAs(viewerAs('GEMEENTE', code));
      // Outside its own row the municipality's answer is the board's, figure for figure.
      const others = (v: View) => [...v.cells].filter(([name]) => !name.startsWith(cell(code, '')));
      expect(others(view)).toEqual(others(board));
      expect(view.region).toEqual(board.region);
      pooled = combine(pooled, view);
    }
    // Pooled, they know the municipalities' rows (each its own) and nothing else: the unspecified
    // cases' split and every region count the board does not see stay hidden.
    expect([...pooled.region].filter(([, v]) => v === null)).toEqual([...board.region].filter(([, v]) => v === null));
  });
});

describe('GEMEENTE', () => {
  it('Zaanstad sees its own counts per domain exactly and no other count from 1 to k−1', async () => {
    const view = await viewAs(ZAANSTAD);
    const exact = publish(TABLE);
    for (const domain of DOMAIN_CODES) expect(view.cells.get(cell('GM0479', domain))).toBe(exact.cells.get(cell('GM0479', domain)));
    expect(TABLE.cells[MUNICIPALITY_CODES.indexOf('GM0479')]!.some((n) => isSmall(n))).toBe(true); // so "exact" includes small ones
    expect(smallShown(view, { own: 'GM0479' })).toEqual([]);
    expect(view.municipalityTotals).toEqual(exact.municipalityTotals);
  });

  it('Zaanstad, knowing its own row exactly, cannot work out any other suppressed count', async () => {
    const view = await viewAs(ZAANSTAD);
    expect(hiddenIn(view).length).toBeGreaterThan(0);
    expect(breaches(view, TABLE)).toEqual([]);
  });
});

describe('on ten more generated counts, for BESTUURDER and every GEMEENTE', () => {
  const viewers = [BESTUURDER, ...MUNICIPALITY_CODES.map((code) => viewerAs('GEMEENTE', code))];

  it('no small count is shown outside the own municipality, totals are exact, and the attacker recovers nothing', async () => {
    const problems: string[] = [];
    let hidden = 0;
    for (const { peildatum, table } of MORE) {
      for (const viewer of viewers) {
        const view = await viewAs(viewer, peildatum);
        const who = `${peildatum} ${viewer.role} ${viewer.municipalityCode ?? ''}`;
        hidden += hiddenIn(view).length;
        const own = viewer.municipalityCode ?? undefined;
        for (const small of smallShown(view, own ? { own } : {})) problems.push(`${who}: shows ${small}`);
        for (const breach of breaches(view, table)) problems.push(`${who}: recovers ${breach}`);
        table.municipalities.forEach((code, m) => {
          if (view.municipalityTotals.get(code) !== rowTotal(table, m)) problems.push(`${who}: total of ${code} not exact`);
          if (code === own)
            table.domains.forEach(
              (d, j) => view.cells.get(cell(code, d)) !== table.cells[m]![j] && problems.push(`${who}: own ${d} not exact`),
            );
        });
      }
    }
    expect(problems).toEqual([]);
    expect(hidden).toBeGreaterThan(100);
  });
});

describe('the attacker (it must catch a leak, or its silence proves nothing)', () => {
  it('recovers small counts by differencing when only the small counts themselves are hidden', () => {
    const primaryOnly = publish(TABLE, (_name, value) => isSmall(value));
    // A municipality with one small count left hidden gives it away against its total; and so on.
    expect(breaches(primaryOnly, TABLE, K, ['differencing'])).toEqual([
      `${cell('GM0415', 'cter')} = 3`,
      `${cell('GM0852', 'nazorg-ex-gedetineerden')} = 1`,
      `${cell('GM0479', 'mensenhandel')} = 3`,
      `${rest('nazorg-ex-gedetineerden')} = 1`,
    ]);
  });

  it('recovers a count no single difference gives, by linear algebra (a link between two hidden blocks)', () => {
    // Hidden: the 2×2 blocks A1 A2 / B1 B2 and C3 C4 / D3 D4, and B3 that links them.
    // Rows A + B − columns 1 and 2 leave B3 alone.
    const table: DomainTable = {
      municipalities: ['A', 'B', 'C', 'D'],
      domains: ['1', '2', '3', '4'],
      cells: [
        [3, 2, 6, 7],
        [2, 3, 2, 8],
        [6, 7, 2, 3],
        [8, 9, 3, 2],
      ],
      unspecified: [0, 0, 0, 0],
    };
    const hiddenCells = new Set(
      ['A|1', 'A|2', 'B|1', 'B|2', 'B|3', 'C|3', 'C|4', 'D|3', 'D|4'].map((rc) => cell(rc.split('|')[0]!, rc.split('|')[1]!)),
    );
    const view = publish(table, (name) => hiddenCells.has(name));
    expect(breaches(view, table, K, ['differencing'])).toEqual([]);
    expect(breaches(view, table, K, ['differencing', 'linear algebra'])).toEqual([`${cell('B', '3')} = 2`]);
  });

  it('recovers hidden zeros that sums alone leave open, by bounds (no count is negative)', () => {
    // Hidden: the cycle A1 A2 B2 B3 C3 C1 with A1 = B3 = 0: moving counts round the cycle would
    // make one of them negative either way, so the published sums pin every one of them.
    const table: DomainTable = {
      municipalities: ['A', 'B', 'C'],
      domains: ['1', '2', '3'],
      cells: [
        [0, 2, 5],
        [6, 3, 0],
        [4, 7, 2],
      ],
      unspecified: [0, 0, 0],
    };
    const hiddenCells = new Set(['A|1', 'A|2', 'B|2', 'B|3', 'C|3', 'C|1'].map((rc) => cell(rc.split('|')[0]!, rc.split('|')[1]!)));
    const view = publish(table, (name) => hiddenCells.has(name));
    expect(breaches(view, table, K, ['differencing', 'linear algebra'])).toEqual([]);
    expect(breaches(view, table, K, ['differencing', 'linear algebra', 'bounds'])).toContain(`${cell('A', '1')} = 0`);
  });

  it('finds nothing where nothing can be found: one hidden 2×2 block of counts', () => {
    const table: DomainTable = {
      municipalities: ['A', 'B'],
      domains: ['1', '2'],
      cells: [
        [3, 2],
        [2, 3],
      ],
      unspecified: [0, 0],
    };
    const view = publish(table, (name) => name.startsWith('cell'));
    expect(breaches(view, table)).toEqual([]);
  });
});

describe('query shapes: a GEMEENTE user gets the same pattern however it asks', () => {
  const CELL = 'domain { code } count suppressed';
  interface Shape {
    name: string;
    query: string;
    variables?: Record<string, unknown>;
    /** The answers of the 1 June 2024 count this shape gives (partial snapshots allowed). */
    extract(data: Record<string, unknown>): ApiSnapshot[];
  }
  const one = (field: string) => (data: Record<string, unknown>) => [data[field] as ApiSnapshot];
  const ofDate = (field: string) => (data: Record<string, unknown>) =>
    (data[field] as ApiSnapshot[]).filter((s) => s.peildatum === PEILDATUM);
  const SHAPES: Shape[] = [
    {
      name: 'caseload(peildatum) with a literal date',
      query: `{ caseload(peildatum: "${PEILDATUM}") { ${SNAPSHOT_FIELDS} } }`,
      extract: one('caseload'),
    },
    {
      name: 'caseload(peildatum) with a variable',
      query: `query Q($d: Date!) { caseload(peildatum: $d) { ${SNAPSHOT_FIELDS} } }`,
      variables: { d: PEILDATUM },
      extract: one('caseload'),
    },
    { name: 'caseload without a date (the latest)', query: `{ caseload { ${SNAPSHOT_FIELDS} } }`, extract: one('caseload') },
    { name: 'caseloadSnapshots', query: `{ caseloadSnapshots { ${SNAPSHOT_FIELDS} } }`, extract: ofDate('caseloadSnapshots') },
    {
      name: 'aliases at the root: caseload and caseloadSnapshots in one query',
      query: `{ a: caseload(peildatum: "${PEILDATUM}") { ${SNAPSHOT_FIELDS} } b: caseloadSnapshots { ${SNAPSHOT_FIELDS} } }`,
      extract: (data) => [...one('a')(data), ...ofDate('b')(data)],
    },
    {
      name: 'aliases on every field',
      query: `{ c: caseload(peildatum: "${PEILDATUM}") { peildatum total unspecified
          g: byMunicipality { municipality { code } n: count s: suppressed d: byDomain { k: domain { c: code } n: count s: suppressed } }
          r: byDomain { k: domain { c: code } n: count s: suppressed } } }`,
      extract: (data) => {
        type Aliased = { k: { c: string }; n: number | null; s: boolean };
        const c = data.c as {
          peildatum: string;
          total: number;
          unspecified: number;
          g: { municipality: { code: string }; n: number; s: boolean; d: Aliased[] }[];
          r: Aliased[];
        };
        const cells = (xs: Aliased[]) => xs.map((x) => ({ domain: { code: x.k.c }, count: x.n, suppressed: x.s }));
        return [
          {
            peildatum: c.peildatum,
            total: c.total,
            unspecified: c.unspecified,
            byMunicipality: c.g.map((g) => ({ municipality: g.municipality, count: g.n, suppressed: g.s, byDomain: cells(g.d) })),
            byDomain: cells(c.r),
          },
        ];
      },
    },
    {
      name: 'named fragments',
      query: `query { caseload(peildatum: "${PEILDATUM}") { ...Snapshot } }
        fragment Snapshot on CaseloadSnapshot { peildatum total unspecified byMunicipality { ...Row } byDomain { ...Cell } }
        fragment Row on MunicipalityCaseCount { municipality { code } count suppressed byDomain { ...Cell } }
        fragment Cell on DomainCaseCount { ${CELL} }`,
      extract: one('caseload'),
    },
    {
      name: 'inline fragments and directives',
      query: `{ caseload(peildatum: "${PEILDATUM}") { ... on CaseloadSnapshot { peildatum total unspecified }
          byMunicipality @include(if: true) { ... on MunicipalityCaseCount { municipality { code } count suppressed byDomain @skip(if: false) { ... on DomainCaseCount { ${CELL} } } } }
          byDomain { ... { ${CELL} } } } }`,
      extract: one('caseload'),
    },
    {
      name: 'the same breakdown twice in one query, once for the counts only',
      query: `{ full: caseload(peildatum: "${PEILDATUM}") { ${SNAPSHOT_FIELDS} }
          counts: caseload(peildatum: "${PEILDATUM}") { peildatum total unspecified byMunicipality { municipality { code } count byDomain { domain { code } count } } byDomain { domain { code } count } } }`,
      extract: (data) => {
        const counts = data.counts as ApiSnapshot;
        const withFlag = <T extends { count: number | null }>(x: T) => ({ ...x, suppressed: x.count === null });
        return [
          data.full as ApiSnapshot,
          {
            ...counts,
            byMunicipality: counts.byMunicipality.map((m) => ({ ...withFlag(m), byDomain: m.byDomain.map(withFlag) })),
            byDomain: counts.byDomain.map(withFlag),
          },
        ];
      },
    },
    {
      name: "the region's domain totals alone",
      query: `{ caseload(peildatum: "${PEILDATUM}") { peildatum total unspecified byDomain { ${CELL} } } }`,
      extract: (data) => [{ ...(data.caseload as ApiSnapshot), byMunicipality: [] }],
    },
  ];

  async function ask(shape: Shape, viewer: Viewer = ZAANSTAD): Promise<View[]> {
    const { data, errors } = await api.run(shape.query, shape.variables, viewer);
    expect(errors).toBeUndefined();
    const snapshots = shape.extract(data!);
    expect(snapshots.length).toBeGreaterThan(0);
    return snapshots.map(viewOf);
  }

  it.each(SHAPES.map((s) => [s.name, s] as const))('%s: the same counts suppressed, the same values shown', async (_name, shape) => {
    const canonical = await viewAs(ZAANSTAD);
    for (const view of await ask(shape)) {
      expect(view.region).toEqual(canonical.region);
      if (view.cells.size > 0) {
        expect(view.cells).toEqual(canonical.cells);
        expect(view.municipalityTotals).toEqual(canonical.municipalityTotals);
      }
    }
  });

  it('through `previous` of a later count: the same pattern as asking for that count directly', async () => {
    const [earlier, later] = [MORE[0]!.peildatum, MORE[1]!.peildatum];
    const { data, errors } = await api.run<{ caseload: { previous: ApiSnapshot } }>(
      `{ caseload(peildatum: "${later}") { previous { ${SNAPSHOT_FIELDS} } } }`,
      undefined,
      ZAANSTAD,
    );
    expect(errors).toBeUndefined();
    expect(data!.caseload.previous.peildatum).toBe(earlier);
    const direct = await viewAs(ZAANSTAD, earlier);
    expect(hiddenIn(direct).length).toBeGreaterThan(0);
    expect(viewOf(data!.caseload.previous)).toEqual(direct);
  });

  it('every answer of every shape together still reveals no suppressed count', async () => {
    let all = await viewAs(ZAANSTAD);
    for (const shape of SHAPES) for (const view of await ask(shape)) all = combine(all, view);
    expect(hiddenIn(all)).toEqual(hiddenIn(await viewAs(ZAANSTAD)));
    expect(breaches(all, TABLE)).toEqual([]);
  });

  it("two different queries' answers combined (the region's domain totals, then caseloadSnapshots) give the attacker nothing more", async () => {
    const regionOnly = SHAPES.find((s) => s.name.startsWith("the region's"))!;
    const snapshots = SHAPES.find((s) => s.name === 'caseloadSnapshots')!;
    const [first] = await ask(regionOnly);
    const [second] = await ask(snapshots);
    const both = combine(second!, first!);
    expect(both).toEqual(second);
    expect(breaches(both, TABLE)).toEqual([]);
  });

  it('the same holds for BESTUURDER: every shape gives its one pattern', async () => {
    const canonical = await viewAs(BESTUURDER);
    for (const shape of SHAPES) {
      for (const view of await ask(shape, BESTUURDER)) {
        expect(view.region).toEqual(canonical.region);
        if (view.cells.size > 0) expect(view.cells).toEqual(canonical.cells);
      }
    }
  });
});

describe('the threshold k', () => {
  it('suppressBelow answers k: 5 by default, for every role', async () => {
    for (const viewer of [viewerAs('ZVH'), BESTUURDER, ZAANSTAD]) {
      const { data } = await api.run<{ suppressBelow: number }>('{ suppressBelow }', undefined, viewer);
      expect(data!.suppressBelow).toBe(5);
    }
  });

  describe('with suppressBelow 3', () => {
    let api3: TestApi;
    beforeAll(async () => {
      api3 = await apiWith(3);
    });
    afterAll(() => api3.close());

    it('answers 3, shows no count 1 or 2 (3 and 4 are no longer small), and the attacker recovers nothing', async () => {
      const { data } = await api3.run<{ suppressBelow: number }>('{ suppressBelow }', undefined, BESTUURDER);
      expect(data!.suppressBelow).toBe(3);
      for (const viewer of [BESTUURDER, ZAANSTAD]) {
        const view = await viewAs(viewer, PEILDATUM, api3);
        const own = viewer.municipalityCode ?? undefined;
        expect(smallShown(view, { k: 3, ...(own ? { own } : {}) })).toEqual([]);
        expect(breaches(view, TABLE, 3)).toEqual([]);
      }
      // ZVH still sees everything.
      expect(await viewAs(viewerAs('ZVH'), PEILDATUM, api3)).toEqual(publish(TABLE));
    });
  });

  it('with suppressBelow 1 nothing is suppressed, not even for BESTUURDER', async () => {
    const api1 = await apiWith(1);
    try {
      expect(await viewAs(BESTUURDER, PEILDATUM, api1)).toEqual(publish(TABLE));
    } finally {
      await api1.close();
    }
  });
});

describe('the real figures (no breakdown by domain) are unaffected', () => {
  it.each([
    ['BESTUURDER', BESTUURDER],
    ['GEMEENTE Zaanstad', ZAANSTAD],
    ['GEMEENTE Landsmeer', viewerAs('GEMEENTE', 'GM0415')],
  ] as const)('1-2-2023 shows %s 96 cases, Zaanstad 45 and Landsmeer 2, nothing suppressed', async (_name, viewer) => {
    const { data, errors } = await api.run<{ caseload: ApiSnapshot }>(
      `{ caseload(peildatum: "2023-02-01") { ${SNAPSHOT_FIELDS} } }`,
      undefined,
      viewer,
    );
    expect(errors).toBeUndefined();
    const snapshot = data!.caseload;
    expect(snapshot.total).toBe(96);
    expect(snapshot.unspecified).toBe(9);
    const count = (code: string) => snapshot.byMunicipality.find((m) => m.municipality.code === code);
    expect(count('GM0479')).toMatchObject({ count: 45, suppressed: false, byDomain: [] });
    // A small municipality total stays exact: only breakdowns finer than a total are suppressed.
    expect(count('GM0415')).toMatchObject({ count: 2, suppressed: false, byDomain: [] });
    expect(snapshot.byMunicipality.every((m) => !m.suppressed && m.byDomain.length === 0)).toBe(true);
    expect(snapshot.byDomain).toEqual([]);
  });
});
