import { describe, expect, it } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import { readFileSync } from 'node:fs';
import { parseImport, type ImportKind, type ReferenceData } from './index.js';

const seed = loadSeed();
const reference: ReferenceData = {
  municipalities: seed.municipalities,
  domains: seed.knowledgeDomains,
  fundingSources: seed.fundingSources,
  today: '2024-06-01',
};
const read = (name: string) => readFileSync(new URL(`../../../seed/examples/${name}`, import.meta.url));

describe('the example files (real figures of the seed)', () => {
  it.each([
    ['caseload.csv', 'CASELOAD', 10],
    ['caseload.json', 'CASELOAD', 10],
    ['contributions.csv', 'CONTRIBUTIONS', 14],
    ['population.csv', 'POPULATION', seed.population.length],
    ['funding.csv', 'FUNDING', 3],
    ['flows.csv', 'FLOWS', 20],
  ] as [string, ImportKind, number][])('%s validates without errors', async (name, kind, rows) => {
    const summary = await parseImport(kind, read(name), reference);
    expect(summary.errors).toEqual([]);
    expect(summary.refusedByGuard).toBe(false);
    expect(summary.records).toHaveLength(rows);
  });

  it('caseload.csv and caseload.json hold the same records and the seed totals', async () => {
    const csv = await parseImport('CASELOAD', read('caseload.csv'), reference);
    const json = await parseImport('CASELOAD', read('caseload.json'), reference);
    expect(json.records).toEqual(csv.records);
    expect(csv.totals).toEqual(seed.caseloadSnapshots.map((s) => ({ peildatum: s.peildatum, total: s.total })));
  });

  it('contributions.csv and population.csv hold the seed figures', async () => {
    const contributions = await parseImport('CONTRIBUTIONS', read('contributions.csv'), reference);
    expect(contributions.records.map((r) => (r.kind === 'CONTRIBUTIONS' ? [r.year, r.municipalityCode, r.amountEur] : []))).toEqual(
      seed.contributionYears.flatMap((y) => y.byMunicipality.map((m) => [y.year, m.municipalityCode, m.amountEur])),
    );
    const population = await parseImport('POPULATION', read('population.csv'), reference);
    expect(population.records.map((r) => (r.kind === 'POPULATION' ? [r.year, r.municipalityCode, r.inhabitants] : []))).toEqual(
      seed.population.map((p) => [p.year, p.municipalityCode, p.inhabitants]),
    );
  });

  it('funding.csv names a known source: the records carry its code', async () => {
    const funding = await parseImport('FUNDING', read('funding.csv'), reference);
    expect(funding.records.map((r) => (r.kind === 'FUNDING' ? [r.year, r.source, r.amountEur] : []))).toEqual([
      [2021, 'pok-verward-gedrag', 183000],
      [2022, 'pok-verward-gedrag', 183000],
      [2023, 'pok-verward-gedrag', 183000],
    ]);
  });
});
