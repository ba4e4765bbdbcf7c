import { describe, expect, it } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import { parseImport, type CaseloadRecord, type ReferenceData } from './index.js';

const seed = loadSeed();
const reference: ReferenceData = { municipalities: seed.municipalities, domains: seed.knowledgeDomains, today: '2024-06-01' };

/** Dutch Excel "CSV UTF-8": byte order mark, ';', CRLF. */
const excel = (lines: string[]) => Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n');
const header = 'peildatum;gemeente;kennisdomein;aantal';

/** The count of 1-2-2023 from source 003, as the seed has it. */
const realCount = [
  ['Edam-Volendam', 'GM0385', 3],
  ['Landsmeer', 'GM0415', 2],
  ['Oostzaan', 'GM0431', 2],
  ['Purmerend', 'GM0439', 27],
  ['Waterland', 'GM0852', 6],
  ['Wormerland', 'GM0880', 2],
  ['Zaanstad', 'GM0479', 45],
] as const;

const municipalityRecord = (line: number, municipalityCode: string, count: number, domainCode: string | null = null): CaseloadRecord => ({
  kind: 'CASELOAD',
  line,
  peildatum: '2023-02-01',
  scope: 'municipality',
  municipalityCode,
  domainCode,
  count,
});

const expectedRecords: CaseloadRecord[] = [
  ...realCount.map(([, code, count], i) => municipalityRecord(i + 2, code, count)),
  { kind: 'CASELOAD', line: 9, peildatum: '2023-02-01', scope: 'unspecified', municipalityCode: null, domainCode: null, count: 9 },
  { kind: 'CASELOAD', line: 10, peildatum: '2023-02-01', scope: 'region', municipalityCode: null, domainCode: null, count: 96 },
];

describe('a valid CASELOAD file: the real count of 1-2-2023', () => {
  it('is read from Dutch Excel form (BOM, ;, CRLF, 1-2-2023) into exactly these records', async () => {
    const file = excel([
      header,
      ...realCount.map(([name, , count]) => `1-2-2023;${name};;${count}`),
      '1-2-2023;Niet gespecificeerd;;9',
      '1-2-2023;Totaal;;96',
    ]);
    const summary = await parseImport('CASELOAD', file, reference);
    expect(summary).toEqual({
      kind: 'CASELOAD',
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      rowsRead: 9,
      validRows: 9,
      errors: [],
      moreErrors: 0,
      refusedByGuard: false,
      totals: [{ peildatum: '2023-02-01', total: 96 }],
      records: expectedRecords,
    });
    // The seed agrees with itself: the figures above are the seed's.
    const snapshot = seed.caseloadSnapshots.find((s) => s.peildatum === '2023-02-01');
    expect(snapshot?.byMunicipality.map((m) => [m.municipalityCode, m.count]).sort()).toEqual(
      realCount.map(([, code, count]) => [code, count]).sort(),
    );
  });

  it('is read the same from comma-separated UTF-8 with ISO dates, CBS codes and capitalised headers', async () => {
    const file = [
      'Peildatum,Gemeente,Kennisdomein,Aantal',
      ...realCount.map(([, code, count]) => `2023-02-01,${code},,${count}`),
      '2023-02-01,niet gespecificeerd,,9',
      '2023-02-01,REGIO,,96',
    ].join('\n');
    const summary = await parseImport('CASELOAD', file, reference);
    expect(summary.delimiter).toBe(',');
    expect(summary.errors).toEqual([]);
    expect(summary.records).toEqual(expectedRecords);
  });

  it('is read the same from JSON, with numbers as numbers', async () => {
    const rows = [
      ...realCount.map(([name, , count]) => ({ peildatum: '01-02-2023', gemeente: name, kennisdomein: null, aantal: count })),
      { peildatum: '2023-02-01', gemeente: 'Niet gespecificeerd', kennisdomein: '', aantal: 9 },
      { peildatum: '1-2-2023', gemeente: 'Totaal', kennisdomein: '', aantal: '96' },
    ];
    const summary = await parseImport('CASELOAD', '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]', reference);
    expect(summary.format).toBe('json');
    expect(summary.errors).toEqual([]);
    expect(summary.records).toEqual(expectedRecords);
  });
});

describe('reading the cells', () => {
  it('reads 1-2-2023, 01-02-2023 and 2023-02-01 as the same count date', async () => {
    const summary = await parseImport(
      'CASELOAD',
      excel([header, '1-2-2023;Zaanstad;;45', '01-02-2023;Purmerend;;27', '2023-02-01;Oostzaan;;2']),
      reference,
    );
    expect(summary.records.map((r) => (r as CaseloadRecord).peildatum)).toEqual(['2023-02-01', '2023-02-01', '2023-02-01']);
    expect(summary.totals).toEqual([{ peildatum: '2023-02-01', total: 74 }]);
  });

  it('finds municipalities by name without case, accents or spacing, and by CBS code', async () => {
    const summary = await parseImport(
      'CASELOAD',
      excel([
        header,
        '1-2-2023;zaanstad;;1',
        '1-2-2023;PURMEREND;;1',
        '1-2-2023;Edam Volendam;;1',
        '1-2-2023;Óostzaan;;1',
        '1-2-2023;gm0852;;1',
        '1-2-2023;0415;;1',
      ]),
      reference,
    );
    expect(summary.errors).toEqual([]);
    expect(summary.records.map((r) => (r as CaseloadRecord).municipalityCode)).toEqual([
      'GM0479',
      'GM0439',
      'GM0385',
      'GM0431',
      'GM0852',
      'GM0415',
    ]);
  });

  it('finds knowledge domains by code or name and checks them against their totals', async () => {
    const summary = await parseImport(
      'CASELOAD',
      excel([
        header,
        '1-2-2023;Zaanstad;;5',
        '1-2-2023;Zaanstad;mensenhandel;2',
        '1-2-2023;Zaanstad;Ernstig huiselijk geweld;3',
        '1-2-2023;Purmerend;;1',
        '1-2-2023;Purmerend;Huiselijk-geweld;1',
        '1-2-2023;Totaal;;6',
        '1-2-2023;Totaal;Mensenhandel;2',
        '1-2-2023;Totaal;huiselijk geweld;4',
      ]),
      reference,
    );
    expect(summary.errors).toEqual([]);
    expect(
      summary.records.map((r) => [(r as CaseloadRecord).scope, (r as CaseloadRecord).domainCode, (r as CaseloadRecord).count]),
    ).toEqual([
      ['municipality', null, 5],
      ['municipality', 'mensenhandel', 2],
      ['municipality', 'huiselijk-geweld', 3],
      ['municipality', null, 1],
      ['municipality', 'huiselijk-geweld', 1],
      ['region', null, 6],
      ['region', 'mensenhandel', 2],
      ['region', 'huiselijk-geweld', 4],
    ]);
  });

  it('accepts a file without kennisdomein column, and a count date with only its total', async () => {
    const summary = await parseImport(
      'CASELOAD',
      excel(['peildatum;gemeente;aantal', '1-1-2022;Totaal;44', '1-2-2023;Zaanstad;45']),
      reference,
    );
    expect(summary.errors).toEqual([]);
    expect(summary.totals).toEqual([
      { peildatum: '2022-01-01', total: 44 },
      { peildatum: '2023-02-01', total: 45 },
    ]);
  });
});

describe('what is refused, in Dutch, with line and column', () => {
  const check = async (...rows: string[]) => (await parseImport('CASELOAD', excel([header, ...rows]), reference)).errors;

  it('suggests the closest municipality for a typo', async () => {
    expect(await check('1-2-2023;Zaanstat;;45')).toEqual([
      { line: 2, column: 'gemeente', message: "Onbekende gemeente; bedoelt u 'Zaanstad'?" },
    ]);
  });

  it('lists the municipalities when nothing is close', async () => {
    expect(await check('1-2-2023;Amsterdam;;45')).toEqual([
      {
        line: 2,
        column: 'gemeente',
        message:
          "Onbekende gemeente; kies uit 'Edam-Volendam', 'Landsmeer', 'Oostzaan', 'Purmerend', 'Waterland', 'Wormerland', 'Zaanstad', 'Niet gespecificeerd' of 'Totaal' (of de CBS-code, bijv. GM0385).",
      },
    ]);
  });

  it('suggests the closest knowledge domain', async () => {
    expect(await check('1-2-2023;Zaanstad;;2', '1-2-2023;Zaanstad;Mensenhandle;2')).toEqual([
      { line: 3, column: 'kennisdomein', message: "Onbekend kennisdomein; bedoelt u 'Mensenhandel'?" },
    ]);
  });

  it('refuses negative, fractional, empty and euro counts', async () => {
    expect(await check('1-2-2023;Zaanstad;;-3', '1-2-2023;Purmerend;;2,5', '1-2-2023;Oostzaan;;', '1-2-2023;Landsmeer;;€ 4')).toEqual([
      { line: 2, column: 'aantal', message: "Aantal '-3' is negatief; schrijf 0 of meer." },
      { line: 3, column: 'aantal', message: "Aantal '2,5' is geen heel getal; schrijf een heel getal van 0 of meer (bijv. 27)." },
      { line: 4, column: 'aantal', message: 'Aantal ontbreekt; vul een heel getal van 0 of meer in (bijv. 27).' },
      { line: 5, column: 'aantal', message: "Aantal '€ 4' bevat een euroteken; schrijf alleen het getal (bijv. 27)." },
    ]);
  });

  it('refuses a count date in the future, comparing with the given today', async () => {
    expect(await check('2-6-2024;Zaanstad;;45', '1-6-2024;Purmerend;;27')).toEqual([
      {
        line: 2,
        column: 'peildatum',
        message: "Peildatum '2-6-2024' ligt na vandaag (1-6-2024); een telling kan niet in de toekomst liggen.",
      },
    ]);
  });

  it('refuses dates it cannot read, saying how to write them', async () => {
    expect(await check('31-2-2023;Zaanstad;;1', '1-2-23;Zaanstad;;1', '44958;Zaanstad;;1', 'begin februari;Zaanstad;;1')).toEqual([
      {
        line: 2,
        column: 'peildatum',
        message:
          "Peildatum '31-2-2023' bestaat niet; controleer dag en maand en schrijf dag-maand-jaar (1-2-2023 of 01-02-2023) of jaar-maand-dag (2023-02-01).",
      },
      {
        line: 3,
        column: 'peildatum',
        message: "Peildatum '1-2-23' heeft een jaartal van twee cijfers; schrijf het jaar voluit (1-2-2023).",
      },
      {
        line: 4,
        column: 'peildatum',
        message: "Peildatum '44958' is een Excel-datumgetal; maak de kolom in Excel op als datum (1-2-2023) en sla opnieuw op.",
      },
      {
        line: 5,
        column: 'peildatum',
        message: 'Peildatum is geen datum; schrijf dag-maand-jaar (1-2-2023 of 01-02-2023) of jaar-maand-dag (2023-02-01).',
      },
    ]);
  });

  it('refuses the same peildatum, gemeente and kennisdomein twice, naming the first line', async () => {
    expect(await check('1-2-2023;Zaanstad;;45', '01-02-2023;zaanstad;;44')).toEqual([
      {
        line: 3,
        column: 'gemeente',
        message:
          'Dubbele regel: peildatum 1-2-2023, gemeente Zaanstad, kennisdomein leeg (totaal) staat ook op regel 2; elke combinatie van peildatum, gemeente en kennisdomein mag één keer voorkomen.',
      },
    ]);
  });

  it('refuses a stated total that is not the sum of its parts', async () => {
    const rows = [
      ...realCount.map(([name, , count]) => `1-2-2023;${name};;${count}`),
      '1-2-2023;Niet gespecificeerd;;9',
      '1-2-2023;Totaal;;97',
    ];
    expect(await check(...rows)).toEqual([
      {
        line: 10,
        column: 'aantal',
        message:
          "Totaal op 1-2-2023 is 97, maar de som van de gemeenten en 'Niet gespecificeerd' is 96; het totaal moet gelijk zijn aan de som van de delen.",
      },
    ]);
  });

  it('refuses a region count per domain that is not the sum of the finer counts', async () => {
    expect(await check('1-2-2023;Zaanstad;;3', '1-2-2023;Zaanstad;cter;3', '1-2-2023;Totaal;cter;4')).toEqual([
      {
        line: 4,
        column: 'aantal',
        message:
          "Totaal voor kennisdomein CTER op 1-2-2023 is 4, maar de som van de gemeenten en 'Niet gespecificeerd' voor dat kennisdomein is 3.",
      },
    ]);
  });

  it('refuses counts per domain without the municipality total', async () => {
    expect(await check('1-2-2023;Zaanstad;cter;3', '1-2-2023;Purmerend;;2')).toEqual([
      {
        line: 2,
        column: 'kennisdomein',
        message:
          'Gemeente Zaanstad heeft op 1-2-2023 aantallen per kennisdomein maar geen totaal; voeg een regel toe met een leeg kennisdomein en het totaal.',
      },
    ]);
  });

  it("never repeats a name or address put in the gemeente, kennisdomein or aantal column, also below the guard's trigger: line, column and what is allowed", async () => {
    const errors = await check(
      '1-2-2023;Jan de Vries;;3',
      '1-2-2023;Zaanstad;Kerkstraat 12 Zaandam;2',
      '1-2-2023;Purmerend;;Piet Jansen',
      '1-2-2023;Zaanstad;;45',
    );
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'gemeente'],
      [3, 'kennisdomein'],
      [4, 'aantal'],
    ]);
    const text = JSON.stringify(errors);
    for (const personal of ['Jan', 'Vries', 'Kerkstraat', 'Zaandam', 'Piet', 'Jansen']) expect(text).not.toContain(personal);
    expect(errors[0]?.message).toMatch(/^Onbekende gemeente; kies uit 'Edam-Volendam'/);
    expect(errors[1]?.message).toMatch(/^Onbekend kennisdomein; kies uit /);
  });

  it('refuses counts per domain that add up to more than their total, on the line of the total, with the sum', async () => {
    expect(
      await check('1-2-2023;Landsmeer;;2', '1-2-2023;Landsmeer;cter;1', '1-2-2023;Landsmeer;mensenhandel;2', '1-2-2023;Purmerend;;27'),
    ).toEqual([
      {
        line: 2,
        column: 'aantal',
        message:
          'Gemeente Landsmeer heeft op 1-2-2023 aantallen per kennisdomein die samen 3 zijn, meer dan het totaal 2 op deze regel; ' +
          'de aantallen per kennisdomein zijn een uitsplitsing van het totaal en mogen samen niet hoger zijn. Verbeter het totaal of de aantallen per kennisdomein.',
      },
    ]);
  });

  it('accepts counts per domain that add up to less than their total (cases without a domain) or exactly to it', async () => {
    expect(await check('1-2-2023;Landsmeer;;2', '1-2-2023;Landsmeer;cter;1', '1-2-2023;Oostzaan;;2', '1-2-2023;Oostzaan;cter;2')).toEqual(
      [],
    );
  });

  it('refuses the same for the unspecified cases and for the region', async () => {
    const errors = await check(
      '1-2-2023;Niet gespecificeerd;;1',
      '1-2-2023;Niet gespecificeerd;cter;2',
      '1-2-2023;Totaal;;1',
      '1-2-2023;Totaal;cter;2',
    );
    expect(errors.map((e) => [e.line, e.message.slice(0, 40)])).toEqual([
      [2, "'Niet gespecificeerd' heeft op 1-2-2023 "],
      [4, 'De regio (Totaal) heeft op 1-2-2023 aant'],
    ]);
  });

  it('refuses a count date with only region counts per domain: it has no total', async () => {
    expect(await check('1-2-2023;Totaal;cter;3')).toEqual([
      {
        line: 2,
        column: null,
        message: "Peildatum 1-2-2023 heeft geen totaal: geef een regel 'Totaal' met een leeg kennisdomein, of de totalen per gemeente.",
      },
    ]);
  });

  it('reports every error of the file at once', async () => {
    const errors = await check(
      '1-2-2023;Zaanstat;;45',
      '1-2-2023;Purmerend;;-1',
      '30-2-2023;Oostzaan;;2',
      '1-2-2023;Landsmeer;Mensenhandle;1',
      '1-2-2023;Waterland;;6',
      '1-2-2023;Waterland;;6',
    );
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'gemeente'],
      [3, 'aantal'],
      [4, 'peildatum'],
      [5, 'kennisdomein'],
      [7, 'gemeente'],
    ]);
  });

  it('keeps the first errors up to the cap and counts the rest', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => `${i + 1}-2-2023;Zaanstad;;-1`);
    const summary = await parseImport('CASELOAD', excel([header, ...rows]), reference, { maxErrors: 3 });
    expect(summary.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(summary.moreErrors).toBe(7);
    expect(summary.records).toEqual([]);
  });
});
