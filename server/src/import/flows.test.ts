import { describe, expect, it } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import { parseMonth } from './kinds/flows.js';
import { parseImport, type ReferenceData } from './index.js';

const seed = loadSeed();
const reference: ReferenceData = { municipalities: seed.municipalities, domains: seed.knowledgeDomains, today: '2024-06-15' };

const header = 'maand;gemeente;kennisdomein;instroom;uitstroom;binnen_norm;norm_dagen;mediaan_dagen;p80_dagen';
const file = (...lines: string[]) => [header, ...lines].join('\r\n') + '\r\n';
/** The errors of a file as [line, column, message]. */
const errorsOf = async (content: string) =>
  (await parseImport('FLOWS', content, reference)).errors.map((e) => [e.line, e.column, e.message] as const);

describe('a valid FLOWS file', () => {
  it('gives one record per row with every figure, the month as YYYY-MM and decimals in days', async () => {
    const summary = await parseImport(
      'FLOWS',
      file('2-2024;Zaanstad;;9;7;5;56;45,5;81', '2024-02;Zaanstad;Mensenhandel;2;1;;;;', '2024-02;Niet gespecificeerd;;1;0;;;;'),
      reference,
    );
    expect(summary.errors).toEqual([]);
    expect(summary.records).toEqual([
      {
        kind: 'FLOWS',
        line: 2,
        month: '2024-02',
        scope: 'municipality',
        municipalityCode: 'GM0479',
        domainCode: null,
        inflow: 9,
        outflow: 7,
        closedWithinNorm: 5,
        medianDays: 45.5,
        p80Days: 81,
        normDays: 56,
      },
      expect.objectContaining({ line: 3, domainCode: 'mensenhandel', inflow: 2, outflow: 1, closedWithinNorm: null, normDays: null }),
      expect.objectContaining({ line: 4, scope: 'unspecified', municipalityCode: null, inflow: 1, outflow: 0 }),
    ]);
    expect(summary.flowTotals).toEqual([
      { month: '2024-02', municipalityCode: 'GM0479', inflow: 9, outflow: 7 },
      { month: '2024-02', municipalityCode: null, inflow: 1, outflow: 0 },
    ]);
  });

  it('reads months written as 2024-02, 2-2024, 02/2024 and a day of the month', () => {
    expect(['2024-02', '2-2024', '02/2024', '1-2-2024', '2024-02-01'].map(parseMonth)).toEqual(Array(5).fill('2024-02'));
    expect(['2024-13', 'feb', '', '2024'].map(parseMonth)).toEqual([null, null, null, null]);
  });

  it('reads the same from JSON, with numbers as numbers', async () => {
    const json = JSON.stringify([
      {
        maand: '2024-02',
        gemeente: 'Zaanstad',
        kennisdomein: '',
        instroom: 9,
        uitstroom: 7,
        binnen_norm: 5,
        norm_dagen: 56,
        mediaan_dagen: 45.5,
        p80_dagen: 81,
      },
    ]);
    const summary = await parseImport('FLOWS', json, reference);
    expect(summary.errors).toEqual([]);
    expect(summary.records).toEqual([
      expect.objectContaining({
        month: '2024-02',
        inflow: 9,
        outflow: 7,
        closedWithinNorm: 5,
        medianDays: 45.5,
        p80Days: 81,
        normDays: 56,
      }),
    ]);
  });

  it('needs only maand, gemeente, instroom and uitstroom', async () => {
    const summary = await parseImport('FLOWS', 'maand;gemeente;instroom;uitstroom\n2024-01;Purmerend;3;2\n', reference);
    expect(summary.errors).toEqual([]);
    expect(summary.records).toEqual([expect.objectContaining({ inflow: 3, outflow: 2, closedWithinNorm: null, medianDays: null })]);
  });
});

describe('a wrong FLOWS file is refused with the row and column of each mistake', () => {
  it('negative numbers, an unknown municipality or domain, a month that is not one or lies ahead', async () => {
    expect(await errorsOf(file('2024-02;Zaanstad;;-3;1;;;;'))).toEqual([[2, 'instroom', "Instroom '-3' is negatief; schrijf 0 of meer."]]);
    expect(await errorsOf(file('2024-02;Zaanstadt;;3;1;;;;'))).toEqual([[2, 'gemeente', "Onbekende gemeente; bedoelt u 'Zaanstad'?"]]);
    expect(await errorsOf(file('2024-02;Zaanstad;Mensenhandle;3;1;;;;'))).toEqual([
      [2, 'kennisdomein', "Onbekend kennisdomein; bedoelt u 'Mensenhandel'?"],
    ]);
    expect(await errorsOf(file('2024-14;Zaanstad;;3;1;;;;'))).toEqual([
      [2, 'maand', 'Maand is geen maand; schrijf jaar-maand (2023-02) of maand-jaar (2-2023).'],
    ]);
    expect(await errorsOf(file('2024-07;Zaanstad;;3;1;;;;'))).toEqual([
      [2, 'maand', 'Maand juli 2024 ligt na de huidige maand; in- en uitstroom kunnen niet in de toekomst liggen.'],
    ]);
  });

  it('closed within the norm above the outflow, or without a norm; a p80 below the median; times without closed cases', async () => {
    expect(await errorsOf(file('2024-02;Zaanstad;;3;2;3;56;;'))).toEqual([
      [
        2,
        'binnen_norm',
        'Binnen de norm (3) is meer dan de uitstroom (2); het aantal afgesloten binnen de norm hoort bij de afgesloten casussen en kan niet hoger zijn.',
      ],
    ]);
    expect(await errorsOf(file('2024-02;Zaanstad;;3;2;1;;;'))).toEqual([
      [2, 'binnen_norm', 'Binnen de norm is ingevuld zonder norm; vul in de kolom norm_dagen de norm in dagen in (bijv. 56).'],
    ]);
    expect(await errorsOf(file('2024-02;Zaanstad;;3;2;;;40;30'))).toEqual([
      [
        2,
        'p80_dagen',
        'P80 dagen (30) is kleiner dan de mediaan (40); het 80e percentiel van de doorlooptijd is altijd minstens de mediaan.',
      ],
    ]);
    expect(await errorsOf(file('2024-02;Zaanstad;;3;0;;;40;'))).toEqual([
      [
        2,
        'mediaan_dagen',
        'Er is een doorlooptijd ingevuld terwijl de uitstroom 0 is; zonder afgesloten casussen is er geen doorlooptijd. Laat de cel leeg.',
      ],
    ]);
  });

  it('two norms in one month, duplicates, domains without a total or above it, a Totaal that is not the sum', async () => {
    expect(await errorsOf(file('2024-02;Zaanstad;;3;2;1;56;;', '2024-02;Purmerend;;3;2;1;42;;'))).toEqual([
      [
        3,
        'norm_dagen',
        'Norm in dagen is 42, maar regel 2 geeft voor februari 2024 56; een maand heeft één norm. Maak de norm op alle regels van de maand gelijk.',
      ],
    ]);
    expect(await errorsOf(file('2024-02;Zaanstad;;3;2;;;;', '2024-02;GM0479;;3;2;;;;'))).toEqual([
      [
        3,
        'gemeente',
        'Dubbele regel: februari 2024, gemeente Zaanstad, kennisdomein leeg (totaal) staat ook op regel 2; elke combinatie van maand, gemeente en kennisdomein mag één keer voorkomen.',
      ],
    ]);
    expect(await errorsOf(file('2024-02;Zaanstad;Mensenhandel;3;2;;;;'))).toEqual([
      [
        2,
        'kennisdomein',
        'Gemeente Zaanstad heeft in februari 2024 cijfers per kennisdomein maar geen totaal; voeg een regel toe met een leeg kennisdomein en het totaal.',
      ],
    ]);
    expect(await errorsOf(file('2024-02;Zaanstad;;3;2;;;;', '2024-02;Zaanstad;Mensenhandel;4;2;;;;'))).toEqual([
      [
        2,
        'instroom',
        'Gemeente Zaanstad heeft in februari 2024 een instroom per kennisdomein van samen 4, meer dan het totaal 3 op deze regel; de kennisdomeinen zijn een uitsplitsing van het totaal. Verbeter het totaal of de kennisdomeinen.',
      ],
    ]);
    expect(await errorsOf(file('2024-02;Zaanstad;;3;2;;;;', '2024-02;Purmerend;;1;1;;;;', '2024-02;Totaal;;5;3;;;;'))).toEqual([
      [
        4,
        'instroom',
        "Instroom van Totaal in februari 2024 is 5, maar de som van de gemeenten en 'Niet gespecificeerd' is 4; het totaal moet gelijk zijn aan de som van de delen.",
      ],
    ]);
  });
});
