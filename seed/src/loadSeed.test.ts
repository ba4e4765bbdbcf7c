import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { defaultSeedDir, loadSeed, SeedError, splitPopulationSource } from './loadSeed.js';

const dirs: string[] = [];
/** A copy of the seed folder with one file changed. */
function seedWith(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'zv-seed-'));
  dirs.push(dir);
  cpSync(defaultSeedDir, dir, { recursive: true });
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the real figures', () => {
  const seed = loadSeed();

  it('hold the caseload of 1-2-2023 and the total of January 2022 from source 003', () => {
    const [jan2022, feb2023] = seed.caseloadSnapshots;
    expect(jan2022).toMatchObject({ peildatum: '2022-01-01', precision: 'MONTH', total: 44, unspecified: null });
    expect(feb2023).toMatchObject({ peildatum: '2023-02-01', total: 96, unspecified: 9 });
    expect(Object.fromEntries(feb2023!.byMunicipality.map((m) => [m.municipalityCode, m.count]))).toEqual({
      GM0385: 3,
      GM0415: 2,
      GM0431: 2,
      GM0439: 27,
      GM0852: 6,
      GM0880: 2,
      GM0479: 45,
    });
  });

  it('hold the contributions of 2023 and 2024 as stated, the 2023 rounding difference noted', () => {
    const [y2023, y2024] = seed.contributionYears;
    expect(y2023!.totalEur).toBe(285_499);
    expect(y2023!.byMunicipality.reduce((s, c) => s + c.amountEur, 0)).toBe(285_498);
    expect(y2023!.source.note).toMatch(/afrondingsverschil/);
    expect(y2024!.totalEur).toBe(298_809);
    expect(y2024!.byMunicipality.reduce((s, c) => s + c.amountEur, 0)).toBe(298_809);
  });

  it('give every figure a source document with a section or a published address', () => {
    const sources = [
      seed.region.source,
      ...seed.population.map((p) => p.source),
      ...seed.knowledgeDomains.map((d) => d.source),
      ...seed.caseloadSnapshots.map((s) => s.source),
      ...seed.contributionYears.map((c) => c.source),
      ...seed.fundingSources.map((f) => f.source),
      ...seed.capacity.map((c) => c.source),
      ...seed.themes.map((t) => t.source),
    ];
    for (const source of sources) {
      expect(source.document.length).toBeGreaterThan(0);
      expect(source.section ?? source.url ?? source.note).toBeTruthy();
    }
  });

  it('copy the inhabitants of population.csv with their sources, Purmerend including Beemster', () => {
    expect(seed.population).toHaveLength(10);
    const purmerend2020 = seed.population.find((p) => p.municipalityCode === 'GM0439' && p.year === 2020)!;
    expect(purmerend2020.inhabitants).toBe(91_271);
    expect(purmerend2020.source.note).toMatch(/Beemster/);
  });

  it('state no amount where the source names money without one', () => {
    const amounts = seed.fundingSources.filter((f) => f.amountEurPerYear !== null);
    expect(amounts.map((f) => [f.code, f.amountEurPerYear])).toEqual([['pok-verward-gedrag', 183_000]]);
  });
});

describe('a broken seed', () => {
  it('is refused when the parts of a count do not add up to its total, naming file and date', () => {
    const dir = seedWith('caseload.json', (t) => t.replace('"GM0479": 45', '"GM0479": 46'));
    expect(() => loadSeed(dir)).toThrow(SeedError);
    expect(() => loadSeed(dir)).toThrow(/caseload\.json 2023-02-01: de delen tellen op tot 97, het totaal is 96/);
  });

  it('is refused when a total differs from its parts without a note saying why', () => {
    const dir = seedWith('contributions.json', (t) => t.replace(/"totalNote": "[^"]*",/, ''));
    expect(() => loadSeed(dir)).toThrow(/contributions\.json 2023: .*totalNote ontbreekt/);
  });

  it('is refused when a figure names a source document that is not listed', () => {
    const dir = seedWith('capacity.json', (t) => t.replaceAll('000_7c79d964938fc573.txt', 'onbekend.txt'));
    expect(() => loadSeed(dir)).toThrow(/bron onbekend\.txt staat niet in sources\.json/);
  });

  it('is refused with line number when population.csv has a bad row', () => {
    const dir = seedWith('population.csv', (t) => t.replace('GM0431,Oostzaan,2020,9735', 'GM0431,Oostzaan,2020,9.735'));
    expect(() => loadSeed(dir)).toThrow(/population\.csv regel 4: inhabitants/);
  });

  it('is refused when a date is not a real calendar date', () => {
    const dir = seedWith('caseload.json', (t) => t.replace('"2023-02-01"', '"2023-02-30"'));
    expect(() => loadSeed(dir)).toThrow(/geen bestaande kalenderdatum/);
  });

  it('is refused when JSON is malformed, naming the file', () => {
    const dir = seedWith('themes.json', (t) => t.slice(0, 100));
    expect(() => loadSeed(dir)).toThrow(/themes\.json niet lezen/);
  });
});

describe('splitPopulationSource', () => {
  it('splits a publication from its address or its note', () => {
    expect(splitPopulationSource('Krant 9-1-2023, cijfers CBS: https://example.org/x')).toEqual({
      document: 'Krant 9-1-2023, cijfers CBS',
      url: 'https://example.org/x',
      note: null,
    });
    expect(splitPopulationSource('GGD, tabel 1: A + B; toelichting')).toEqual({
      document: 'GGD, tabel 1',
      url: null,
      note: 'A + B; toelichting',
    });
    expect(splitPopulationSource('Alleen een titel')).toEqual({ document: 'Alleen een titel', url: null, note: null });
  });
});
