/**
 * Query.flows and Municipality.flows per role, and the import report's consistency check: the
 * real seed (no flows yet), then the example flows of February and March 2023 with counts on
 * 1-3-2023 and 1-4-2023 of which one does not follow from the flows.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Role } from '../store/types.js';
import { testApi, viewerAs, type TestApi } from '../testing/api.js';

const FLOWS = `{ flows { months region { month inflow outflow closedWithinNorm shareWithinNorm medianDays p80Days normDays throughputHidden } } }`;
const ZAANSTAD_FLOWS = `{ municipality(code: "GM0385") { flows { month inflow outflow shareWithinNorm medianDays throughputHidden } } }`;

interface FlowMonth {
  month: string;
  inflow: number;
  outflow: number;
  closedWithinNorm: number | null;
  shareWithinNorm: number | null;
  medianDays: number | null;
  p80Days: number | null;
  normDays: number | null;
  throughputHidden: boolean;
}

const actor = { username: 'zvh', origin: 'test' };
const example = readFileSync(new URL('../../../seed/examples/flows.csv', import.meta.url));

/** Counts on 1-3-2023 (Zaanstad one more than the flows give: 48, not 47) and 1-4-2023. */
const COUNTS = [
  'peildatum;gemeente;aantal',
  ...Object.entries({
    'Edam-Volendam': [3, 2],
    Landsmeer: [1, 2],
    Oostzaan: [3, 2],
    Purmerend: [28, 27],
    Waterland: [5, 5],
    Wormerland: [2, 3],
    Zaanstad: [48, 47],
    'Niet gespecificeerd': [10, 9],
  }).flatMap(([place, [march, april]]) => [`1-3-2023;${place};${march}`, `1-4-2023;${place};${april}`]),
].join('\n');

async function flowsAs(api: TestApi, role: Role, municipality: string | null = null) {
  const { data, errors } = await api.run<{ flows: { months: string[]; region: FlowMonth[] } }>(FLOWS, {}, viewerAs(role, municipality));
  expect(errors).toBeUndefined();
  return data!.flows;
}

describe('flows with the real figures', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi();
  });
  afterAll(() => api.close());

  it('are empty for every role: no flows are imported yet', async () => {
    for (const role of ['ZVH', 'BESTUURDER', 'GEMEENTE'] as const) {
      expect(await flowsAs(api, role, role === 'GEMEENTE' ? 'GM0479' : null)).toEqual({ months: [], region: [] });
    }
  });
});

interface ImportAnswer {
  errors: unknown[];
  flowConsistency: {
    checked: { from: string; to: string; months: string[] }[];
    mismatches: { from: string; municipality: string | null; unspecified: boolean; expected: number; actual: number }[];
    unchecked: unknown[];
  };
}

describe('flows after an import', () => {
  let api: TestApi;
  let imported: ImportAnswer;
  beforeAll(async () => {
    api = await testApi();
    const counts = await api.services.imports.run('CASELOAD', [COUNTS], { dryRun: false, actor, fileName: 'tellingen.csv' });
    expect(counts.errors).toEqual([]);
    const { data, errors } = await api.run<{ importData: ImportAnswer }>(
      `mutation ($content: String!) { importData(kind: FLOWS, content: $content) {
        errors { message } flowConsistency { checked { from to months } mismatches { from to months municipalityCode municipality unspecified expected actual } unchecked { from } }
      } }`,
      { content: example.toString('utf8') },
      viewerAs('ZVH'),
    );
    expect(errors).toBeUndefined();
    expect(data!.importData.errors).toEqual([]);
    imported = data!.importData;
  });
  afterAll(() => api.close());

  it('the import report names the count dates, months and municipality where counts do not follow from the flows', async () => {
    const report = imported.flowConsistency;
    expect(report.checked).toEqual([
      { from: '2023-02-01', to: '2023-03-01', months: ['2023-02'] },
      { from: '2023-03-01', to: '2023-04-01', months: ['2023-03'] },
    ]);
    // 1-2-2023: 96 cases, Zaanstad 45. February: 20 in, 17 out; Zaanstad 9 in, 7 out → 99 and 47, counted 100 and 48.
    // March from the counted 48: 8 in, 9 out → 47, as counted; the region 100 + 17 − 20 = 97, as counted.
    expect(report.mismatches).toEqual([
      expect.objectContaining({ from: '2023-02-01', municipality: null, unspecified: false, expected: 99, actual: 100 }),
      expect.objectContaining({ from: '2023-02-01', municipality: 'Zaanstad', expected: 47, actual: 48 }),
    ]);
    expect(report.unchecked).toEqual([]);
  });

  it('the indicator catalogue defines the flow figures, their last update read from the data', async () => {
    const { data } = await api.run<{ indicators: { code: string; name: string; lastUpdate: { month: string | null } | null }[] }>(
      '{ indicators { code name lastUpdate { month } } }',
      {},
      viewerAs('BESTUURDER'),
    );
    const flows = data!.indicators.filter((i) => ['INFLOW', 'OUTFLOW', 'CLOSED_WITHIN_NORM', 'THROUGHPUT_DAYS'].includes(i.code));
    expect(flows.map((i) => [i.name, i.lastUpdate?.month])).toEqual([
      ['Instroom', '2023-03'],
      ['Uitstroom', '2023-03'],
      ['Afgesloten binnen de norm', '2023-03'],
      ['Doorlooptijd', '2023-03'],
    ]);
  });

  it('ZVH: every month of the region with its throughput against the norm', async () => {
    const { months, region } = await flowsAs(api, 'ZVH');
    expect(months).toEqual(['2023-02', '2023-03']);
    expect(region[0]).toEqual({
      month: '2023-02',
      inflow: 20,
      outflow: 17,
      closedWithinNorm: 13,
      shareWithinNorm: 13 / 17,
      medianDays: 44,
      p80Days: 75,
      normDays: 56,
      throughputHidden: false,
    });
  });

  it("restricted viewers: in- and outflow exactly; a municipality's throughput only when 5 or more closed, its own GEMEENTE excepted", async () => {
    expect((await flowsAs(api, 'BESTUURDER')).region[0]).toEqual(expect.objectContaining({ inflow: 20, outflow: 17, medianDays: 44 }));
    const edamVolendam = async (role: Role, municipality: string | null) => {
      const { data } = await api.run<{ municipality: { flows: FlowMonth[] } }>(ZAANSTAD_FLOWS, {}, viewerAs(role, municipality));
      return data!.municipality.flows[0];
    };
    // Edam-Volendam closed 1 case in February, within the norm after 40 days.
    expect(await edamVolendam('BESTUURDER', null)).toEqual({
      month: '2023-02',
      inflow: 1,
      outflow: 1,
      shareWithinNorm: null,
      medianDays: null,
      throughputHidden: true,
    });
    expect(await edamVolendam('GEMEENTE', 'GM0479')).toEqual(expect.objectContaining({ medianDays: null, throughputHidden: true }));
    expect(await edamVolendam('GEMEENTE', 'GM0385')).toEqual(
      expect.objectContaining({ shareWithinNorm: 1, medianDays: 40, throughputHidden: false }),
    );
    expect(await edamVolendam('ZVH', null)).toEqual(expect.objectContaining({ medianDays: 40, throughputHidden: false }));
  });
});
