import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seededStore, testApi, testServices, type TestApi } from '../../testing/api.js';
import type { Services } from '../context.js';
import { sourceTitle } from './Source.js';

let services: Services;
let api: TestApi;
beforeAll(async () => {
  const store = await seededStore();
  services = testServices(store);
  api = await testApi({ store, services });
});
afterAll(() => api.close());

describe("a source's title", () => {
  it('is the title of the document, for every council document the figures come from', async () => {
    const { data } = await api.run<{ sources: { document: string; title: string | null }[] }>('{ sources { document title } }');
    const documents = data!.sources.filter((s) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(s.document));
    expect(documents.length).toBeGreaterThan(0);
    for (const source of documents) expect(source.title).toEqual(expect.stringMatching(/\S{3,}/));
    expect(data!.sources.find((s) => s.document === '003_8a1aa5aa1d12b1c5.txt')?.title).toContain('Voortgang prioriteiten Allen voor Een');
  });

  it('names figures delivered by import as that delivery, with the file they came in, never the bare file name', async () => {
    const file = 'peildatum;gemeente;kennisdomein;aantal\n1-6-2024;Zaanstad;;40\n1-6-2024;Totaal;;40\n';
    const result = await services.imports.run('CASELOAD', [file], {
      dryRun: false,
      actor: { username: 'zvh', origin: 'test' },
      fileName: 'casuistiek-2024-06.csv',
    });
    expect(result.errors).toEqual([]);
    const { data } = await api.run<{ caseload: { source: { document: string; title: string } } }>(
      '{ caseload { source { document title } } }',
    );
    expect(data!.caseload.source).toEqual({
      document: 'Import casuistiek-2024-06.csv',
      title: 'Aanlevering door het ZVH (importbestand casuistiek-2024-06.csv)',
    });
  });

  it('stays empty for a source that has neither a title nor an import name', () => {
    expect(sourceTitle({ document: 'notitie.txt', title: null })).toBeNull();
    expect(sourceTitle({ document: 'Import bestand.csv', title: 'Eigen titel' })).toBe('Eigen titel');
  });
});
