import { describe, expect, it } from '@jest/globals';
import { isSmall, protectDomainTable } from './suppression.js';
import { mulberry32 } from '@zv/shared';

/*
 * The attacks that do not know the rule (issue [1/8] added suppression.attack.test.ts, whose
 * attacker does): still worth running against every pattern the rule gives.
 */

const cellKey = (row: string, col: string) => `${row}|${col}`;

interface SuppressionInput {
  k: number;
  rows: readonly string[];
  cols: readonly string[];
  cells: ReadonlyMap<string, number>;
  rowTotals: ReadonlyMap<string, number>;
  colTotals: ReadonlyMap<string, number>;
  /** The viewer's own row (GEMEENTE). */
  exactRows?: ReadonlySet<string>;
}

interface SuppressionResult {
  suppressedCells: Set<string>;
  suppressedColTotals: Set<string>;
}

/**
 * The rule's pattern in the terms of these attacks: every cell of a hidden row, every hidden region
 * total. Rows without cells (no breakdown) get the part of the region totals the cells leave, as far
 * as their totals go: the rule sees a complete table.
 */
function suppress(input: SuppressionInput): SuppressionResult {
  const bare = input.rows.filter((r) => input.cols.every((c) => !input.cells.has(cellKey(r, c))));
  const left = input.cols.map(
    (c) => (input.colTotals.get(c) ?? 0) - input.rows.reduce((s, r) => s + (input.cells.get(cellKey(r, c)) ?? 0), 0),
  );
  const split = new Map(
    bare.map((r) => {
      let room = input.rowTotals.get(r) ?? 0;
      return [
        r,
        left.map((n, j) => {
          const take = Math.min(n, room);
          room -= take;
          left[j] = n - take;
          return take;
        }),
      ];
    }),
  );
  const rows = input.rows.map((key) => ({
    key,
    total: input.rowTotals.get(key) ?? 0,
    cells: input.cols.map((c, j) => input.cells.get(cellKey(key, c)) ?? split.get(key)?.[j] ?? 0),
    knowable: !split.has(key),
  }));
  const pattern = protectDomainTable({
    k: input.k,
    domains: input.cols,
    rows,
    regionCounts: input.cols.map((c) => input.colTotals.get(c) ?? 0),
    total: rows.reduce((s, r) => s + r.total, 0),
  });
  const suppressedCells = new Set<string>();
  for (const r of input.rows) {
    if (!pattern.hiddenRows.has(r) || input.exactRows?.has(r)) continue;
    for (const c of input.cols) {
      // As the API shows them: a domain shown as 0 in the region has 0 in every row.
      const knownZero = !pattern.hiddenRegionCounts.has(c) && (input.colTotals.get(c) ?? 0) === 0;
      if (input.cells.has(cellKey(r, c)) && !knownZero) suppressedCells.add(cellKey(r, c));
    }
  }
  return { suppressedCells, suppressedColTotals: new Set(pattern.hiddenRegionCounts) };
}

/*
 * An attacker with everything a viewer is shown tries to recover suppressed figures. It knows the
 * row totals, the grand total, the unsuppressed cells and region-per-domain totals, and (GEMEENTE)
 * its own row. Three attacks, written without looking at how suppress() reasons:
 *  - peeling: a sum with one unknown left gives it; a sum of non-negative unknowns with nothing
 *    left over makes them all 0; repeat until nothing new is learnt;
 *  - linear algebra: any figure that is a fixed combination of the published ones (row reduction
 *    over all the sums at once finds what no single row or column difference does);
 *  - bounds: every figure is at least 0 and at most what its sums leave for it; narrow the bounds
 *    through all sums until they settle, and see whether any closes on one value.
 */

interface Table {
  rows: string[];
  cols: string[];
  cells: Map<string, number>;
  rowTotals: Map<string, number>;
  colTotals: Map<string, number>;
  /** Per domain, the part of the rows without a breakdown (hidden from everyone). */
  rest: Map<string, number>;
  grandTotal: number;
}

/** A sum the viewer knows: Σ coef·x[variable] = constant. */
interface Equation {
  terms: { variable: number; coef: number }[];
  constant: number;
}

interface Knowledge {
  /** 'c:row|col' (cell), 't:col' (region total), 'r:col' (the part of rows without a breakdown). */
  names: string[];
  truth: number[];
  /** What the viewer is shown or knows (NaN: not shown). */
  known: number[];
  equations: Equation[];
  /** Figures that must stay unknown: suppressed ones, and the small part of rows without a breakdown. */
  guarded: number[];
}

/** Rows GM0.., domains d0..; `bare` adds rows without a breakdown, with their (hidden) split per domain. */
function makeTable(grid: number[][], bare: Map<string, number[]> = new Map()): Table {
  const cols = (grid[0] ?? []).map((_, j) => `d${j}`);
  const rows = grid.map((_, i) => `GM${i}`);
  const cells = new Map<string, number>();
  const rowTotals = new Map<string, number>();
  const colTotals = new Map<string, number>(cols.map((c) => [c, 0]));
  const rest = new Map<string, number>(cols.map((c) => [c, 0]));
  const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  grid.forEach((line, i) => {
    const r = rows[i] ?? '';
    rowTotals.set(r, 0);
    line.forEach((n, j) => {
      const c = cols[j] ?? '';
      cells.set(cellKey(r, c), n);
      add(rowTotals, r, n);
      add(colTotals, c, n);
    });
  });
  for (const [r, split] of bare) {
    rows.push(r);
    rowTotals.set(r, 0);
    split.forEach((n, j) => {
      const c = cols[j] ?? '';
      add(rowTotals, r, n);
      add(colTotals, c, n);
      add(rest, c, n);
    });
  }
  const grandTotal = [...rowTotals.values()].reduce((a, b) => a + b, 0);
  return { rows, cols, cells, rowTotals, colTotals, rest, grandTotal };
}

function inputOf(table: Table, k: number, exactRow?: string): SuppressionInput {
  return {
    k,
    rows: table.rows,
    cols: table.cols,
    cells: table.cells,
    rowTotals: table.rowTotals,
    colTotals: table.colTotals,
    ...(exactRow ? { exactRows: new Set([exactRow]) } : {}),
  };
}

/** What the viewer is shown, as sums and known values. */
function knowledgeOf(table: Table, k: number, shown: SuppressionResult, exactRow?: string): Knowledge {
  const names: string[] = [];
  const truth: number[] = [];
  const known: number[] = [];
  const guarded: number[] = [];
  const index = new Map<string, number>();
  const variable = (name: string, value: number, isKnown: boolean, isGuarded: boolean): number => {
    const i = names.length;
    names.push(name);
    truth.push(value);
    known.push(isKnown ? value : NaN);
    if (isGuarded) guarded.push(i);
    index.set(name, i);
    return i;
  };
  const equations: Equation[] = [];
  const bare = table.rows.filter((r) => table.cols.every((c) => !table.cells.has(cellKey(r, c))));

  for (const r of table.rows) {
    const terms: Equation['terms'] = [];
    for (const c of table.cols) {
      const value = table.cells.get(cellKey(r, c));
      if (value === undefined) continue;
      const hidden = r !== exactRow && shown.suppressedCells.has(cellKey(r, c));
      terms.push({ variable: variable(`c:${cellKey(r, c)}`, value, !hidden, hidden), coef: 1 });
    }
    if (terms.length > 0) equations.push({ terms, constant: table.rowTotals.get(r) ?? 0 });
  }
  const restTerms: Equation['terms'] = [];
  const totalTerms: Equation['terms'] = [];
  for (const c of table.cols) {
    const terms: Equation['terms'] = [];
    for (const r of table.rows) {
      const i = index.get(`c:${cellKey(r, c)}`);
      if (i !== undefined) terms.push({ variable: i, coef: 1 });
    }
    if (bare.length > 0) {
      const rest = table.rest.get(c) ?? 0;
      const i = variable(`r:${c}`, rest, false, isSmall(rest, k));
      terms.push({ variable: i, coef: 1 });
      restTerms.push({ variable: i, coef: 1 });
    }
    const hidden = shown.suppressedColTotals.has(c);
    const total = variable(`t:${c}`, table.colTotals.get(c) ?? 0, !hidden, hidden);
    terms.push({ variable: total, coef: -1 });
    totalTerms.push({ variable: total, coef: 1 });
    equations.push({ terms, constant: 0 });
  }
  const restTotal = bare.reduce((sum, r) => sum + (table.rowTotals.get(r) ?? 0), 0);
  if (bare.length > 0) equations.push({ terms: restTerms, constant: restTotal });
  equations.push({ terms: totalTerms, constant: table.grandTotal });
  return { names, truth, known, equations, guarded };
}

const isKnown = (x: number | undefined): x is number => x !== undefined && x === x; // not NaN

/** Row, column and grand-total differencing, plus "a non-negative remainder of 0 is all zeros", to a fixed point. */
function peel({ known, equations }: Knowledge): number[] {
  const learnt = [...known];
  for (let progress = true; progress;) {
    progress = false;
    for (const { terms, constant } of equations) {
      let remainder = constant;
      const unknown: Equation['terms'] = [];
      for (const t of terms) {
        const x = learnt[t.variable];
        if (isKnown(x)) remainder -= t.coef * x;
        else unknown.push(t);
      }
      const [only] = unknown;
      if (!only) continue;
      if (unknown.length === 1) {
        learnt[only.variable] = remainder / only.coef;
        progress = true;
      } else if (remainder === 0 && unknown.every((t) => t.coef === only.coef)) {
        for (const t of unknown) learnt[t.variable] = 0;
        progress = true;
      }
    }
  }
  return learnt;
}

/**
 * Unknowns the sums determine: reduce the coefficient matrix (mod a prime; the sums of a table
 * form a network matrix, so ranks mod p equal those over the rationals); a figure is determined
 * when a reduced row names it alone.
 */
function linearlyDetermined({ known, equations }: Knowledge): Set<number> {
  const P = 1_000_003;
  const unknowns = known.flatMap((x, i) => (isKnown(x) ? [] : [i]));
  const column = new Map(unknowns.map((v, j) => [v, j]));
  const matrix = equations.map((e) => {
    const row: number[] = unknowns.map(() => 0);
    for (const t of e.terms) {
      const j = column.get(t.variable);
      if (j !== undefined) row[j] = ((row[j] ?? 0) + t.coef + P) % P;
    }
    return row;
  });
  const inverse = (a: number): number => {
    let result = 1;
    for (let base = a % P, e = P - 2; e > 0; e >>= 1, base = (base * base) % P) if (e & 1) result = (result * base) % P;
    return result;
  };
  let rank = 0;
  for (let j = 0; j < unknowns.length && rank < matrix.length; j++) {
    const pivot = matrix.findIndex((row, i) => i >= rank && row[j] !== 0);
    const pivotRow = matrix[pivot];
    if (!pivotRow) continue;
    matrix[pivot] = matrix[rank] ?? [];
    matrix[rank] = pivotRow;
    const scale = inverse(pivotRow[j] ?? 1);
    for (let m = 0; m < pivotRow.length; m++) pivotRow[m] = ((pivotRow[m] ?? 0) * scale) % P;
    matrix.forEach((row, i) => {
      const factor = row[j] ?? 0;
      if (i === rank || factor === 0) return;
      for (let m = 0; m < row.length; m++) row[m] = ((((row[m] ?? 0) - factor * (pivotRow[m] ?? 0)) % P) + P) % P;
    });
    rank++;
  }
  const determined = new Set<number>();
  for (const row of matrix) {
    const nonzero = row.flatMap((x, m) => (x !== 0 ? [m] : []));
    const [only] = nonzero;
    if (nonzero.length === 1 && only !== undefined) determined.add(unknowns[only] ?? -1);
  }
  return determined;
}

/**
 * Interval propagation: a figure is at least 0, and Σ coef·x = constant bounds each term by the
 * others' bounds; narrow until nothing changes. (Plain loops and a finite "unbounded": this runs
 * thousands of times.)
 */
function pinnedByBounds({ known, equations }: Knowledge): Set<number> {
  const UNBOUNDED = 1e12;
  const low = known.map((x) => (isKnown(x) ? x : 0));
  const high = known.map((x) => (isKnown(x) ? x : UNBOUNDED));
  for (let progress = true, rounds = 0; progress && rounds < 100; rounds++) {
    progress = false;
    for (const { terms, constant } of equations) {
      let leastSum = 0;
      let mostSum = 0;
      for (const t of terms) {
        const a = t.coef * (low[t.variable] ?? 0);
        const b = t.coef * (high[t.variable] ?? UNBOUNDED);
        leastSum += a < b ? a : b;
        mostSum += a < b ? b : a;
      }
      for (const t of terms) {
        const a = t.coef * (low[t.variable] ?? 0);
        const b = t.coef * (high[t.variable] ?? UNBOUNDED);
        // coef·x = constant − Σ others; anything near UNBOUNDED is no bound at all.
        const othersLeast = leastSum - (a < b ? a : b);
        const othersMost = mostSum - (a < b ? b : a);
        const p = (constant - othersMost) / t.coef;
        const q = (constant - othersLeast) / t.coef;
        const from = p < q ? p : q;
        const to = p < q ? q : p;
        if (from > (low[t.variable] ?? 0) && from > -UNBOUNDED / 2) {
          low[t.variable] = from;
          progress = true;
        }
        if (to < (high[t.variable] ?? UNBOUNDED) && to < UNBOUNDED / 2) {
          high[t.variable] = to;
          progress = true;
        }
      }
    }
  }
  return new Set(known.flatMap((x, i) => (!isKnown(x) && low[i] === high[i] ? [i] : [])));
}

/** Guarded figures any attack recovers, and anything peeling "learns" that is untrue (an attacker bug). */
function recovered(knowledge: Knowledge): string[] {
  const learnt = peel(knowledge);
  const determined = linearlyDetermined(knowledge);
  const pinned = pinnedByBounds(knowledge);
  const wrong = learnt.flatMap((x, i) => (isKnown(x) && x !== knowledge.truth[i] ? [`wrong ${knowledge.names[i]}`] : []));
  const found = knowledge.guarded.filter((i) => isKnown(learnt[i]) || determined.has(i) || pinned.has(i));
  return [...wrong, ...found.map((i) => knowledge.names[i] ?? '')];
}

function randomGrid(random: () => number, rows: number, cols: number): number[][] {
  // One cell in five is 0, the rest 0..12: plenty of small counts, and zeros next to them.
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => (random() < 0.2 ? 0 : Math.floor(random() * 13))));
}

/**
 * Suppresses for the viewer and returns what goes wrong: a small figure shown, the viewer's own row
 * suppressed, or a suppressed figure the attacks recover.
 */
function attack(table: Table, k: number, exactRow?: string): string[] {
  const shown = suppress(inputOf(table, k, exactRow));
  const faults: string[] = [];
  for (const [key, value] of table.cells) {
    const own = exactRow !== undefined && key.startsWith(`${exactRow}|`);
    if (own && shown.suppressedCells.has(key)) faults.push(`own row suppressed ${key}`);
    if (!own && isSmall(value, k) && !shown.suppressedCells.has(key)) faults.push(`small shown ${key}`);
  }
  for (const [c, value] of table.colTotals) if (isSmall(value, k) && !shown.suppressedColTotals.has(c)) faults.push(`small shown ${c}`);
  return [...faults, ...recovered(knowledgeOf(table, k, shown, exactRow))];
}

const primaryOnly = (table: Table, k: number): SuppressionResult => ({
  suppressedCells: new Set([...table.cells].filter(([, n]) => isSmall(n, k)).map(([key]) => key)),
  suppressedColTotals: new Set([...table.colTotals].filter(([, n]) => isSmall(n, k)).map(([c]) => c)),
});

describe('an attacker with everything a viewer is shown', () => {
  const hiding = (cells: string[]): SuppressionResult => ({ suppressedCells: new Set(cells), suppressedColTotals: new Set() });
  const learntBy = (attack: (k: Knowledge) => Iterable<number>, knowledge: Knowledge) =>
    [...attack(knowledge)].filter((i) => knowledge.guarded.includes(i)).map((i) => knowledge.names[i]);
  const peeled = (knowledge: Knowledge) => peel(knowledge).flatMap((x, i) => (isKnown(x) && !isKnown(knowledge.known[i]) ? [i] : []));

  it('recovers counts when only the small ones are hidden (the attacks have teeth)', () => {
    const table = makeTable([
      [2, 10, 20],
      [8, 9, 30],
      [15, 11, 40],
    ]);
    expect(recovered(knowledgeOf(table, 5, primaryOnly(table, 5)))).toEqual(['c:GM0|d0']);
    // Two small cells in one row hide each other from the row total, not from their columns.
    const pair = makeTable([
      [2, 3, 20],
      [8, 9, 30],
    ]);
    expect(recovered(knowledgeOf(pair, 5, primaryOnly(pair, 5)))).toEqual(['c:GM0|d0', 'c:GM0|d1']);
  });

  it('finds by linear algebra a count that peeling cannot reach', () => {
    // Hidden: two rectangles (rows 0-1 × cols 0-1, rows 2-3 × cols 2-3) joined by cell (1,2).
    // Every row and column has two or more unknowns, yet rows 0 + 1 minus columns 0 + 1 leave (1,2).
    const table = makeTable([
      [5, 5, 9, 9],
      [5, 5, 7, 9],
      [9, 9, 5, 5],
      [9, 9, 5, 5],
    ]);
    const knowledge = knowledgeOf(
      table,
      8,
      hiding(['GM0|d0', 'GM0|d1', 'GM1|d0', 'GM1|d1', 'GM1|d2', 'GM2|d2', 'GM2|d3', 'GM3|d2', 'GM3|d3']),
    );
    expect(learntBy(peeled, knowledge)).toEqual([]);
    expect(learntBy(linearlyDetermined, knowledge)).toEqual(['c:GM1|d2']);
  });

  it('finds by "counts are not negative" what no linear combination gives', () => {
    // A cycle of six hidden cells with a 0 on each side of it: the only table that fits.
    const table = makeTable([
      [2, 0, 9],
      [8, 3, 4],
      [5, 6, 0],
    ]);
    const knowledge = knowledgeOf(table, 3, hiding(['GM0|d0', 'GM0|d1', 'GM1|d1', 'GM1|d2', 'GM2|d2', 'GM2|d0']));
    expect(learntBy(peeled, knowledge)).toEqual([]);
    expect(learntBy(linearlyDetermined, knowledge)).toEqual([]);
    expect(learntBy(pinnedByBounds, knowledge)).toHaveLength(6);
    // With two zeros in one column, peeling's "nothing left over" already gives both away.
    const column = makeTable([
      [2, 0, 9],
      [3, 0, 4],
      [5, 6, 7],
    ]);
    const zeros = knowledgeOf(column, 5, hiding(['GM0|d0', 'GM0|d1', 'GM1|d0', 'GM1|d1']));
    expect(learntBy(linearlyDetermined, zeros)).toEqual([]);
    expect(learntBy(peeled, zeros)).toEqual(['c:GM0|d0', 'c:GM0|d1', 'c:GM1|d0', 'c:GM1|d1']);
  });

  it('recovers nothing from a 3×3 table with one small count, wherever it is, for any viewer', () => {
    for (let position = 0; position < 9; position++) {
      for (const small of [1, 4]) {
        const grid = [
          [6, 7, 8],
          [9, 10, 11],
          [12, 13, 14],
        ];
        const line = grid[Math.floor(position / 3)];
        if (line) line[position % 3] = small;
        const table = makeTable(grid);
        const shown = suppress(inputOf(table, 5));
        expect(shown.suppressedCells.has(table.rows[Math.floor(position / 3)] + `|d${position % 3}`)).toBe(true);
        expect(attack(table, 5)).toEqual([]);
        for (const own of table.rows) expect(attack(table, 5, own)).toEqual([]);
      }
    }
  });

  it('recovers nothing from hundreds of random 7–8 × 6 tables, for BESTUURDER and for every GEMEENTE, k = 5 and k = 3', () => {
    const random = mulberry32(20240611);
    let suppressedSeen = 0;
    for (let n = 0; n < 300; n++) {
      const grid = randomGrid(random, 7 + (n % 2), 6);
      const table = makeTable(grid);
      for (const k of [5, 3]) {
        expect(attack(table, k)).toEqual([]);
        for (const own of table.rows) expect(attack(table, k, own)).toEqual([]);
        suppressedSeen += suppress(inputOf(table, k)).suppressedCells.size;
      }
    }
    // The tables really are full of small counts to protect.
    expect(suppressedSeen).toBeGreaterThan(300 * 2 * 10);
  });

  it('recovers nothing when an unspecified row has no breakdown, including its small per-domain part', () => {
    const random = mulberry32(7);
    for (let n = 0; n < 150; n++) {
      const grid = randomGrid(random, 7, 6);
      const split = Array.from({ length: 6 }, () => Math.floor(random() * 7));
      const table = makeTable(grid, new Map([['unspecified', split]]));
      for (const k of [5, 3]) {
        expect(attack(table, k)).toEqual([]);
        expect(attack(table, k, 'GM0')).toEqual([]);
      }
    }
  });

  it('recovers nothing from sparse tables where most counts are 0 or small', () => {
    const random = mulberry32(99);
    for (let n = 0; n < 200; n++) {
      const grid = Array.from({ length: 7 }, () => Array.from({ length: 6 }, () => (random() < 0.5 ? 0 : 1 + Math.floor(random() * 6))));
      const table = makeTable(grid);
      expect(attack(table, 5)).toEqual([]);
      for (const own of table.rows) expect(attack(table, 5, own)).toEqual([]);
    }
  });
});
