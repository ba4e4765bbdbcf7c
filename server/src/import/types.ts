/**
 * Public types of the import core: what a caller passes in and what it gets back.
 * The core is pure: it reads bytes, validates and hands records over; it never writes anywhere.
 */

/** The kinds of file an administrator can import. */
export type ImportKind = 'CASELOAD' | 'CONTRIBUTIONS' | 'POPULATION' | 'FUNDING' | 'FLOWS';

export const IMPORT_KINDS: readonly ImportKind[] = ['CASELOAD', 'CONTRIBUTIONS', 'POPULATION', 'FUNDING', 'FLOWS'];

/**
 * One problem in a file, in Dutch, saying what is wrong and what would be right.
 * `line` is the file's line number (the header is line 1; for JSON the line where the object
 * starts); null for problems of the whole file. `column` is the column as the header names it
 * (for JSON: the key); null when the problem is not about one column.
 */
export interface ImportError {
  line: number | null;
  column: string | null;
  message: string;
}

/** What the file is checked against. */
export interface ReferenceData {
  /** The region's municipalities: CBS code ("GM0479") and name ("Zaanstad"). */
  municipalities: readonly { code: string; name: string }[];
  /** The knowledge domains: code ("mensenhandel") and name ("Mensenhandel"). */
  domains: readonly { code: string; name: string }[];
  /** Today as an ISO date (YYYY-MM-DD): a count date after it is refused. */
  today: string;
  /**
   * FUNDING only, optional: the known sources of money. When given, `bron` must name one of them
   * (code or name) and the record carries its code; when absent, `bron` is kept as (checked) text.
   */
  fundingSources?: readonly { code: string; name: string }[];
}

export interface CaseloadRecord {
  kind: 'CASELOAD';
  line: number;
  /** ISO date. */
  peildatum: string;
  /** 'region' is a "Totaal"/"Regio" row: the stated total of the count date (or of one domain). */
  scope: 'municipality' | 'unspecified' | 'region';
  /** The CBS code for scope 'municipality'; null otherwise. */
  municipalityCode: string | null;
  /** null: the total of the scope; otherwise the count of one knowledge domain. */
  domainCode: string | null;
  count: number;
}

export interface ContributionRecord {
  kind: 'CONTRIBUTIONS';
  line: number;
  year: number;
  municipalityCode: string;
  /** Whole euros. */
  amountEur: number;
}

export interface PopulationRecord {
  kind: 'POPULATION';
  line: number;
  year: number;
  municipalityCode: string;
  inhabitants: number;
  /** The source as written (trimmed), e.g. "CBS, Bevolking per 1 januari: https://…". */
  source: string;
}

export interface FundingRecord {
  kind: 'FUNDING';
  line: number;
  year: number;
  /** The funding source's code when `ReferenceData.fundingSources` is given, else the text. */
  source: string;
  /** Whole euros. */
  amountEur: number;
}

/** FLOWS: one month's new and closed cases of a municipality (or the unspecified cases, or the region) and domain. */
export interface FlowRecord {
  kind: 'FLOWS';
  line: number;
  /** The month, 'YYYY-MM'. */
  month: string;
  scope: 'municipality' | 'unspecified' | 'region';
  municipalityCode: string | null;
  /** null: the total of the scope over every domain (and the cases without one). */
  domainCode: string | null;
  inflow: number;
  outflow: number;
  /** Of the closed cases, those closed within the norm; null when not reported. */
  closedWithinNorm: number | null;
  /** Days from opening to closing of the closed cases; null when not reported. */
  medianDays: number | null;
  p80Days: number | null;
  /** The ZVH's norm in days the month was counted against; the same on every row of a month. */
  normDays: number | null;
}

/** FLOWS: a month's totals per municipality (null: the unspecified cases), for the consistency check. */
export interface FlowTotal {
  month: string;
  municipalityCode: string | null;
  inflow: number;
  outflow: number;
}

export type ImportRecord = CaseloadRecord | ContributionRecord | PopulationRecord | FundingRecord | FlowRecord;

/** The record type of one kind: `RecordOf<'CASELOAD'>` is `CaseloadRecord`. */
export type RecordOf<K extends ImportKind> = Extract<ImportRecord, { kind: K }>;

/**
 * Receives valid records in batches, in file order. Awaited before reading on (backpressure).
 * Called only while no error has been found; see `validateImport` for what that implies.
 */
export type ImportSink = (batch: ImportRecord[]) => void | Promise<void>;

export interface ImportOptions {
  /** Records per sink call; default 5 000. */
  batchSize?: number;
  /** Errors kept in the summary; the rest are only counted in `moreErrors`. Default 1 000. */
  maxErrors?: number;
}

export type DetectedEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface ImportSummary {
  kind: ImportKind;
  /** How the file was read; null when it could not be read at all. */
  format: 'csv' | 'json' | null;
  encoding: DetectedEncoding | null;
  /** The CSV separator found in the header; null for JSON. */
  delimiter: ';' | ',' | null;
  /** Data rows read (header, repeated headers' own line and blank lines excluded). */
  rowsRead: number;
  /** Rows that passed every check of their own (cross-row checks may still fail the file). */
  validRows: number;
  /** Every error, file-level ones first, then by line; at most `maxErrors`. Empty: the file is good. */
  errors: ImportError[];
  /** Errors beyond `maxErrors`, counted but not kept. */
  moreErrors: number;
  /** The anonymisation guard refused the file: it looks person-level or identifying. */
  refusedByGuard: boolean;
  /** CASELOAD: per count date (oldest first) its stated total, or else the sum of its parts. */
  totals?: { peildatum: string; total: number }[];
  /** FLOWS: per month (oldest first) the total of each municipality and of the unspecified cases. */
  flowTotals?: FlowTotal[];
}
