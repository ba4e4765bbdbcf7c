import { normaliseName } from './values.js';

/**
 * Edit distance with adjacent transpositions (optimal string alignment): the number of single
 * characters to insert, delete, replace or swap to turn `a` into `b`. O(|a|·|b|) time, O(|b|) memory.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prevPrev: number[] = new Array<number>(b.length + 1).fill(0);
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row: number[] = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (prevPrev[j - 2] as number) + 1);
      }
      row[j] = best;
    }
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[b.length] as number;
}

/**
 * The candidate closest to `value`, compared as normalised names (case, accents and spacing
 * ignored); null when none is close. Close means: at most 1 edit for names up to 4 characters,
 * 2 up to 8, 3 beyond, and fewer edits than half the name; or the value is the start of exactly
 * one candidate ("Edam" → "Edam-Volendam").
 */
export function closest(value: string, candidates: readonly string[]): string | null {
  const v = normaliseName(value);
  if (v === '') return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = normaliseName(candidate);
    const d = editDistance(v, c);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best !== null) {
    const length = Math.max(v.length, normaliseName(best).length);
    const allowed = length <= 4 ? 1 : length <= 8 ? 2 : 3;
    if (bestDistance <= allowed && bestDistance < length / 2) return best;
  }
  if (v.length >= 3) {
    const starts = candidates.filter((c) => normaliseName(c).startsWith(v));
    if (starts.length === 1) return starts[0] as string;
  }
  return null;
}
