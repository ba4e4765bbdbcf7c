/**
 * Reading single values the way Dutch spreadsheets write them: whole numbers with thousands
 * dots and a decimal comma, euro signs, day-month-year dates, names in any case or accent.
 */

// ---------------------------------------------------------------------------------------------
// A bounded cache: a file repeats the same few values (municipalities, domains, dates, small
// counts) on every row; each distinct value is worked out once. Emptied when full, so memory
// stays bounded whatever the file holds.

export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max = 4096) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): V {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}

// ---------------------------------------------------------------------------------------------
// Names

const normalised = new BoundedCache<string, string>(8192);

/**
 * A name reduced for comparison: accents, case, spaces and punctuation removed.
 * "Edam-Volendam", "edam volendam" and "ÉDAM – VOLENDAM" all become "edamvolendam".
 */
export function normaliseName(value: string): string {
  const known = normalised.get(value);
  if (known !== undefined) return known;
  const name = value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return value.length <= 200 ? normalised.set(value, name) : name;
}

// ---------------------------------------------------------------------------------------------
// Whole numbers

export type NumberProblem =
  | 'empty'
  /** Not a number at all. */
  | 'invalid'
  /** Has a non-zero fraction: only whole numbers (whole euros) are allowed. */
  | 'fraction'
  | 'negative'
  /** A euro sign where a count is expected. */
  | 'currency'
  | 'tooLarge';

export type NumberResult = { ok: true; value: number } | { ok: false; problem: NumberProblem };

const SPACE = '[\\s\\u00a0\\u202f]';
/** Thousands groups with one consistent separator (dot or a space), or plain digits. */
const INTEGER_PART = `(\\d{1,3}(?:\\.\\d{3})+|\\d{1,3}(?:${SPACE}\\d{3})+|\\d+)`;
/** Decimal comma with digits or the Dutch ",-" / ",--" for whole amounts. */
const DUTCH_NUMBER = new RegExp(`^${INTEGER_PART}(?:,(\\d+|-{1,2}))?$`);
/** A dot followed by other than exactly three digits is a decimal point (English export). */
const POINT_DECIMAL = /^(\d+)\.(\d{1,2}|\d{4,})$/;

/**
 * Reads a whole number as Dutch Excel writes it: `131804`, `131.804`, `131 804`, `131804,00`,
 * `131.804,-`; with `currency` also `€ 131.804` or `131.804 EUR`. A dot followed by exactly three
 * digits is a thousands separator (Dutch); a dot followed by other than three digits is read as a
 * decimal point (`131804.00` from an English export). A comma is always the decimal comma: a
 * fraction other than zero is refused (`131.804,50` → 'fraction').
 */
export function parseWholeNumber(raw: string, options: { currency: boolean }): NumberResult {
  let s = raw.trim();
  if (s === '') return { ok: false, problem: 'empty' };
  if (/^\d{1,15}$/.test(s)) return { ok: true, value: Number(s) };
  let negative = false;
  if (/^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  const hadCurrency = /€|\bEUR\b/i.test(s);
  if (hadCurrency) {
    if (!options.currency) return { ok: false, problem: 'currency' };
    s = s
      .replace(/^(€|EUR)\s*/i, '')
      .replace(/\s*(€|EUR)$/i, '')
      .trim();
    if (/^[-\u2212]/.test(s)) {
      negative = true;
      s = s.slice(1).trim();
    }
  }
  let digits: string;
  let fraction = '';
  const dutch = DUTCH_NUMBER.exec(s);
  const point = dutch ? null : POINT_DECIMAL.exec(s);
  if (dutch) {
    digits = (dutch[1] ?? '').replace(/[^\d]/g, '');
    fraction = dutch[2] ?? '';
  } else if (point) {
    digits = point[1] ?? '';
    fraction = point[2] ?? '';
  } else {
    return { ok: false, problem: 'invalid' };
  }
  if (/[1-9]/.test(fraction)) return { ok: false, problem: 'fraction' };
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return { ok: false, problem: 'tooLarge' };
  if (negative && value !== 0) return { ok: false, problem: 'negative' };
  return { ok: true, value };
}

// ---------------------------------------------------------------------------------------------
// Dates and years

export type DateProblem = 'empty' | 'invalid' | 'twoDigitYear' | 'excelSerial' | 'noSuchDay';
export type DateResult = { ok: true; iso: string } | { ok: false; problem: DateProblem };

const DAY_MONTH_YEAR = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const DAY_MONTH_SHORT_YEAR = /^\d{1,2}([-/.])\d{1,2}\1\d{2}$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?$/;

/**
 * Reads a date: `1-2-2023`, `01-02-2023` (also with `/` or `.`) as day-month-year, and
 * `2023-02-01` (also with a midnight time, as JSON tools write it). Two-digit years and Excel's
 * day numbers (`44958`) are refused with their own reason.
 */
export function parseDate(raw: string): DateResult {
  return parsedDates.get(raw) ?? parsedDates.set(raw, readDate(raw));
}

const parsedDates = new BoundedCache<string, DateResult>(4096);

function readDate(raw: string): DateResult {
  const s = raw.trim();
  if (s === '') return { ok: false, problem: 'empty' };
  let year: number;
  let month: number;
  let day: number;
  const dmy = DAY_MONTH_YEAR.exec(s);
  const iso = dmy ? null : ISO_DATE.exec(s);
  if (dmy) {
    day = Number(dmy[1]);
    month = Number(dmy[3]);
    year = Number(dmy[4]);
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else if (DAY_MONTH_SHORT_YEAR.test(s)) {
    return { ok: false, problem: 'twoDigitYear' };
  } else if (/^\d{5}(?:[.,]0+)?$/.test(s)) {
    return { ok: false, problem: 'excelSerial' };
  } else {
    return { ok: false, problem: 'invalid' };
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, problem: 'noSuchDay' };
  }
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** Whether the whole value is written as a date (any of the forms above, or with a short year). */
export function looksLikeDate(raw: string): boolean {
  const s = raw.trim();
  return DAY_MONTH_YEAR.test(s) || ISO_DATE.test(s) || DAY_MONTH_SHORT_YEAR.test(s);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "2023-02-01" → "1-2-2023", the way Dutch users write it. */
export function dutchDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
}

export type YearResult = { ok: true; year: number } | { ok: false; problem: 'empty' | 'invalid' };

/** A year of four digits ("2023"); anything else ("23", "2.023") is not a year. */
export function parseYear(raw: string): YearResult {
  const s = raw.trim();
  if (s === '') return { ok: false, problem: 'empty' };
  if (!/^\d{4}$/.test(s)) return { ok: false, problem: 'invalid' };
  return { ok: true, year: Number(s) };
}

// ---------------------------------------------------------------------------------------------
// Text

/**
 * Whether a spreadsheet would run the value as a formula when the text is opened again
 * (CSV/formula injection): it starts with `=`, `+`, `@`, or with `-` not followed by a number.
 */
export function looksLikeFormula(raw: string): boolean {
  if (!/^[\s"'=+@\-\u2212]/.test(raw)) return false;
  const s = raw.replace(/^[\s"']+/, '');
  return /^[=+@]/.test(s) || /^[-\u2212](?![\d\s.,]|$)/.test(s) || /^[\t\r]/.test(raw);
}

/** Control characters (a newline inside a quoted cell included). */
export function hasControlCharacters(raw: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  return /[\u0000-\u0008\u000a-\u001f\u007f]/.test(raw);
}

/** The Unicode replacement character: bytes that were not valid UTF-8 in a UTF-8 file. */
export function hasUndecodableBytes(raw: string): boolean {
  return raw.includes('\ufffd');
}

/**
 * UTF-8 read as Windows-1252 ("Ã«" for "ë"): a UTF-8 part in a file that was read as
 * Windows-1252 because its first non-ASCII bytes were not UTF-8.
 */
export function hasMojibake(raw: string): boolean {
  return /[ÂÃ][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/.test(
    raw,
  );
}

/** Number of words (runs of letters or digits). */
export function wordCount(raw: string): number {
  return raw.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
