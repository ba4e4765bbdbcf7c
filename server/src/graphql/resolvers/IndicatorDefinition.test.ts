import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seededStore, testApi, testServices, type TestApi } from '../../testing/api.js';
import type { Services } from '../context.js';

let services: Services;
let api: TestApi;
beforeAll(async () => {
  const store = await seededStore();
  services = testServices(store);
  api = await testApi({ store, services });
});
afterAll(() => api.close());

type Definition = {
  code: string;
  name: string;
  status: string;
  lastUpdate: { peildatum: string | null; year: number | null; populationYear: number | null } | null;
  nextUpdate: string | null;
  sources: { document: string; section: string | null }[];
};
const FIELDS = '{ code name status lastUpdate { peildatum year populationYear } nextUpdate sources { document section } }';

describe('the indicators of the API', () => {
  it('lists every figure with the real sources and the dates in the database', async () => {
    const { data, errors } = await api.run<{ indicators: Definition[] }>(`{ indicators ${FIELDS} }`);
    expect(errors).toBeUndefined();
    const running = data!.indicators.find((i) => i.code === 'RUNNING_CASES')!;
    expect(running.name).toBe('Lopende casussen');
    expect(running.lastUpdate).toEqual({ peildatum: '2023-02-01', year: null, populationYear: null });
    expect(running.nextUpdate).toBeNull();
    expect(running.sources.map((s) => s.document)).toContain('003_8a1aa5aa1d12b1c5.txt');
    const contributions = data!.indicators.find((i) => i.code === 'CONTRIBUTIONS')!;
    expect(contributions.lastUpdate?.year).toBe(2024);
    expect(contributions.status).toBe('PROVISIONAL');
    const perInhabitant = data!.indicators.find((i) => i.code === 'CONTRIBUTION_PER_INHABITANT')!;
    expect(perInhabitant.lastUpdate?.populationYear).toEqual(expect.any(Number));
    expect(perInhabitant.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('answers one figure by its code, and null for an unknown code', async () => {
    const { data } = await api.run<{ known: Definition | null; unknown: Definition | null }>(
      `{ known: indicator(code: "CASES_PER_10K") ${FIELDS} unknown: indicator(code: "GEEN_CIJFER") { code } }`,
    );
    expect(data!.known?.name).toBe('Casussen per 10.000 inwoners');
    expect(data!.unknown).toBeNull();
  });

  it('dates the priorities by status with the last change a ZVH user made to a priority', async () => {
    const query = '{ indicator(code: "PRIORITIES_BY_STATUS") { lastUpdate { peildatum year changedOn } } }';
    const before = await api.run<{ indicator: { lastUpdate: unknown } }>(query);
    // The seed sets no status in the dashboard: no date to give.
    expect(before.data!.indicator.lastUpdate).toBeNull();
    const actor = { username: 'zvh', origin: 'test' };
    await services.steering.setThemeStatus(actor, 'huiselijk-geweld-kindermishandeling', 'AT_RISK', 'Te weinig capaciteit.');
    const after = await api.run<{ indicator: { lastUpdate: unknown } }>(query);
    const today = new Date(services.auth.now()).toISOString().slice(0, 10);
    expect(after.data!.indicator.lastUpdate).toEqual({ peildatum: null, year: null, changedOn: today });
  });

  it('moves the last update of running cases after an import of a newer count date', async () => {
    const file = 'peildatum;gemeente;kennisdomein;aantal\n1-6-2024;Zaanstad;;40\n1-6-2024;Totaal;;40\n';
    const result = await services.imports.run('CASELOAD', [file], {
      dryRun: false,
      actor: { username: 'zvh', origin: 'test' },
      fileName: 'telling-2024-06.csv',
    });
    expect(result.errors).toEqual([]);
    const { data } = await api.run<{ indicator: Definition }>(`{ indicator(code: "RUNNING_CASES") ${FIELDS} }`);
    expect(data!.indicator.lastUpdate?.peildatum).toBe('2024-06-01');
    expect(data!.indicator.sources.map((s) => s.document)).toContain('Import telling-2024-06.csv');
  });
});
