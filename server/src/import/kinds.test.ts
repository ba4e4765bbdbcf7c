import { describe, expect, it } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import { parseImport, type ReferenceData } from './index.js';

const seed = loadSeed();
const reference: ReferenceData = { municipalities: seed.municipalities, domains: seed.knowledgeDomains, today: '2024-06-01' };
const withFunding: ReferenceData = { ...reference, fundingSources: seed.fundingSources };
const excel = (lines: string[]) => Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n');

describe('CONTRIBUTIONS: jaar;gemeente;bedrag', () => {
  it.each(['€ 131.804', '131.804', '131804', '131804,00', '"€ 131.804,-"'])('reads %s as 131804 whole euros', async (amount) => {
    const summary = await parseImport('CONTRIBUTIONS', excel(['jaar;gemeente;bedrag', `2023;Zaanstad;${amount}`]), reference);
    expect(summary.errors).toEqual([]);
    expect(summary.records).toEqual([{ kind: 'CONTRIBUTIONS', line: 2, year: 2023, municipalityCode: 'GM0479', amountEur: 131804 }]);
  });

  it('refuses cents, saying only whole euros are allowed', async () => {
    const summary = await parseImport('CONTRIBUTIONS', excel(['jaar;gemeente;bedrag', '2023;Zaanstad;131.804,50']), reference);
    expect(summary.errors).toEqual([
      {
        line: 2,
        column: 'bedrag',
        message: "Bedrag '131.804,50' heeft centen; alleen hele euro's zijn toegestaan (bijv. € 131.804, 131.804 of 131804).",
      },
    ]);
  });

  it('reads the real contributions of 2023 and 2024', async () => {
    const lines = seed.contributionYears.flatMap((y) =>
      y.byMunicipality.map((m) => `${y.year};${m.municipalityCode};€ ${m.amountEur.toLocaleString('nl-NL')}`),
    );
    const summary = await parseImport('CONTRIBUTIONS', excel(['jaar;gemeente;bedrag', ...lines]), reference);
    expect(summary.errors).toEqual([]);
    expect(summary.records.map((r) => (r.kind === 'CONTRIBUTIONS' ? r.amountEur : 0)).reduce((a, b) => a + b, 0)).toBe(285_498 + 298_809);
  });

  it('refuses a municipality twice in a year, and rows for the total or "Niet gespecificeerd"', async () => {
    const summary = await parseImport(
      'CONTRIBUTIONS',
      excel(['jaar;gemeente;bedrag', '2023;Zaanstad;1', '2023;GM0479;2', '2023;Totaal;3', '2023;Niet gespecificeerd;4', '2024;Zaanstad;5']),
      reference,
    );
    expect(summary.errors).toEqual([
      {
        line: 3,
        column: 'gemeente',
        message: 'Dubbele regel: jaar 2023, gemeente Zaanstad staat ook op regel 2; elke gemeente mag per jaar één keer voorkomen.',
      },
      {
        line: 4,
        column: 'gemeente',
        message: "Hier hoort één gemeente; 'Niet gespecificeerd' en 'Totaal' horen niet in dit bestand (het totaal wordt berekend).",
      },
      {
        line: 5,
        column: 'gemeente',
        message: "Hier hoort één gemeente; 'Niet gespecificeerd' en 'Totaal' horen niet in dit bestand (het totaal wordt berekend).",
      },
    ]);
  });

  it('refuses years that are not years or out of range', async () => {
    const summary = await parseImport(
      'CONTRIBUTIONS',
      excel(['jaar;gemeente;bedrag', '23;Zaanstad;1', '1999;Zaanstad;1', '2035;Zaanstad;1']),
      reference,
    );
    expect(summary.errors).toEqual([
      { line: 2, column: 'jaar', message: "Jaar '23' is geen jaartal; schrijf vier cijfers, bijv. 2023." },
      { line: 3, column: 'jaar', message: "Jaar '1999' valt buiten 2000–2034." },
      { line: 4, column: 'jaar', message: "Jaar '2035' valt buiten 2000–2034." },
    ]);
  });
});

describe('POPULATION: jaar;gemeente;inwoners;bron', () => {
  it('reads the real population figures with their sources', async () => {
    const lines = seed.population.map((p) => {
      const source = `${p.source.document}: ${p.source.url ?? p.source.note}`;
      return `${p.year};${p.municipalityCode};${p.inhabitants.toLocaleString('nl-NL')};"${source}"`;
    });
    const summary = await parseImport('POPULATION', excel(['jaar;gemeente;inwoners;bron', ...lines]), reference);
    expect(summary.errors).toEqual([]);
    expect(summary.records).toHaveLength(seed.population.length);
    expect(summary.records[0]).toEqual({
      kind: 'POPULATION',
      line: 2,
      year: 2020,
      municipalityCode: 'GM0385',
      inhabitants: 36197,
      source:
        'GGD Zaanstreek-Waterland, Gezondheidsverkenning, tabel 1 (bron CBS): https://gezondheidsverkenning.ggdzw.nl/bevolking/bevolking-zaanstreek-waterland/',
    });
  });

  it('requires a source and refuses a year after the current one and a duplicate', async () => {
    const summary = await parseImport(
      'POPULATION',
      excel([
        'jaar;gemeente;inwoners;bron',
        '2023;Zaanstad;157.000;',
        '2025;Zaanstad;158.000;CBS',
        '2022;Zaanstad;1;CBS',
        '2022;Zaanstad;2;CBS',
      ]),
      reference,
    );
    expect(summary.errors).toEqual([
      {
        line: 2,
        column: 'bron',
        message: "Bron ontbreekt; noem waar het aantal inwoners vandaan komt, bijv. 'CBS, bevolking per 1 januari 2023'.",
      },
      { line: 3, column: 'jaar', message: "Jaar '2025' valt buiten 2000–2024." },
      {
        line: 5,
        column: 'gemeente',
        message: 'Dubbele regel: jaar 2022, gemeente Zaanstad staat ook op regel 4; elke gemeente mag per jaar één keer voorkomen.',
      },
    ]);
  });

  it('refuses an implausible number of inhabitants', async () => {
    const summary = await parseImport('POPULATION', excel(['jaar;gemeente;inwoners;bron', '2022;Zaanstad;15.716.600;CBS']), reference);
    expect(summary.errors).toEqual([
      {
        line: 2,
        column: 'inwoners',
        message: "Inwoners '15.716.600' is onwaarschijnlijk groot (meer dan 2.000.000); controleer de waarde.",
      },
    ]);
  });
});

describe('FUNDING: jaar;bron;bedrag', () => {
  it('matches the source to the known funding sources and keeps its code', async () => {
    const summary = await parseImport(
      'FUNDING',
      excel(['jaar;bron;bedrag', '2023;POK-middelen personen met (hoog) risicovol verward gedrag;€ 183.000', '2023;rijksbijdrage-zvh;0']),
      withFunding,
    );
    expect(summary.errors).toEqual([]);
    expect(summary.records).toEqual([
      { kind: 'FUNDING', line: 2, year: 2023, source: 'pok-verward-gedrag', amountEur: 183000 },
      { kind: 'FUNDING', line: 3, year: 2023, source: 'rijksbijdrage-zvh', amountEur: 0 },
    ]);
  });

  it('suggests the closest known source', async () => {
    const summary = await parseImport('FUNDING', excel(['jaar;bron;bedrag', '2023;SPOK-midelen;5']), withFunding);
    expect(summary.errors).toEqual([{ line: 2, column: 'bron', message: "Onbekende bron; bedoelt u 'SPOK-middelen'?" }]);
  });

  it('keeps the text when no sources are given, and refuses the same source twice in a year', async () => {
    const summary = await parseImport(
      'FUNDING',
      excel(['jaar;bron;bedrag', '2023;Rijksbijdrage ZVH;1.000', '2023;rijksbijdrage  zvh;2.000']),
      reference,
    );
    expect(summary.errors).toEqual([
      {
        line: 3,
        column: 'bron',
        message: 'Dubbele regel: jaar 2023, dezelfde bron staat ook op regel 2; elke bron mag per jaar één keer voorkomen.',
      },
    ]);
  });
});

describe('formula injection: imports never carry a formula', () => {
  const formula = '=HYPERLINK("http://example.com/x";"Klik hier")';

  it('refuses a formula in a source, without quoting it', async () => {
    const summary = await parseImport(
      'POPULATION',
      excel(['jaar;gemeente;inwoners;bron', `2023;Zaanstad;157.000;"${formula.replaceAll('"', '""')}"`]),
      reference,
    );
    expect(summary.errors).toEqual([
      {
        line: 2,
        column: 'bron',
        message:
          "Kolom 'bron' begint met '=' en zou in een spreadsheet als formule worden uitgevoerd; formules worden niet geïmporteerd. Schrijf de waarde als gewone tekst of getal.",
      },
    ]);
    expect(summary.records).toEqual([]);
    expect(JSON.stringify(summary)).not.toContain('HYPERLINK');
  });

  it('refuses formulas in a name column and in a number column, in CSV and JSON', async () => {
    const csv = await parseImport('FUNDING', excel(['jaar;bron;bedrag', '2023;@SUM(A1:A9);5', '2023;Rijk;=1+1']), reference);
    expect(csv.errors.map((e) => [e.line, e.column, e.message.slice(0, 26)])).toEqual([
      [2, 'bron', "Kolom 'bron' begint met '@"],
      [3, 'bedrag', "Kolom 'bedrag' begint met "],
    ]);
    const json = await parseImport('CASELOAD', JSON.stringify([{ peildatum: '2023-02-01', gemeente: formula, aantal: 1 }]), reference);
    expect(json.errors.map((e) => [e.line, e.column])).toEqual([[1, 'gemeente']]);
    expect(JSON.stringify(json)).not.toContain('HYPERLINK');
  });
});
