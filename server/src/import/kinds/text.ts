import type { Cell, Report } from './common.js';

/** Longest source text kept; longer text is prose, refused by the anonymisation guard first. */
export const MAX_TEXT_CHARS = 300;

/**
 * A text cell (a source), trimmed, or null after reporting: required, at most `max` characters.
 * Formulas, line breaks, control characters and undecodable bytes are refused before this, for
 * every cell (pipeline).
 */
export function checkText(cell: Cell, line: number, report: Report, whenEmpty: string, max = MAX_TEXT_CHARS): string | null {
  const text = cell.value.trim();
  const label = cell.column.display;
  if (text === '') {
    report(line, cell.column, whenEmpty);
    return null;
  }
  if (text.length > max) {
    report(line, cell.column, `${capitalise(label)} is te lang (${text.length} tekens, hooguit ${max}).`);
    return null;
  }
  return text;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
