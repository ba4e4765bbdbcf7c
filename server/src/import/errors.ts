import type { ImportError } from './types.js';

/**
 * How a message shows a value from the file. Messages are rendered only at the end: when the
 * anonymisation guard refuses a file, no value from it is shown at all (it might be personal).
 */
export type Quote = (value: string) => string;

/** A message, or a function that renders it with the final `Quote`. */
export type Message = string | ((quote: Quote) => string);

/**
 * A column as errors name it. `display` is the header as written; `safe` is false when the header
 * cell itself may be data (no header was recognised, or the cell looked personal): then errors
 * of a refused file name it by position ("kolom 3").
 */
export interface ColumnRef {
  display: string;
  position: number;
  safe: boolean;
}

/** A structural problem that stops reading the file (it cannot be read any further). */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
  }
}

interface Entry {
  line: number | null;
  column: ColumnRef | string | null;
  message: Message;
  order: number;
}

const MAX_QUOTED = 40;

/**
 * Shows a value in single quotes, cut short — only a number or a date: a value with letters might
 * be a person's name or address, and formulas are never shown.
 */
export const showValue: Quote = (value) => {
  const v = value.trim();
  if (/\p{L}/u.test(v)) return '(tekst niet getoond)';
  if (/^[=+@\-\u2212]/.test(v) && !/^-?[\d.,\s]+$/.test(v)) return '(formule)';
  const short = v.length > MAX_QUOTED ? `${v.slice(0, MAX_QUOTED)}…` : v;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  return `'${short.replace(/[\u0000-\u001f\u007f]/g, ' ')}'`;
};

export const hideValue: Quote = () => '(waarde niet getoond)';

/**
 * Collects errors up to a cap and counts the rest. Pinned errors are always kept and come first;
 * the others are ordered by line.
 */
export class ErrorCollector {
  private readonly kept: Entry[] = [];
  private readonly fileLevel: Entry[] = [];
  private extra = 0;
  private seq = 0;

  constructor(private readonly max: number) {}

  /** All errors so far, kept or not. */
  get count(): number {
    return this.kept.length + this.fileLevel.length + this.extra;
  }

  /**
   * Adds an error. `pinned` errors (file-level ones and the guard's findings) are always kept and
   * listed first, in the order added; an error without a line is always pinned.
   */
  add(line: number | null, column: ColumnRef | string | null, message: Message, pinned = false): void {
    const entry = { line, column, message, order: this.seq++ };
    if (line === null || pinned) this.fileLevel.push(entry);
    else if (this.kept.length < this.max) this.kept.push(entry);
    else this.extra++;
  }

  /** Puts a file-level message before every other error. */
  lead(message: string): void {
    this.fileLevel.unshift({ line: null, column: null, message, order: -1 });
  }

  /** Renders every kept error; `redact` hides every value from the file. */
  render(redact: boolean): { errors: ImportError[]; moreErrors: number } {
    const quote = redact ? hideValue : showValue;
    const byLine = [...this.kept].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.order - b.order);
    const errors = [...this.fileLevel, ...byLine].map((e) => ({
      line: e.line,
      column: columnName(e.column, redact),
      message: typeof e.message === 'string' ? e.message : e.message(quote),
    }));
    // File-level errors are never capped; the cap is on the row errors.
    return { errors, moreErrors: this.extra };
  }
}

function columnName(column: ColumnRef | string | null, redact: boolean): string | null {
  if (column === null || typeof column === 'string') return column;
  return column.safe || !redact ? column.display : `kolom ${column.position}`;
}

/** "regel 2" or "regel 2–41". */
export function lineRange(first: number, last: number): string {
  return first === last ? `regel ${first}` : `regel ${first}–${last}`;
}
