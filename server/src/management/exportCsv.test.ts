import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testApi, viewerAs, type TestApi } from '../testing/api.js';
import { sqlOf } from '../testing/sql.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
});
afterAll(() => api.close());

interface Export {
  exportCsv: { fileName: string; content: string; rows: number };
}
const exportOf = async (dataset: string, peildatum?: string) => {
  const { data, errors } = await api.run<Export>(
    'query ($d: ExportDataset!, $p: Date) { exportCsv(dataset: $d, peildatum: $p) { fileName content rows } }',
    {
      d: dataset,
      p: peildatum ?? null,
    },
  );
  if (errors) throw new Error(errors[0]!.message);
  return data!.exportCsv;
};
const lines = (content: string) => content.replace(/^\uFEFF/, '').split('\r\n');

describe('exportCsv', () => {
  it('gives the cases per municipality as Excel under nl-NL reads them: BOM, ";", decimal comma, no thousands dots', async () => {
    const csv = await exportOf('CASELOAD');
    expect(csv.fileName).toBe('casussen-per-gemeente-2023-02-01.csv');
    expect(csv.content.startsWith('\uFEFF')).toBe(true);
    const rows = lines(csv.content);
    expect(rows[0]).toBe('Gemeente;CBS-code;Casussen;Aandeel regio (fractie);Per 10.000 inwoners;Inwoners (jaar)');
    expect(rows).toContain('Zaanstad;GM0479;45;0,46875;2,863215;2022');
    expect(rows).toContain('Niet gespecificeerd;;9;0,09375;;');
    expect(rows.at(-1)).toMatch(/^Totaal;;96;1;2,8189/);
    expect(csv.rows).toBe(9);
  });

  it('gives the totals per count date with the change, and the contributions per year with the stated totals', async () => {
    expect(lines((await exportOf('CASELOAD_TOTALS')).content)).toEqual([
      'Peildatum;Nauwkeurigheid;Totaal;Verandering (fractie)',
      '2022-01-01;maand;44;',
      '2023-02-01;dag;96;1,181818',
    ]);
    const contributions = lines((await exportOf('CONTRIBUTIONS')).content);
    expect(contributions[0]).toBe('Gemeente;CBS-code;2023;2024');
    expect(contributions).toContain('Zaanstad;GM0479;131804;137949');
    expect(contributions.at(-1)).toBe('Totaal (zoals vermeld in de bron);;285499;298809');
  });

  it('neutralises a cell that a spreadsheet would run as a formula', async () => {
    await sqlOf(api.store).run(
      `UPDATE source SET document = '=HYPERLINK("https://example.org")' WHERE id = (SELECT source_id FROM population WHERE municipality_code = 'GM0852')`,
    );
    const population = lines((await exportOf('POPULATION')).content);
    expect(population).toContain(`Waterland;GM0852;2020;17424;"'=HYPERLINK(""https://example.org"")"`);
  });

  it('refuses a count date without a count, saying where to find one', async () => {
    await expect(exportOf('CASELOAD', '2020-01-01')).rejects.toThrow(/geen telling op peildatum 2020-01-01/);
  });

  it('is there for every logged-in role, with the same figures', async () => {
    const { data } = await api.run<Export>('{ exportCsv(dataset: CASELOAD) { content } }', undefined, viewerAs('GEMEENTE', 'GM0385'));
    expect(lines(data!.exportCsv.content)).toContain('Zaanstad;GM0479;45;0,46875;2,863215;2022');
  });
});
