import { describe, expect, it } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import { decodeText, normaliseNewlines } from './decode.js';
import { parseImport, validateImport, type DetectedEncoding, type ReferenceData } from './index.js';

const seed = loadSeed();
const reference: ReferenceData = { municipalities: seed.municipalities, domains: seed.knowledgeDomains, today: '2024-06-01' };

/** Windows-1252 bytes of a text (Latin-1, with '€' at 0x80 as Windows-1252 has it). */
function cp1252(text: string): Buffer {
  return Buffer.concat([...text].map((ch) => (ch === '€' ? Buffer.from([0x80]) : Buffer.from(ch, 'latin1'))));
}

/** Decodes chunks the way the pipeline does (with line ends made "\n"). */
async function collect(chunks: Uint8Array[]): Promise<{ text: string; encoding: DetectedEncoding | null }> {
  const found: { encoding: DetectedEncoding | null } = { encoding: null };
  let text = '';
  for await (const part of normaliseNewlines(decodeText(asAsync(chunks), found))) text += part;
  return { text, encoding: found.encoding };
}

async function* asAsync<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

describe('decodeText', () => {
  it('drops a UTF-8 byte order mark and decodes UTF-8', async () => {
    const result = await collect([Buffer.from('\ufeffjaar;bron\r\n2023;Financiële bijdrage\r\n')]);
    expect(result).toEqual({ text: 'jaar;bron\n2023;Financiële bijdrage\n', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, € included', async () => {
    const result = await collect([cp1252('bedrag;bron\r\n€ 5;Financiële\r\n')]);
    expect(result).toEqual({ text: 'bedrag;bron\n€ 5;Financiële\n', encoding: 'windows-1252' });
  });

  it('keeps a character and a CRLF whole when chunks cut them in two', async () => {
    const bytes = Buffer.from('a;b\r\nFinanciële;€\r\n');
    const result = await collect([...bytes].map((b) => Buffer.from([b])));
    expect(result).toEqual({ text: 'a;b\nFinanciële;€\n', encoding: 'utf-8' });
  });

  it('decodes UTF-16 with its byte order mark', async () => {
    const result = await collect([Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('jaar\tbron\r\n', 'utf16le')])]);
    expect(result).toEqual({ text: 'jaar\tbron\n', encoding: 'utf-16le' });
  });

  it('passes text chunks on, without their byte order mark', async () => {
    const found: { encoding: DetectedEncoding | null } = { encoding: null };
    let text = '';
    for await (const part of decodeText(asAsync(['\ufeffa;b\n', '1;2\n']), found)) text += part;
    expect(text).toBe('a;b\n1;2\n');
    expect(found.encoding).toBe('utf-8');
  });
});

describe('encodings of whole files', () => {
  it('reads a Windows-1252 file with "Edam-Volendam", an accented name, "ë" and "€"', async () => {
    const file = cp1252(
      'jaar;gemeente;inwoners;bron\r\n2023;Edam-Volendam;36.267;Financiële verantwoording 2023\r\n2023;Édam Volendam;36.300;Gemeente Edam-Volendam, jaarverslag\r\n',
    );
    const population = await parseImport('POPULATION', file, reference);
    // The second row names the same municipality (accents and spacing do not count): a duplicate.
    expect(population.encoding).toBe('windows-1252');
    expect(population.errors).toEqual([
      {
        line: 3,
        column: 'gemeente',
        message: 'Dubbele regel: jaar 2023, gemeente Edam-Volendam staat ook op regel 2; elke gemeente mag per jaar één keer voorkomen.',
      },
    ]);
    const single = await parseImport(
      'POPULATION',
      cp1252('jaar;gemeente;inwoners;bron\r\n2023;Edam-Volendam;36.267;Financiële verantwoording 2023\r\n'),
      reference,
    );
    expect(single.records).toEqual([
      { kind: 'POPULATION', line: 2, year: 2023, municipalityCode: 'GM0385', inhabitants: 36267, source: 'Financiële verantwoording 2023' },
    ]);

    const contributions = await parseImport('CONTRIBUTIONS', cp1252('jaar;gemeente;bedrag\r\n2023;Edam-Volendam;€ 30.467\r\n'), reference);
    expect(contributions.records).toEqual([{ kind: 'CONTRIBUTIONS', line: 2, year: 2023, municipalityCode: 'GM0385', amountEur: 30467 }]);
  });

  it('reads a UTF-8 file with byte order mark: the first column is found', async () => {
    const summary = await parseImport('CONTRIBUTIONS', Buffer.from('\ufeffjaar;gemeente;bedrag\r\n2023;Zaanstad;€ 131.804\r\n'), reference);
    expect(summary.encoding).toBe('utf-8');
    expect(summary.errors).toEqual([]);
    expect(summary.records).toEqual([{ kind: 'CONTRIBUTIONS', line: 2, year: 2023, municipalityCode: 'GM0479', amountEur: 131804 }]);
  });

  it('reports a Windows-1252 line in a UTF-8 file as mixed encoding, with its line', async () => {
    // More than the 4 KiB from which the encoding is decided is UTF-8; a line added later is not.
    const utf8Rows: string[] = [];
    for (let year = 2000; year <= 2014; year++)
      for (const m of seed.municipalities) utf8Rows.push(`${year};${m.name};10.000;Financiële bijlage`);
    const file = Buffer.concat([
      Buffer.from(['jaar;gemeente;inwoners;bron', ...utf8Rows, ''].join('\r\n')),
      cp1252('2015;Purmerend;92.204;Financiële bijlage\r\n'),
    ]);
    expect(utf8Rows.join('\r\n').length).toBeGreaterThan(4096);
    const summary = await parseImport('POPULATION', file, reference);
    expect(summary.encoding).toBe('utf-8');
    expect(summary.errors).toEqual([
      {
        line: utf8Rows.length + 2,
        column: 'bron',
        message:
          "Deze waarde bevat tekens in een andere tekenset dan de rest van het bestand (gemengde codering). Sla het hele bestand opnieuw op, bij voorkeur als 'CSV UTF-8 (door lijstscheidingsteken gescheiden)'.",
      },
    ]);
  });

  it('reports a UTF-8 line in a Windows-1252 file as mixed encoding, with its line', async () => {
    const file = Buffer.concat([
      cp1252('jaar;gemeente;inwoners;bron\r\n2022;Zaanstad;157.166;Financiële bijlage\r\n'),
      Buffer.from('2022;Purmerend;92.204;Financiële bijlage\r\n'),
    ]);
    const summary = await parseImport('POPULATION', file, reference);
    expect(summary.encoding).toBe('windows-1252');
    expect(summary.errors.map((e) => [e.line, e.column])).toEqual([[3, 'bron']]);
    expect(summary.errors[0]?.message).toMatch(/gemengde codering/);
  });

  it('refuses an Excel "Unicode text" export (UTF-16, tabs) naming the accepted separators', async () => {
    const file = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('jaar\tgemeente\tbedrag\r\n2023\tZaanstad\t131804\r\n', 'utf16le')]);
    const summary = await validateImport('CONTRIBUTIONS', [file], reference);
    expect(summary.encoding).toBe('utf-16le');
    expect(summary.errors).toEqual([
      {
        line: 1,
        column: null,
        message:
          "De kolommen zijn gescheiden door tabs (zoals Excel 'Unicode-tekst' opslaat). Toegestaan zijn de puntkomma ';' (Excel: 'CSV (gescheiden door lijstscheidingsteken)') en de komma ','. Verwachte kopregel: jaar;gemeente;bedrag",
      },
    ]);
  });

  it('refuses an Excel workbook and a binary file, saying what to do', async () => {
    const xlsx = await parseImport('CASELOAD', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), reference);
    expect(xlsx.errors.map((e) => e.message)).toEqual([
      "Dit is een Excel-werkmap (.xlsx), geen CSV-bestand. Kies in Excel 'Opslaan als' → 'CSV UTF-8 (door lijstscheidingsteken gescheiden)' of 'CSV (gescheiden door lijstscheidingsteken)'.",
    ]);
    const binary = await parseImport('CASELOAD', Buffer.from([0x70, 0x00, 0x65, 0x00, 0x69, 0x00]), reference);
    expect(binary.errors.map((e) => e.message)).toEqual([
      'Dit lijkt geen tekstbestand (het bevat nul-bytes). Lever een CSV-bestand (UTF-8 of Windows-1252) of JSON aan.',
    ]);
  });
});
