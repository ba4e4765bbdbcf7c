/**
 * CSV for Excel in the Netherlands: UTF-8 with a BOM (so Excel reads "Casuïstiek" right),
 * `;` between cells (Excel's separator under nl-NL), CRLF between lines, RFC 4180 quoting.
 *
 * Written by hand on purpose: the ~30 lines below are the whole writer. The one maintained
 * library in reach (csv-stringify) needs a cast for nl-NL numbers, and its `escape_formulas`
 * would then also put a quote before a negative number turned into text ("-4,7"), which must
 * stay a number; it would also add a dependency to the dashboard's bundle for this alone.
 */

export type CsvCell = string | number | null;

export interface CsvOptions {
  /** Decimals at most for numbers (rounded; trailing zeros dropped). Default 6: 0,46875 and 2,863215. */
  maximumFractionDigits?: number;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell with one of these must be quoted (RFC 4180). */
const NEEDS_QUOTES = /[;"\r\n]/;

/**
 * A number as Excel under nl-NL reads it: decimal comma, no thousands separator, a plain
 * hyphen-minus (285499, 2,86, -4,7). NaN and ±Infinity are not numbers to a spreadsheet: empty.
 */
export function csvNumber(value: number, maximumFractionDigits = 6): string {
  if (!Number.isFinite(value)) return '';
  let text = Math.abs(value).toFixed(maximumFractionDigits);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  if (text === '0') return '0'; // also -0 and tiny negatives rounded to zero
  return `${value < 0 ? '-' : ''}${text.replace('.', ',')}`;
}

/**
 * One cell: null is empty, a number is written nl-NL, text starting like a formula gets a
 * leading `'` (so `=2+3` stays text; a negative *number* stays a number), and a cell holding
 * `;`, `"`, CR or LF is quoted with its quotes doubled.
 */
export function csvCell(value: CsvCell, options: CsvOptions = {}): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value, options.maximumFractionDigits);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, the header line, then one line per row, joined with CRLF (none after the last). */
export function toCsv(header: string[], rows: CsvCell[][], options: CsvOptions = {}): string {
  const line = (cells: CsvCell[]) => cells.map((cell) => csvCell(cell, options)).join(';');
  return `\uFEFF${[header, ...rows].map(line).join('\r\n')}`;
}
