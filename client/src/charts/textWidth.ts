/**
 * Estimated text widths, so layouts can size label columns without measuring the DOM (layouts stay
 * pure and testable). Widths are in em of Noto Sans, rounded up a little to err on the roomy side.
 */
const NARROW = new Set("iljt.,:;|!'() fr".split(''));
const WIDE = new Set('mwMW%€@'.split(''));

/** Estimated width of `text` at `fontSize` (bold text is about 6% wider). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.has(char)) em += 0.3;
    else if (WIDE.has(char)) em += 0.86;
    else if (/[0-9]/.test(char)) em += 0.57;
    else if (char >= 'A' && char <= 'Z') em += 0.66;
    else em += 0.56;
  }
  return em * fontSize * (bold ? 1.06 : 1);
}

/** The widest of `texts`, 0 for none. */
export function maxTextWidth(texts: string[], fontSize: number, bold = false): number {
  return texts.reduce((max, text) => Math.max(max, textWidth(text, fontSize, bold)), 0);
}

/** Breaks `text` into lines no wider than `width` (words are never split). */
export function wrapText(text: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
