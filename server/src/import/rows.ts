/** What the CSV and JSON readers hand to the pipeline: a header, then rows of text cells. */

export interface RawRow {
  /** The file's line number where the row starts. */
  line: number;
  /** The cells in header order, as text. */
  cells: string[];
  /** JSON only: keys the first object did not have, with their values as text. */
  extras?: { name: string; value: string }[];
}

export type TableEvent = { type: 'header'; line: number; names: string[] } | { type: 'row'; row: RawRow };

/** A problem with one row that the reader found (it skips the row and reads on). */
export type ReportRow = (line: number | null, column: string | null, message: string) => void;
