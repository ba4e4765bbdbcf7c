import { describe, expect, it } from '@jest/globals';
import { mulberry32 } from '@zv/shared';
import {
  hiddenSumSafe,
  isSmall,
  safeRange,
  marginsOf,
  plainChoices,
  protectDomainTable,
  regionCountSafe,
  type DomainPattern,
  type DomainRow,
  type DomainTable,
  type SecretChoices,
} from './suppression.js';

/*
 * The attacker of issue [1/8]: it has the code, so it knows the rule; it has what restricted viewers
 * are shown (row totals, published region counts, the pattern) and, as a GEMEENTE user, its own row.
 * For every hidden small figure it lists every value the figure can have in a table that (1) shows
 * the same, and (2) makes the rule produce the same pattern — by exact enumeration of all such
 * tables, not by reasoning about the rule. It assumes the strongest case: every case has a domain
 * (no "cases without a domain" to hide behind) unless the table itself has some.
 *
 * The promise checked: every hidden figure whose true value is 1..k−1 has at least three possible
 * values, among them 0 or one of k or more — or, where its row total (for a region count: the cases
 * the viewer does not know) is 1, both 0 and 1.
 */

type Protect = (table: DomainTable, choices: SecretChoices) => DomainPattern;

interface Grid {
  k: number;
  domains: string[];
  rows: DomainRow[];
}

/** Rows of numbers: the last `unspecified` rows are "Niet gespecificeerd" (nobody knows them). */
function grid(cells: number[][], options: { k?: number; unspecified?: number[]; totals?: number[] } = {}): Grid {
  const domains = (cells[0] ?? options.unspecified ?? []).map((_, i) => `d${i}`);
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const rows: DomainRow[] = cells.map((line, i) => ({
    key: `GM${i}`,
    total: options.totals?.[i] ?? sum(line),
    cells: line,
    knowable: true,
  }));
  if (options.unspecified) rows.push({ key: 'unspecified', total: sum(options.unspecified), cells: options.unspecified, knowable: false });
  return { k: options.k ?? 5, domains, rows };
}

function tableOf(g: Grid): DomainTable {
  return {
    k: g.k,
    domains: g.domains,
    rows: g.rows,
    regionCounts: g.domains.map((_, c) => g.rows.reduce((s, r) => s + (r.cells[c] ?? 0), 0)),
    total: g.rows.reduce((s, r) => s + r.total, 0),
  };
}

const samePattern = (a: DomainPattern, b: DomainPattern) =>
  a.hiddenRows.size === b.hiddenRows.size &&
  [...a.hiddenRows].every((r) => b.hiddenRows.has(r)) &&
  a.hiddenRegionCounts.size === b.hiddenRegionCounts.size &&
  [...a.hiddenRegionCounts].every((d) => b.hiddenRegionCounts.has(d));

/** Every way to split `total` over `parts` counts (with a rest: the cases without a domain, up to total). */
function splits(total: number, parts: number, withRest: boolean): number[][] {
  const out: number[][] = [];
  const walk = (prefix: number[], left: number) => {
    if (prefix.length === parts - 1) {
      if (withRest) for (let last = 0; last <= left; last++) out.push([...prefix, last]);
      else out.push([...prefix, left]);
      return;
    }
    for (let n = 0; n <= left; n++) walk([...prefix, n], left - n);
  };
  if (parts === 0) return [[]];
  walk([], total);
  return out;
}

/** Every order of n domains. */
function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}

/** Every choice the secret can make for n domains: each order with each set of covered domains. */
function everyChoice(n: number): SecretChoices[] {
  const covers = Array.from({ length: 2 ** n }, (_, bits) => Array.from({ length: n }, (_, i) => ((bits >> i) & 1) === 1));
  return permutations(n).flatMap((order) => covers.map((cover) => ({ order, cover })));
}

/**
 * Whether the rule gives this pattern for the table under some secret. The secret can cover any
 * domain, so: nothing hidden exactly when nothing is unsafe; otherwise every unsafe region count
 * hidden, something hidden unsafe, and the hidden ones protecting each other (or all hidden).
 * Checked against trying every choice of the secret.
 */
function ruleCouldGive(table: DomainTable, pattern: DomainPattern): boolean {
  const { margins, counts, rest } = marginsOf(table);
  const hidden = table.domains.map((d) => pattern.hiddenRegionCounts.has(d));
  const safe = (n: number) => regionCountSafe(n, margins);
  if (!hidden.some(Boolean)) return counts.every(safe) && safe(rest);
  if (counts.some((n, c) => !hidden[c] && !safe(n))) return false;
  if (counts.every((n, c) => !hidden[c] || safe(n)) && safe(rest)) return false;
  const count = hidden.filter(Boolean).length;
  const sum = counts.reduce((s, n, c) => (hidden[c] ? s + n : s), rest);
  return count === table.domains.length || (count >= 2 && hiddenSumSafe(sum, margins));
}

/**
 * All tables restricted viewers cannot tell apart from the true one, given the rule: the same row
 * totals, the same published figures, and a pattern the rule gives for some choice of the secret
 * (`knownSecret`: the attacker has the secret after all).
 */
function indistinguishable(truth: Grid, protect: Protect, secret: SecretChoices, knownSecret: boolean): number[][][] {
  const table = tableOf(truth);
  const pattern = protect(table, secret);
  const couldGive = (candidate: DomainTable) =>
    knownSecret
      ? samePattern(protect(candidate, secret), pattern)
      : protect === protectDomainTable
        ? ruleCouldGive(candidate, pattern)
        : everyChoice(truth.domains.length).some((choices) => samePattern(protect(candidate, choices), pattern));
  const d = truth.domains.length;
  const withRest = truth.rows.some((r) => r.cells.reduce((a, b) => a + b, 0) < r.total);
  const published = truth.domains.map((code, c) => (pattern.hiddenRegionCounts.has(code) ? null : (table.regionCounts[c] ?? 0)));
  const options = truth.rows.map((r) => (pattern.hiddenRows.has(r.key) ? splits(r.total, d, withRest) : [r.cells.slice()]));
  // Per row, the cases still to come: prunes tables that can no longer reach a published count.
  const capacityAfter = truth.rows.map((_, i) => truth.rows.slice(i + 1).reduce((s, r) => s + r.total, 0));
  const tables: number[][][] = [];
  const chosen: number[][] = [];
  const sums = new Array<number>(d).fill(0);
  const walk = (i: number) => {
    if (i === truth.rows.length) {
      if (published.some((p, c) => p !== null && p !== sums[c])) return;
      if (couldGive(tableOf({ ...truth, rows: truth.rows.map((r, j) => ({ ...r, cells: chosen[j] ?? [] })) })))
        tables.push(chosen.map((line) => line.slice()));
      return;
    }
    for (const option of options[i] ?? []) {
      let fits = true;
      for (let c = 0; c < d; c++) {
        sums[c] = (sums[c] ?? 0) + (option[c] ?? 0);
        const p = published[c];
        if (p !== null && p !== undefined && ((sums[c] ?? 0) > p || (sums[c] ?? 0) + (capacityAfter[i] ?? 0) < p)) fits = false;
      }
      if (fits) {
        chosen.push(option);
        walk(i + 1);
        chosen.pop();
      }
      for (let c = 0; c < d; c++) sums[c] = (sums[c] ?? 0) - (option[c] ?? 0);
    }
  };
  walk(0);
  return tables;
}

/** Per viewer ('BESTUURDER' or a municipality's key) and hidden figure ('GM1|d0', 'region|d2'): the values it can have. */
type Possible = Map<string, number[]>;

const viewsOf = (truth: Grid) => [null, ...truth.rows.map((r, i) => (r.knowable ? i : -1)).filter((i) => i >= 0)];
const viewName = (truth: Grid, g: number | null) => (g === null ? 'BESTUURDER' : (truth.rows[g]?.key ?? '?'));
const rowRest = (row: DomainRow) => row.total - row.cells.reduce((a, b) => a + b, 0);

/** By enumerating every indistinguishable table: exact for any rule, feasible for small tables only. */
function enumerated(truth: Grid, protect: Protect, secret: SecretChoices, knownSecret: boolean): Possible {
  const tables = indistinguishable(truth, protect, secret, knownSecret);
  const pattern = protect(tableOf(truth), secret);
  const possible: Possible = new Map();
  for (const g of viewsOf(truth)) {
    const own = g === null ? null : (truth.rows[g]?.cells ?? []);
    const known = tables.filter((t) => own === null || t[g as number]?.every((n, c) => n === own[c]));
    const note = (figure: string, of: (t: number[][]) => number) =>
      possible.set(
        `${viewName(truth, g)} ${figure}`,
        [...new Set(known.map(of))].sort((a, b) => a - b),
      );
    truth.rows.forEach((row, r) => {
      if (r !== g && pattern.hiddenRows.has(row.key)) truth.domains.forEach((d, c) => note(`${row.key}|${d}`, (t) => t[r]?.[c] ?? 0));
    });
    truth.domains.forEach((d, c) => {
      if (pattern.hiddenRegionCounts.has(d)) note(`region|${d}`, (t) => t.reduce((s, line) => s + (line[c] ?? 0), 0) - (own?.[c] ?? 0));
    });
  }
  return possible;
}

/**
 * The same for the real rule at any size, from the margins alone: the rule depends on a table only
 * through its row totals and region counts (a test below holds it to that), so the attacker works
 * out which region counts are possible — every split of the hidden sum that leaves something
 * unsafe — and for each the exact range of every hidden cell (the transportation bounds, which the
 * enumeration confirms on small tables).
 */
function fromMargins(truth: Grid, secret: SecretChoices): Possible {
  const table = tableOf(truth);
  const pattern = protectDomainTable(table, secret);
  const { margins, counts, rest } = marginsOf(table);
  const unsafeMemo = new Map<number, boolean>();
  const unsafe = (n: number) => unsafeMemo.get(n) ?? unsafeMemo.set(n, !regionCountSafe(n, margins)).get(n)!;
  const d = truth.domains.length;
  // The cases without a domain hide with the hidden counts — unless the table has none, which the
  // attacker is then assumed to know (the strongest case).
  const withRest = truth.rows.some((r) => rowRest(r) > 0);
  const hidden = [...truth.domains.map((code) => pattern.hiddenRegionCounts.has(code)), withRest && pattern.hiddenRegionCounts.size > 0];
  const values = [...counts, rest];
  const sum = values.reduce((s, n, c) => (hidden[c] ? s + n : s), 0);
  // unsafeUpTo[n]: how many of 0..n−1 are unsafe, to ask "is any value in a..b unsafe" at once.
  const unsafeUpTo = [0];
  for (let n = 0; n <= margins.total; n++) unsafeUpTo.push((unsafeUpTo[n] ?? 0) + (unsafe(n) ? 1 : 0));
  const anyUnsafe = (a: number, b: number) => b >= a && (unsafeUpTo[b + 1] ?? 0) - (unsafeUpTo[a] ?? 0) > 0;
  const possible: Possible = new Map();
  for (const g of viewsOf(truth)) {
    const row = g === null ? null : truth.rows[g];
    const lb = values.map((_, c) => (row ? (c < d ? (row.cells[c] ?? 0) : rowRest(row)) : 0));
    const others = margins.total - (row?.total ?? 0);
    /** The region counts column c can have (its own share included). */
    const counts = (c: number): number[] => {
      if (!hidden[c]) return [values[c] ?? 0];
      const rest = values.map((_, j) => j).filter((j) => hidden[j] && j !== c);
      const floor = rest.reduce((s, j) => s + (lb[j] ?? 0), 0);
      const out: number[] = [];
      for (let v = lb[c] ?? 0; v <= sum - floor; v++) {
        const left = sum - v;
        const ok =
          unsafe(v) ||
          (rest.length === 1 && unsafe(left)) ||
          (rest.length >= 2 && rest.some((j) => anyUnsafe(lb[j] ?? 0, left - (floor - (lb[j] ?? 0)))));
        if (ok) out.push(v);
      }
      return out;
    };
    truth.domains.forEach((code, c) => {
      const own = lb[c] ?? 0;
      const options = counts(c);
      truth.rows.forEach((r, i) => {
        if (i === g || !pattern.hiddenRows.has(r.key)) return;
        const seen = new Set<number>();
        for (const v of options) {
          for (let x = Math.max(0, r.total + (v - own) - others); x <= Math.min(r.total, v - own); x++) seen.add(x);
        }
        possible.set(
          `${viewName(truth, g)} ${r.key}|${code}`,
          [...seen].sort((a, b) => a - b),
        );
      });
      if (hidden[c])
        possible.set(
          `${viewName(truth, g)} region|${code}`,
          options.map((v) => v - own),
        );
    });
  }
  return possible;
}

interface Finding {
  figure: string;
  truth: number;
  possible: number[];
}

/**
 * Every hidden small figure whose possible values break the promise, for every viewer: one who
 * knows no row (BESTUURDER, or any restricted viewers pooled: they share the pattern) and each
 * GEMEENTE user, who also knows its own row. Small tables by enumeration, larger ones from the margins.
 */
function attack(
  truth: Grid,
  {
    protect = protectDomainTable,
    secret = plainChoices(truth.domains.length),
    knownSecret = false,
    method = 'enumerate',
  }: { protect?: Protect; secret?: SecretChoices; knownSecret?: boolean; method?: 'enumerate' | 'margins' } = {},
): Finding[] {
  const possible = method === 'margins' ? fromMargins(truth, secret) : enumerated(truth, protect, secret, knownSecret);
  const { k } = truth;
  const table = tableOf(truth);
  const findings: Finding[] = [];
  for (const g of viewsOf(truth)) {
    const own = g === null ? null : truth.rows[g];
    const judge = (figure: string, value: number, cap: number) => {
      const values = possible.get(`${viewName(truth, g)} ${figure}`);
      if (!values || !isSmall(value, k)) return;
      if (!values.includes(value)) throw new Error(`${figure}: the truth ${value} is not among ${values.join(', ')}`);
      const ok = values.length >= Math.min(3, cap + 1) && values.some((v) => v === 0 || v >= k);
      if (!ok) findings.push({ figure: `${figure} (viewer ${viewName(truth, g)})`, truth: value, possible: values });
    };
    truth.rows.forEach((row, r) => {
      if (r !== g) row.cells.forEach((value, c) => judge(`${row.key}|${truth.domains[c]}`, value, row.total));
    });
    truth.domains.forEach((code, c) => {
      const mine = own?.cells[c] ?? 0;
      judge(`region|${code}`, (table.regionCounts[c] ?? 0) - mine, table.total - (own?.total ?? 0));
    });
  }
  return findings;
}

/** What restricted viewers see that is small: nothing but zeros and counts of k or more (own rows aside). */
function publishedSmall(truth: Grid, secret: SecretChoices = plainChoices(truth.domains.length)): string[] {
  const table = tableOf(truth);
  const pattern = protectDomainTable(table, secret);
  const out: string[] = [];
  truth.rows.forEach((row) => {
    if (!pattern.hiddenRows.has(row.key)) row.cells.forEach((n, c) => isSmall(n, truth.k) && out.push(`${row.key}|${truth.domains[c]}`));
  });
  truth.domains.forEach((code, c) => {
    if (!pattern.hiddenRegionCounts.has(code) && isSmall(table.regionCounts[c] ?? 0, truth.k)) out.push(`region|${code}`);
  });
  return out;
}

/** Small random tables: 3 municipalities and the unspecified cases, 3 domains, mostly small counts. */
function randomGrid(seed: number, k: number): Grid {
  const random = mulberry32(seed);
  const draw = () => {
    const u = random();
    return u < 0.4 ? 0 : u < 0.85 ? 1 + Math.floor(random() * 2) : 3 + Math.floor(random() * 4);
  };
  const rows = [0, 1, 2].map(() => [draw(), draw(), draw()]);
  const unspecified = random() < 0.5 ? [draw(), 0, draw()] : undefined;
  return grid(rows, { k, ...(unspecified ? { unspecified } : {}) });
}

/** What the server's secret might choose for a count date: a random order, each domain covered with chance 1/4. */
function randomSecret(seed: number, n: number): SecretChoices {
  const random = mulberry32(seed * 7919);
  const order = Array.from({ length: n }, (_, i) => i).sort(() => random() - 0.5);
  return { order, cover: order.map(() => random() < 0.25) };
}

// ---------------------------------------------------------------------------------------------
// Weakened rules: the attacker must catch each, or its silence proves nothing.
// ---------------------------------------------------------------------------------------------

/** Hides only the region counts that are themselves unsafe: no complement. */
const withoutComplements: Protect = (table, choices) => {
  const full = protectDomainTable(table, choices);
  const lone = table.domains.filter((d, c) => full.hiddenRegionCounts.has(d) && isSmall(table.regionCounts[c] ?? 0, table.k));
  return { hiddenRows: full.hiddenRows, hiddenRegionCounts: new Set(lone.length > 0 ? lone : []) };
};

/** Shows every row without a small count (the rule before this issue hid only what was small). */
const showsRowsWithoutSmallCounts: Protect = (table, choices) => {
  const full = protectDomainTable(table, choices);
  const hiddenRows = new Set(
    table.rows.filter((r) => r.cells.some((n) => isSmall(n, table.k)) || isSmall(r.total, table.k)).map((r) => r.key),
  );
  return { hiddenRows, hiddenRegionCounts: full.hiddenRegionCounts };
};

/**
 * Decides whether a region count is safe for a GEMEENTE user with the count its row really has,
 * instead of every count it could have: each published count then tells everyone that no
 * municipality holds the counts that would have made it unsafe.
 */
const decidesOnOwnSplit: Protect = (table, choices) => {
  const { margins, counts, rest } = marginsOf(table);
  const { k, totals, total } = margins;
  const safeFor = (count: number, own: (g: number) => number) =>
    !isSmall(count, k) &&
    [-1, ...totals.map((_, g) => g)].every((g) =>
      totals.every((t, r) => {
        if (r === g || t === 0) return true;
        const column = count - (g < 0 ? 0 : own(g));
        const others = total - (g < 0 ? 0 : (totals[g] ?? 0));
        return safeRange(Math.max(0, t + column - others), Math.min(t, column), t, k);
      }),
    );
  const hidden = counts.map((count, c) => !safeFor(count, (g) => table.rows[g]?.cells[c] ?? 0));
  if (hidden.some(Boolean)) {
    choices.cover.forEach((covered, c) => covered && (hidden[c] = true));
    for (const c of choices.order) {
      const sum = counts.reduce((s2, n, j) => (hidden[j] ? s2 + n : s2), rest);
      if (hidden.filter(Boolean).length >= 2 && hiddenSumSafe(sum, margins)) break;
      hidden[c] = true;
    }
  }
  return {
    hiddenRows: protectDomainTable(table, choices).hiddenRows,
    hiddenRegionCounts: new Set(table.domains.filter((_, c) => hidden[c])),
  };
};

describe('the attacker', () => {
  it('knows which patterns the rule can give under some secret: the same as trying every choice of the secret', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const table = tableOf(randomGrid(seed, 5));
      const choices = everyChoice(3);
      const possible = new Set(choices.map((c) => [...protectDomainTable(table, c).hiddenRegionCounts].sort().join(',')));
      for (const hidden of [[], ['d0'], ['d1'], ['d0', 'd1'], ['d0', 'd2'], ['d1', 'd2'], ['d0', 'd1', 'd2']]) {
        const pattern = { hiddenRows: protectDomainTable(table).hiddenRows, hiddenRegionCounts: new Set(hidden) };
        expect([seed, hidden, ruleCouldGive(table, pattern)]).toEqual([seed, hidden, possible.has(hidden.join(','))]);
      }
    }
  });
});

describe('the attacker catches a weakened rule', () => {
  it('without complements: one hidden region count is the grand total less the published ones', () => {
    const truth = grid([
      [2, 6, 7],
      [0, 8, 9],
      [1, 5, 6],
    ]);
    expect(attack(truth)).toEqual([]);
    const findings = attack(truth, { protect: withoutComplements });
    expect(findings.map((f) => f.figure)).toContain('region|d0 (viewer BESTUURDER)');
    expect(findings.find((f) => f.figure === 'region|d0 (viewer BESTUURDER)')?.possible).toEqual([3]);
  });

  it('showing rows without a small count: the hidden row is what the published region counts leave', () => {
    const truth = grid([
      [0, 7, 5],
      [5, 6, 0],
      [1, 5, 0],
      [0, 6, 5],
    ]);
    // The real rule publishes the count of d1 here (24: more than any municipality's total plus one).
    expect([...protectDomainTable(tableOf(truth)).hiddenRegionCounts]).not.toContain('d1');
    expect(attack(truth, { method: 'margins' })).toEqual([]);
    const findings = attack(truth, { protect: showsRowsWithoutSmallCounts, knownSecret: true });
    expect(findings.map((f) => [f.figure, f.possible])).toContainEqual(['GM2|d0 (viewer BESTUURDER)', [0, 1]]);
  });

  it('deciding with the split a municipality really has: published counts exclude splits, and the exclusions pin cells', () => {
    const truth = grid(
      [
        [0, 2, 1],
        [3, 6, 1],
        [2, 0, 1],
      ],
      { k: 3 },
    );
    expect(attack(truth)).toEqual([]);
    const findings = attack(truth, { protect: decidesOnOwnSplit });
    expect(findings.some((f) => f.possible.length === 1)).toBe(true);
  });
});

/** A region like the real one: seven municipalities and the unspecified cases, six domains; about a third zeros, almost half small. */
function realisticGrid(seed: number, k: number): Grid {
  const random = mulberry32(seed);
  const draw = () => {
    const u = random();
    return u < 0.3 ? 0 : u < 0.75 ? 1 + Math.floor(random() * 4) : 5 + Math.floor(random() * 16);
  };
  const line = () => Array.from({ length: 6 }, draw);
  return grid(Array.from({ length: 7 }, line), { k, unspecified: line() });
}

describe('the rule looks only at what is published or publishable', () => {
  it('gives the same pattern for every table with the same row totals and region counts (how rows are split never matters)', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const truth = realisticGrid(seed, 5);
      const secret = randomSecret(seed, 6);
      const pattern = protectDomainTable(tableOf(truth), secret);
      // Move cases between two rows along a rectangle: the same margins, another split.
      const random = mulberry32(seed + 1000);
      const rows = truth.rows.map((r) => ({ ...r, cells: r.cells.slice() }));
      for (let moves = 0; moves < 200; moves++) {
        const [a, b] = [Math.floor(random() * rows.length), Math.floor(random() * rows.length)];
        const [c, e] = [Math.floor(random() * 6), Math.floor(random() * 6)];
        const ra = rows[a]!.cells as number[];
        const rb = rows[b]!.cells as number[];
        if (a === b || c === e || (ra[c] ?? 0) === 0 || (rb[e] ?? 0) === 0) continue;
        ra[c]!--;
        ra[e]!++;
        rb[e]!--;
        rb[c]!++;
      }
      expect(samePattern(protectDomainTable(tableOf({ ...truth, rows }), secret), pattern)).toBe(true);
    }
  });

  it('the attacker from the margins finds exactly what the enumeration of every table finds, on small tables', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const truth = randomGrid(seed, seed % 3 === 0 ? 3 : 5);
      const secret = randomSecret(seed, 3);
      const sorted = (p: Possible) => Object.fromEntries([...p].sort(([a], [b]) => a.localeCompare(b)));
      expect([seed, sorted(fromMargins(truth, secret))]).toEqual([seed, sorted(enumerated(truth, protectDomainTable, secret, false))]);
    }
  });
});

describe('the rule holds against an attacker who knows it', () => {
  const worstCases: [string, Grid][] = [
    [
      'one case in a row',
      grid([
        [1, 0, 0],
        [4, 6, 5],
        [0, 7, 6],
      ]),
    ],
    [
      'one case in the whole table',
      grid([
        [1, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ]),
    ],
    [
      'rows with a single non-zero domain',
      grid([
        [0, 3, 0],
        [6, 0, 0],
        [0, 0, 7],
      ]),
    ],
    [
      'rows with a total below the threshold',
      grid([
        [1, 1, 0],
        [0, 2, 1],
        [2, 0, 1],
      ]),
    ],
    [
      'many zeros',
      grid([
        [0, 0, 1],
        [0, 0, 0],
        [0, 0, 9],
      ]),
    ],
    [
      'one small count in a column',
      grid([
        [1, 6, 7],
        [0, 8, 5],
        [0, 5, 9],
      ]),
    ],
    [
      'one small count in a column, with k = 3',
      grid(
        [
          [2, 4, 3],
          [0, 3, 4],
          [0, 5, 3],
        ],
        { k: 3 },
      ),
    ],
    [
      'a dominant municipality (its user knows nearly all of a domain)',
      grid([
        [9, 1, 0],
        [1, 2, 1],
        [0, 1, 2],
      ]),
    ],
    [
      'unspecified cases with a small split',
      grid(
        [
          [5, 6, 0],
          [7, 5, 5],
        ],
        { unspecified: [1, 0, 2] },
      ),
    ],
    [
      'cases without a domain',
      grid(
        [
          [1, 2, 0],
          [0, 3, 2],
          [2, 0, 3],
        ],
        { totals: [4, 6, 6] },
      ),
    ],
    [
      'two municipalities only',
      grid([
        [1, 2, 0],
        [0, 3, 2],
      ]),
    ],
  ];

  it.each(worstCases)('%s: no hidden small count is pinned down, for any viewer', (_name, truth) => {
    expect(publishedSmall(truth)).toEqual([]);
    expect(attack(truth)).toEqual([]);
    expect(attack(truth, { method: 'margins' })).toEqual([]);
  });

  const sweep = (make: (seed: number, k: number) => Grid, seeds: number, method: 'enumerate' | 'margins') => {
    const failures: string[] = [];
    for (let seed = 1; seed <= seeds; seed++) {
      const truth = make(seed, seed % 3 === 0 ? 3 : 5);
      const secret = randomSecret(seed, truth.domains.length);
      const shown = publishedSmall(truth, secret);
      const findings = attack(truth, { secret, method });
      if (shown.length > 0 || findings.length > 0) failures.push(`seed ${seed}: shown ${shown.join(', ')}; ${JSON.stringify(findings)}`);
    }
    return failures;
  };

  it('on 60 random small tables (k = 5 and k = 3), every table enumerated, for BESTUURDER and every GEMEENTE user', () => {
    expect(sweep(randomGrid, 60, 'enumerate')).toEqual([]);
  });

  it('on 120 random tables the size of the region (7 municipalities, the unspecified cases, 6 domains), for BESTUURDER and every GEMEENTE user', () => {
    expect(sweep(realisticGrid, 120, 'margins')).toEqual([]);
  });
});
