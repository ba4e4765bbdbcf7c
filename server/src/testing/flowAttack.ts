import { protectDomainTable, safeRange, type DomainPattern, type DomainTable, type SecretChoices } from '../domain/suppression.js';

/*
 * The attacker of decision 0020: the attacker of 0006 (the code, everything restricted viewers are
 * shown, pooled, one GEMEENTE user's own row), now over two count dates linked by flows. It sees at
 * both dates the row totals, the published region counts and the pattern, and between them each
 * municipality's inflow and outflow (published exactly, as decision 0020 does). It lists, for every
 * hidden small cell, every value it can have in a pair of tables that (1) show the same at both
 * dates, (2) make the rule produce the same patterns, and (3) can turn into each other with the
 * published flows — by enumerating every such pair.
 *
 * A row can go from cells x to cells y (every domain and the cases without one) with inflow I and
 * outflow O exactly when the increases add up to at most I (the rest of the inflow and outflow can
 * be cases that came in and closed in the same column) and the totals move by I − O.
 */

/** One row at the two dates: its cells per domain (the cases without a domain are the rest of its total). */
export interface LinkedRow {
  key: string;
  before: { total: number; cells: number[] };
  after: { total: number; cells: number[] };
  inflow: number;
  outflow: number;
  /** A GEMEENTE user may know this row at both dates (and its flows). */
  knowable: boolean;
  /**
   * Only for a weakened rule that publishes them: the row's inflow and outflow per domain, the
   * cases without a domain last. Then each column moves by exactly its own inflow minus outflow.
   */
  byDomain?: { inflow: number[]; outflow: number[] };
}

export interface LinkedTables {
  k: number;
  domains: string[];
  rows: LinkedRow[];
  /** The secret's choices of each date (the server draws them per date). */
  choices: [SecretChoices, SecretChoices];
}

/** What the rule under test publishes at one date to restricted viewers: the pattern, given whether flows link the date. */
export type LinkedProtect = (table: DomainTable, choices: SecretChoices, linked: boolean) => DomainPattern;

/** Decision 0020: a date linked by published flows shows restricted viewers no count per domain at all. */
export const protectLinked: LinkedProtect = (table, choices, linked) =>
  linked
    ? { hiddenRows: new Set(table.rows.filter((r) => r.total > 0).map((r) => r.key)), hiddenRegionCounts: new Set(table.domains) }
    : protectDomainTable(table, choices);

/** Weakened: decision 0006 per date, as if flows linked nothing. */
export const protectPerDate: LinkedProtect = (table, choices) => protectDomainTable(table, choices);

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Every split of `total` over the domains, the rest being cases without a domain. */
function splits(total: number, parts: number): number[][] {
  const out: number[][] = [];
  const walk = (prefix: number[], left: number) => {
    if (prefix.length === parts) {
      out.push(prefix);
      return;
    }
    for (let n = 0; n <= left; n++) walk([...prefix, n], left - n);
  };
  walk([], total);
  return out;
}

/** Whether a row can go from `x` to `y` (cells per domain; the rest without a domain) with inflow I and outflow O. */
export function canMove(
  x: readonly number[],
  xTotal: number,
  y: readonly number[],
  yTotal: number,
  inflow: number,
  outflow: number,
): boolean {
  if (yTotal - xTotal !== inflow - outflow) return false;
  const up = (a: number, b: number) => Math.max(0, b - a);
  const increases = x.reduce((s, a, i) => s + up(a, y[i] ?? 0), 0) + up(xTotal - sum(x), yTotal - sum(y));
  return increases <= inflow;
}

function tableAt(t: LinkedTables, when: 'before' | 'after', cells: number[][]): DomainTable {
  const rows = t.rows.map((r, i) => ({ key: r.key, total: r[when].total, cells: cells[i] as number[], knowable: r.knowable }));
  return {
    k: t.k,
    domains: t.domains,
    rows,
    regionCounts: t.domains.map((_, c) => sum(rows.map((r) => r.cells[c] ?? 0))),
    total: sum(rows.map((r) => r.total)),
  };
}

const samePattern = (a: DomainPattern, b: DomainPattern) =>
  a.hiddenRegionCounts.size === b.hiddenRegionCounts.size && [...a.hiddenRegionCounts].every((d) => b.hiddenRegionCounts.has(d));

/** What a viewer sees at one date: the pattern and the published region counts. */
function shown(table: DomainTable, pattern: DomainPattern): string {
  return table.domains.map((d, c) => (pattern.hiddenRegionCounts.has(d) ? '*' : String(table.regionCounts[c]))).join(',');
}

/** A hidden small cell the attacker pinned down: the row, date, column (a domain, or 'geen' for the cases without one), its value and what it could be. */
export interface Breach {
  viewer: string;
  row: string;
  when: 'before' | 'after';
  column: string;
  value: number;
  possible: number[];
}

/**
 * Every breach of the promise of 0006 over the two dates, for a viewer who knows no row (which is
 * also any number of restricted viewers pooled) and for each GEMEENTE user knowing its own row.
 */
export function attack(t: LinkedTables, protect: LinkedProtect, linked: boolean): Breach[] {
  const d = t.domains.length;
  const truth = {
    before: tableAt(
      t,
      'before',
      t.rows.map((r) => r.before.cells),
    ),
    after: tableAt(
      t,
      'after',
      t.rows.map((r) => r.after.cells),
    ),
  };
  const patterns = { before: protect(truth.before, t.choices[0], linked), after: protect(truth.after, t.choices[1], linked) };
  const seen = { before: shown(truth.before, patterns.before), after: shown(truth.after, patterns.after) };

  // Per row, the pairs of splits (before, after) its flows allow.
  const pairs = t.rows.map((r) => {
    const list: [number[], number[]][] = [];
    const moves = (x: number[], y: number[]) =>
      r.byDomain
        ? [...x, r.before.total - sum(x)].every(
            (a, c) => [...y, r.after.total - sum(y)][c] === a + (r.byDomain?.inflow[c] ?? 0) - (r.byDomain?.outflow[c] ?? 0),
          )
        : canMove(x, r.before.total, y, r.after.total, r.inflow, r.outflow);
    for (const x of splits(r.before.total, d)) for (const y of splits(r.after.total, d)) if (moves(x, y)) list.push([x, y]);
    return list;
  });

  const viewers: (string | null)[] = [null, ...t.rows.filter((r) => r.knowable).map((r) => r.key)];
  const breaches: Breach[] = [];
  for (const viewer of viewers) {
    // Possible values per row, date and column (domains, then the rest).
    const possible = t.rows.map(() => ({
      before: Array.from({ length: d + 1 }, () => new Set<number>()),
      after: Array.from({ length: d + 1 }, () => new Set<number>()),
    }));
    const choice: [number[], number[]][] = [];
    const walk = (i: number) => {
      if (i === t.rows.length) {
        const before = tableAt(
          t,
          'before',
          choice.map((c) => c[0]),
        );
        const after = tableAt(
          t,
          'after',
          choice.map((c) => c[1]),
        );
        const pb = protect(before, t.choices[0], linked);
        const pa = protect(after, t.choices[1], linked);
        if (!samePattern(pb, patterns.before) || !samePattern(pa, patterns.after)) return;
        if (shown(before, pb) !== seen.before || shown(after, pa) !== seen.after) return;
        choice.forEach(([x, y], r) => {
          const row = t.rows[r] as LinkedRow;
          x.forEach((v, c) => possible[r]!.before[c]!.add(v));
          possible[r]!.before[d]!.add(row.before.total - sum(x));
          y.forEach((v, c) => possible[r]!.after[c]!.add(v));
          possible[r]!.after[d]!.add(row.after.total - sum(y));
        });
        return;
      }
      const row = t.rows[i] as LinkedRow;
      const options =
        row.key === viewer ? [[row.before.cells, row.after.cells] as [number[], number[]]] : (pairs[i] as [number[], number[]][]);
      for (const option of options) {
        choice.push(option);
        walk(i + 1);
        choice.pop();
      }
    };
    walk(0);
    t.rows.forEach((row, r) => {
      if (row.key === viewer) return;
      for (const when of ['before', 'after'] as const) {
        const values = [...row[when].cells, row[when].total - sum(row[when].cells)];
        values.forEach((value, c) => {
          if (value < 1 || value >= t.k) return;
          const set = [...(possible[r]![when][c] as Set<number>)].sort((a, b) => a - b);
          const lo = set[0] ?? 0;
          const hi = set[set.length - 1] ?? 0;
          // The promise counts values, and every value between lo and hi must be possible too.
          const contiguous = set.length === hi - lo + 1;
          if (!contiguous || !safeRange(lo, hi, row[when].total, t.k)) {
            breaches.push({
              viewer: viewer ?? 'geen rij',
              row: row.key,
              when,
              column: c < d ? (t.domains[c] as string) : 'geen',
              value,
              possible: set,
            });
          }
        });
      }
    });
  }
  return breaches;
}
