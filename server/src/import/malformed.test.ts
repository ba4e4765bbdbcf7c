import { describe, expect, it } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import { parseImport, type ImportError, type ImportKind, type ReferenceData } from './index.js';

const seed = loadSeed();
const reference: ReferenceData = { municipalities: seed.municipalities, domains: seed.knowledgeDomains, today: '2024-06-01' };
const header = 'peildatum;gemeente;kennisdomein;aantal';
const errorsOf = async (content: string | Buffer, kind: ImportKind = 'CASELOAD'): Promise<ImportError[]> =>
  (await parseImport(kind, content, reference)).errors;

describe('files with nothing in them', () => {
  it.each([
    ['an empty file', ''],
    ['only a byte order mark', '\ufeff'],
    ['only blank lines', '\r\n \r\n\t\r\n'],
  ])('refuses %s as empty, naming the expected header', async (_, content) => {
    expect(await errorsOf(content)).toEqual([
      {
        line: null,
        column: null,
        message: 'Het bestand is leeg. Verwacht: de kopregel peildatum;gemeente;kennisdomein;aantal en daaronder de gegevens.',
      },
    ]);
  });

  it('refuses a header without rows, also with trailing blank and empty lines', async () => {
    const expected = [
      {
        line: null,
        column: null,
        message:
          'Het bestand bevat alleen een kopregel en geen gegevens; zet onder de kopregel jaar;gemeente;bedrag één regel per jaar en gemeente.',
      },
    ];
    expect(await errorsOf('jaar;gemeente;bedrag', 'CONTRIBUTIONS')).toEqual(expected);
    expect(await errorsOf('\ufeffjaar;gemeente;bedrag\r\n\r\n;;\r\n', 'CONTRIBUTIONS')).toEqual(expected);
  });

  it('refuses an empty JSON list', async () => {
    expect(await errorsOf(' [ ] ')).toEqual([{ line: null, column: null, message: 'De JSON-lijst is leeg; er zijn geen gegevens.' }]);
  });
});

describe('separators', () => {
  const accepted = "Toegestaan zijn de puntkomma ';' (Excel: 'CSV (gescheiden door lijstscheidingsteken)') en de komma ','.";

  it('refuses a tab-separated file, naming the accepted separators', async () => {
    expect(await errorsOf('peildatum\tgemeente\tkennisdomein\taantal\n1-2-2023\tZaanstad\t\t45\n')).toEqual([
      {
        line: 1,
        column: null,
        message: `De kolommen zijn gescheiden door tabs (zoals Excel 'Unicode-tekst' opslaat). ${accepted} Verwachte kopregel: peildatum;gemeente;kennisdomein;aantal`,
      },
    ]);
  });

  it("refuses a '|'-separated file and a header without any separator", async () => {
    expect(await errorsOf('peildatum|gemeente|kennisdomein|aantal\n1-2-2023|Zaanstad||45\n')).toEqual([
      {
        line: 1,
        column: null,
        message: `De kolommen zijn gescheiden door '|'. ${accepted} Verwachte kopregel: peildatum;gemeente;kennisdomein;aantal`,
      },
    ]);
    expect(await errorsOf('peildatum\n1-2-2023\n')).toEqual([
      {
        line: 1,
        column: null,
        message: `In de kopregel staat geen scheidingsteken. ${accepted} Verwachte kopregel: peildatum;gemeente;kennisdomein;aantal`,
      },
    ]);
  });

  it("follows Excel's sep= line", async () => {
    const summary = await parseImport('CONTRIBUTIONS', 'sep=;\r\njaar;gemeente;bedrag\r\n2023;Zaanstad;131.804\r\n', reference);
    expect(summary.errors).toEqual([]);
    expect(summary.records).toEqual([{ kind: 'CONTRIBUTIONS', line: 3, year: 2023, municipalityCode: 'GM0479', amountEur: 131804 }]);
  });

  it('explains a decimal comma that split a value in a comma-separated file', async () => {
    expect(await errorsOf('jaar,gemeente,bedrag\n2023,Zaanstad,131804,00\n', 'CONTRIBUTIONS')).toEqual([
      {
        line: 2,
        column: null,
        message:
          "Deze regel heeft 4 velden, de kopregel 3; staat het scheidingsteken ',' ook in een waarde? Bevat een getal een decimale komma? Gebruik dan ';' als scheidingsteken of zet de waarde tussen aanhalingstekens.",
      },
    ]);
    expect(await errorsOf('jaar,gemeente,bedrag\n2023,Zaanstad,"131804,00"\n', 'CONTRIBUTIONS')).toEqual([]);
  });
});

describe('columns', () => {
  it('names the missing columns and the expected ones', async () => {
    expect(await errorsOf('peildatum;gemeente\n1-2-2023;Zaanstad\n')).toEqual([
      {
        line: 1,
        column: 'aantal',
        message: "Kolom 'aantal' ontbreekt; verwachte kolommen: peildatum;gemeente;kennisdomein;aantal (hoofdletters en volgorde vrij).",
      },
    ]);
  });

  it('names an unknown column and the expected ones', async () => {
    expect(await errorsOf(`${header};telling\n1-2-2023;Zaanstad;;45;7\n`)).toEqual([
      {
        line: 1,
        column: 'telling',
        message:
          "Onbekende kolom 'telling'; verwachte kolommen: peildatum;gemeente;kennisdomein;aantal (hoofdletters en volgorde vrij). Verwijder de kolom of geef haar de juiste naam.",
      },
    ]);
  });

  it('refuses a column named twice', async () => {
    expect(await errorsOf('jaar;gemeente;bedrag;Gemeente\n2023;Zaanstad;1;Zaanstad\n', 'CONTRIBUTIONS')).toEqual([
      { line: 1, column: 'Gemeente', message: "Kolom 'Gemeente' staat meer dan eens in de kopregel; elke kolom mag één keer voorkomen." },
    ]);
  });

  it('takes columns in any order and ignores the empty columns of trailing separators', async () => {
    const summary = await parseImport('CASELOAD', 'AANTAL;Kennisdomein;Gemeente;Peildatum;;\r\n45;;Zaanstad;1-2-2023;;\r\n', reference);
    expect(summary.errors).toEqual([]);
    expect(summary.records).toEqual([
      {
        kind: 'CASELOAD',
        line: 2,
        peildatum: '2023-02-01',
        scope: 'municipality',
        municipalityCode: 'GM0479',
        domainCode: null,
        count: 45,
      },
    ]);
  });

  it('refuses values under a column without a name', async () => {
    expect(await errorsOf(`${header};\n1-2-2023;Zaanstad;;45;12\n`)).toEqual([
      {
        line: 1,
        column: 'kolom 5',
        message: 'Kolom 5 heeft geen naam in de kopregel maar wel waarden; verwachte kolommen: peildatum;gemeente;kennisdomein;aantal.',
      },
    ]);
  });
});

describe('rows', () => {
  it('reports a repeated header row (two files pasted together) and reads on', async () => {
    const summary = await parseImport(
      'CASELOAD',
      `${header}\n1-2-2023;Zaanstad;;45\n${header.toUpperCase()}\n1-2-2023;Zaanstat;;27\n`,
      reference,
    );
    expect(summary.errors).toEqual([
      { line: 3, column: null, message: 'De kopregel staat hier nog een keer (twee bestanden aan elkaar geplakt?); verwijder deze regel.' },
      { line: 4, column: 'gemeente', message: "Onbekende gemeente; bedoelt u 'Zaanstad'?" },
    ]);
  });

  it('reports rows with too few or too many fields', async () => {
    expect(await errorsOf(`${header}\n1-2-2023;Zaanstad;45\n1-2-2023;Purmerend;;27;12\n1-2-2023;Oostzaan;;2;\n`)).toEqual([
      {
        line: 2,
        column: null,
        message: "Deze regel heeft 3 velden, de kopregel 4; vul de ontbrekende velden aan (leeg mag, maar met het scheidingsteken ';').",
      },
      { line: 3, column: null, message: "Deze regel heeft 5 velden, de kopregel 4; staat het scheidingsteken ';' ook in een waarde?" },
    ]);
  });

  it('counts lines exactly past blank lines and a cell that spans two lines', async () => {
    expect(await errorsOf(`${header}\n\n1-2-2023;"Zaan\nstad";;45\n\n1-2-2023;Zaanstat;;27\n`)).toEqual([
      { line: 3, column: 'gemeente', message: "Kolom 'gemeente' bevat een regeleinde of stuurteken; schrijf de waarde op één regel." },
      { line: 6, column: 'gemeente', message: "Onbekende gemeente; bedoelt u 'Zaanstad'?" },
    ]);
  });

  it('reports a stray quote on its line and reads on', async () => {
    expect(await errorsOf(`${header}\n1-2-2023;Zaan"stad;;45\n1-2-2023;Zaanstat;;27\n`)).toEqual([
      {
        line: 2,
        column: null,
        message:
          'Aanhalingsteken (") op een onverwachte plaats. Zet een waarde met aanhalingstekens helemaal tussen aanhalingstekens en verdubbel de aanhalingstekens erin ("").',
      },
      { line: 3, column: 'gemeente', message: "Onbekende gemeente; bedoelt u 'Zaanstad'?" },
    ]);
  });

  it('reports a quote that is never closed from the line it opens', async () => {
    expect(await errorsOf(`${header}\n1-2-2023;Zaanstad;;45\n1-2-2023;"Purmerend;;27\n1-2-2023;Oostzaan;;2\n`)).toEqual([
      {
        line: 3,
        column: null,
        message:
          'Een aanhalingsteken (") wordt niet afgesloten; de rest van het bestand kon daardoor niet worden gelezen. Sluit de waarde af met een tweede aanhalingsteken.',
      },
    ]);
  });
});

describe('JSON', () => {
  it('refuses what is not an array of flat objects, saying where', async () => {
    expect(await errorsOf('{"peildatum": "2023-02-01"}')).toEqual([
      {
        line: 1,
        column: null,
        message:
          'Ongeldige JSON op regel 1: één object in plaats van een lijst (begin met [ ). Verwacht: een lijst van objecten, zoals [{"jaar": 2023, …}, …].',
      },
    ]);
    expect(await errorsOf('[\n  {"jaar": 2023, "gemeente": "Zaanstad", "bedrag": 1},\n  3\n]', 'CONTRIBUTIONS')).toEqual([
      {
        line: 3,
        column: null,
        message:
          'Ongeldige JSON op regel 3: een element dat geen object is. Verwacht: een lijst van objecten, zoals [{"jaar": 2023, …}, …].',
      },
    ]);
    expect(await errorsOf('[\n {"jaar": 2023, "gemeente": "Zaanstad", "bedrag": 1},\n]', 'CONTRIBUTIONS')).toEqual([
      {
        line: 3,
        column: null,
        message: 'Ongeldige JSON op regel 3: een komma vóór ]. Verwacht: een lijst van objecten, zoals [{"jaar": 2023, …}, …].',
      },
    ]);
    expect(await errorsOf('[{"jaar": 2023, "gemeente": "Zaanstad", "bedrag": 1}', 'CONTRIBUTIONS')).toEqual([
      {
        line: 1,
        column: null,
        message:
          'Ongeldige JSON op regel 1: het bestand houdt op voordat de lijst met ] is afgesloten. Verwacht: een lijst van objecten, zoals [{"jaar": 2023, …}, …].',
      },
    ]);
  });

  it('reports a broken object, a missing key, an extra key, a nested value and a fraction on the lines where the objects start', async () => {
    // The first object is the header: an extra key later counts from its line (2).
    const json = [
      '[',
      '{"jaar": 2023, "gemeente": "Zaanstad", "bedrag": 131804},',
      '{"jaar": 2023, "gemeente": "Purmerend" "bedrag": 1},',
      '{"jaar": 2023, "gemeente": "Oostzaan"},',
      '{"jaar": 2023, "gemeente": "Landsmeer", "bedrag": 2, "opmerking": 12},',
      '{"jaar": 2023, "gemeente": {"naam": "Waterland"}, "bedrag": 3},',
      '{"jaar": 2024, "gemeente": "Zaanstad", "bedrag": 131804.5}',
      ']',
    ].join('\n');
    expect(await errorsOf(json, 'CONTRIBUTIONS')).toEqual([
      {
        line: 2,
        column: 'opmerking',
        message:
          "Onbekende kolom 'opmerking'; verwachte kolommen: jaar;gemeente;bedrag (hoofdletters en volgorde vrij). Verwijder de kolom of geef haar de juiste naam.",
      },
      { line: 3, column: null, message: 'Dit object is geen geldige JSON (controleer aanhalingstekens, komma’s en haakjes).' },
      { line: 4, column: 'bedrag', message: "Sleutel 'bedrag' ontbreekt in dit object; elk object moet dezelfde sleutels hebben." },
      { line: 4, column: 'bedrag', message: 'Bedrag ontbreekt; vul een heel getal in (bijv. € 131.804, 131.804 of 131804).' },
      { line: 6, column: 'gemeente', message: 'Geneste waarde (object of lijst) niet toegestaan; gebruik tekst of een getal.' },
      {
        line: 6,
        column: 'gemeente',
        message: 'Gemeente ontbreekt; schrijf de naam of CBS-code van een gemeente (bijv. Zaanstad of GM0479).',
      },
      {
        line: 7,
        column: 'bedrag',
        message: "Bedrag '131804,5' heeft centen; alleen hele euro's zijn toegestaan (bijv. € 131.804, 131.804 of 131804).",
      },
    ]);
  });
});
