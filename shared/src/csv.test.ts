import { describe, expect, it } from '@jest/globals';
import { csvCell, csvNumber, toCsv } from './csv.js';

describe('toCsv', () => {
  it('starts with a BOM, separates cells with ";" and joins lines with CRLF', () => {
    const csv = toCsv(
      ['Gemeente', 'Casussen'],
      [
        ['Zaanstad', 45],
        ['Purmerend', 17],
      ],
    );
    expect(csv).toBe('\uFEFFGemeente;Casussen\r\nZaanstad;45\r\nPurmerend;17');
  });

  it('writes numbers nl-NL as Excel reads them: decimal comma, no thousands separator', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[285_499, 2.86, 0.46875, -4.7]])).toBe('\uFEFFa;b;c;d\r\n285499;2,86;0,46875;-4,7');
    expect(csvNumber(1_234_567.5)).toBe('1234567,5');
    expect(csvNumber((45 / 157_166) * 10_000)).toBe('2,863215');
    expect(csvNumber(0.1 + 0.2)).toBe('0,3'); // no floating-point noise
    expect(csvNumber(2.863, 1)).toBe('2,9');
    expect(csvNumber(-0)).toBe('0');
    expect(csvNumber(-0.000_000_1)).toBe('0');
    expect(csvNumber(Number.NaN)).toBe('');
    expect(csvNumber(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('writes null as an empty cell', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, 'x', null]])).toBe('\uFEFFa;b;c\r\n;x;');
  });

  it('quotes cells holding ";", quotes, CR or LF, doubling the quotes (RFC 4180)', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('Zorg- en "Veiligheidshuis"')).toBe('"Zorg- en ""Veiligheidshuis"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
    expect(csvCell('Casuïstiek, 1 februari 2023')).toBe('Casuïstiek, 1 februari 2023');
    expect(csvCell('')).toBe('');
  });

  it('neutralises text that a spreadsheet would run as a formula, but keeps a negative number a number', () => {
    expect(csvCell('=2+3')).toBe("'=2+3");
    expect(csvCell('+31 6 12345678')).toBe("'+31 6 12345678");
    expect(csvCell('-4,7')).toBe("'-4,7");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('=HYPERLINK("http://x";"klik")')).toBe(`"'=HYPERLINK(""http://x"";""klik"")"`);
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-4.7)).toBe('-4,7');
    expect(toCsv(['=kop'], [['=2+3']])).toBe("\uFEFF'=kop\r\n'=2+3");
  });

  it('rounds to the decimals asked for', () => {
    expect(toCsv(['x'], [[0.123_456_789]], { maximumFractionDigits: 3 })).toBe('\uFEFFx\r\n0,123');
  });
});
