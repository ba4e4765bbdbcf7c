/**
 * Test support for the suppression rule as the API applies it: generated counts per municipality
 * per knowledge domain, written into a store; what one role is shown of them (a View); and an
 * attacker that tries to work out every figure the view hides. The attacker is written from the
 * published sums alone, without looking at how the server chooses what to hide.
 */
import type { CaseloadRecord } from '../import/types.js';
import type { Store } from '../store/index.js';
import { mulberry32 } from '@zv/shared';

/** The region's municipalities in the order the seed stores them. */
export const MUNICIPALITY_CODES = ['GM0385', 'GM0415', 'GM0431', 'GM0439', 'GM0852', 'GM0880', 'GM0479'] as const;
/** The knowledge domains in the source's order. */
export const DOMAIN_CODES = [
  'onbegrepen-gedrag',
  'mensenhandel',
  'cter',
  'excessief-geweld',
  'huiselijk-geweld',
  'nazorg-ex-gedetineerden',
] as const;

/** A seeded PRNG (mulberry32): the same seed gives the same table on every run. */
export { mulberry32 };

/** One count date's breakdown: cases per municipality per domain, and the unspecified cases per domain. */
export interface DomainTable {
  municipalities: readonly string[];
  domains: readonly string[];
  /** cells[m][d]. */
  cells: number[][];
  /** Per domain, the cases of no known municipality ("Niet gespecificeerd"). */
  unspecified: number[];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
export const rowTotal = (t: DomainTable, m: number) => sum(t.cells[m] ?? []);
export const unspecifiedTotal = (t: DomainTable) => sum(t.unspecified);
export const regionTotal = (t: DomainTable, d: number) => sum(t.cells.map((row) => row[d] ?? 0)) + (t.unspecified[d] ?? 0);
export const grandTotal = (t: DomainTable) => sum(t.cells.map(sum)) + unspecifiedTotal(t);

/** About a third zeros, almost half small (1..4), the rest 5..20. */
export function generateTable(seed: number): DomainTable {
  const random = mulberry32(seed);
  const draw = (): number => {
    const u = random();
    if (u < 0.3) return 0;
    if (u < 0.75) return 1 + Math.floor(random() * 4);
    return 5 + Math.floor(random() * 16);
  };
  return {
    municipalities: MUNICIPALITY_CODES,
    domains: DOMAIN_CODES,
    cells: MUNICIPALITY_CODES.map(() => DOMAIN_CODES.map(draw)),
    unspecified: DOMAIN_CODES.map(draw),
  };
}

/**
 * Writes the table as one count through the store's own import (either store): each
 * municipality's total and its counts per domain, the unspecified total and its counts per
 * domain, the snapshot total their sum; no stated region rows (the region per domain is then the
 * sum of the finer counts).
 */
export async function insertTable(store: Store, peildatum: string, table: DomainTable): Promise<void> {
  const records: CaseloadRecord[] = [];
  const add = (scope: 'municipality' | 'unspecified', municipalityCode: string | null, domainCode: string | null, count: number) =>
    records.push({ kind: 'CASELOAD', line: records.length + 2, peildatum, scope, municipalityCode, domainCode, count });
  table.municipalities.forEach((code, m) => {
    add('municipality', code, null, rowTotal(table, m));
    table.domains.forEach((domain, d) => add('municipality', code, domain, table.cells[m]?.[d] ?? 0));
  });
  add('unspecified', null, null, unspecifiedTotal(table));
  table.domains.forEach((domain, d) => add('unspecified', null, domain, table.unspecified[d] ?? 0));
  await store.startStaging();
  try {
    await store.stage(records);
    const changes = await store.applyStaged('CASELOAD', {
      dryRun: false,
      actor: 'test',
      at: new Date().toISOString(),
      source: { document: 'Testgegevens (gegenereerd)', note: null },
      totals: new Map([[peildatum, grandTotal(table)]]),
    });
    if (changes.length !== 1 || changes[0]?.effect !== 'ADDED') throw new Error(`insertTable ${peildatum}: ${JSON.stringify(changes)}`);
  } finally {
    await store.discardStaging();
  }
}

// ---------------------------------------------------------------------------------------------
// What a viewer is shown
// ---------------------------------------------------------------------------------------------

export const cell = (municipality: string, domain: string) => `cell ${municipality}|${domain}`;
export const region = (domain: string) => `region ${domain}`;
/** Per domain, the cases outside the broken-down municipalities (the unspecified ones): never published. */
export const rest = (domain: string) => `rest ${domain}`;

/** What one answer shows of one count date. null: suppressed. */
export interface View {
  total: number;
  /** Municipality code → its total (always exact). */
  municipalityTotals: Map<string, number>;
  /** `cell(municipality, domain)` → count or null. */
  cells: Map<string, number | null>;
  /** `region(domain)` → count or null. */
  region: Map<string, number | null>;
}

/** The selection every API test asks for, and the shape of its answer. */
export const SNAPSHOT_FIELDS = `peildatum total unspecified
  byMunicipality { municipality { code } count suppressed byDomain { domain { code } count suppressed } }
  byDomain { domain { code } count suppressed }`;

export interface ApiDomainCount {
  domain: { code: string };
  count: number | null;
  suppressed: boolean;
}
export interface ApiSnapshot {
  peildatum: string;
  total: number;
  unspecified: number | null;
  byMunicipality: { municipality: { code: string }; count: number | null; suppressed: boolean; byDomain: ApiDomainCount[] }[];
  byDomain: ApiDomainCount[];
}

/** A count as the view records it; throws when `count` and `suppressed` disagree (null exactly when suppressed). */
function shown({ count, suppressed }: { count: number | null; suppressed: boolean }, what: string): number | null {
  if (suppressed !== (count === null)) throw new Error(`${what}: count ${count} with suppressed ${suppressed}`);
  return count;
}

export function viewOf(snapshot: ApiSnapshot): View {
  const view: View = { total: snapshot.total, municipalityTotals: new Map(), cells: new Map(), region: new Map() };
  for (const m of snapshot.byMunicipality) {
    const total = shown(m, `total ${m.municipality.code}`);
    if (total === null) throw new Error(`the total of ${m.municipality.code} is suppressed`);
    view.municipalityTotals.set(m.municipality.code, total);
    for (const d of m.byDomain)
      view.cells.set(cell(m.municipality.code, d.domain.code), shown(d, cell(m.municipality.code, d.domain.code)));
  }
  for (const d of snapshot.byDomain) view.region.set(region(d.domain.code), shown(d, region(d.domain.code)));
  return view;
}

/** The table with the figures `hide` names left out. */
export function publish(table: DomainTable, hide: (name: string, value: number) => boolean = () => false): View {
  const view: View = { total: grandTotal(table), municipalityTotals: new Map(), cells: new Map(), region: new Map() };
  table.municipalities.forEach((code, m) => {
    view.municipalityTotals.set(code, rowTotal(table, m));
    table.domains.forEach((domain, d) => {
      const value = table.cells[m]?.[d] ?? 0;
      view.cells.set(cell(code, domain), hide(cell(code, domain), value) ? null : value);
    });
  });
  table.domains.forEach((domain, d) => {
    const value = regionTotal(table, d);
    view.region.set(region(domain), hide(region(domain), value) ? null : value);
  });
  return view;
}

/** Every figure of the table by name, hidden or not, including the never-published rest per domain. */
export function truthOf(table: DomainTable): Map<string, number> {
  const truth = new Map<string, number>();
  table.municipalities.forEach((code, m) => table.domains.forEach((domain, d) => truth.set(cell(code, domain), table.cells[m]?.[d] ?? 0)));
  table.domains.forEach((domain, d) => {
    truth.set(region(domain), regionTotal(table, d));
    truth.set(rest(domain), table.unspecified[d] ?? 0);
  });
  return truth;
}

/** What two answers show together; throws when they show a figure differently. */
export function combine(a: View, b: View): View {
  const merge = (x: Map<string, number | null>, y: Map<string, number | null>) => {
    const out = new Map(x);
    for (const [name, value] of y) {
      const known = out.get(name);
      if (known !== undefined && known !== null && value !== null && known !== value) throw new Error(`${name}: ${known} vs ${value}`);
      out.set(name, known ?? value);
    }
    return out;
  };
  if (a.total !== b.total) throw new Error(`total: ${a.total} vs ${b.total}`);
  const totals = merge(a.municipalityTotals, b.municipalityTotals) as Map<string, number>;
  return { total: a.total, municipalityTotals: totals, cells: merge(a.cells, b.cells), region: merge(a.region, b.region) };
}

/** Names the view hides (null), in a stable order. */
export function hiddenIn(view: View): string[] {
  return [...view.cells, ...view.region]
    .filter(([, v]) => v === null)
    .map(([name]) => name)
    .sort();
}

// ---------------------------------------------------------------------------------------------
// The attacker
// ---------------------------------------------------------------------------------------------

/** Σ coefs·x = constant over figures by index. */
interface Equation {
  vars: number[];
  coefs: number[];
  constant: number;
}

export type Method = 'differencing' | 'linear algebra' | 'bounds';
export const ALL_METHODS: readonly Method[] = ['differencing', 'linear algebra', 'bounds'];

/**
 * Everything the attacker can work out from a view, as figure name → value, for the figures the
 * view does not show. It knows: every municipality's total equals its cells; every domain's region
 * total equals its cells plus the rest (cases of no broken-down municipality); the rest adds up to
 * the total minus the broken-down municipalities; the region per domain adds up to the total; and
 * no figure is negative. Its methods, repeated together until nothing new is learnt:
 *  - differencing: a sum with one unknown left gives it (row differencing with the municipality
 *    totals, column differencing with the region totals); a sum of unknowns that must be 0 makes
 *    them all 0;
 *  - linear algebra: any figure that is a fixed combination of the published sums (row reduction
 *    over all sums at once: finds what no single row or column difference does);
 *  - bounds: every figure lies between 0 and what its sums leave for it; narrow all bounds until
 *    they settle and take every figure whose bounds close on one value.
 */
export function attack(view: View, methods: readonly Method[] = ALL_METHODS): Map<string, number> {
  const names: string[] = [];
  const values: (number | undefined)[] = [];
  const index = new Map<string, number>();
  const figure = (name: string, value: number | null | undefined): number => {
    const existing = index.get(name);
    if (existing !== undefined) return existing;
    index.set(name, names.length);
    names.push(name);
    values.push(value ?? undefined);
    return names.length - 1;
  };

  const domains = [
    ...new Set([
      ...[...view.region.keys()].map((n) => n.slice('region '.length)),
      ...[...view.cells.keys()].map((n) => n.split('|')[1] ?? ''),
    ]),
  ];
  const equations: Equation[] = [];
  let brokenDown = 0;
  for (const [code, total] of view.municipalityTotals) {
    const vars = domains.filter((d) => view.cells.has(cell(code, d))).map((d) => figure(cell(code, d), view.cells.get(cell(code, d))));
    if (vars.length === 0) continue;
    brokenDown += total;
    equations.push({ vars, coefs: vars.map(() => 1), constant: total });
  }
  for (const d of domains) {
    const cells = [...view.municipalityTotals.keys()]
      .filter((code) => view.cells.has(cell(code, d)))
      .map((code) => figure(cell(code, d), view.cells.get(cell(code, d))));
    const vars = [...cells, figure(rest(d), undefined), figure(region(d), view.region.get(region(d)))];
    equations.push({ vars, coefs: [...cells.map(() => 1), 1, -1], constant: 0 });
  }
  const rests = domains.map((d) => figure(rest(d), undefined));
  equations.push({ vars: rests, coefs: rests.map(() => 1), constant: view.total - brokenDown });
  const regions = domains.map((d) => figure(region(d), view.region.get(region(d))));
  equations.push({ vars: regions, coefs: regions.map(() => 1), constant: view.total });

  const known = [...values];
  for (let learnt = true; learnt;) {
    learnt = false;
    for (const method of methods) {
      const found = METHODS[method](known, equations);
      for (const [i, value] of found) {
        if (known[i] !== undefined) continue;
        known[i] = value;
        learnt = true;
      }
    }
  }
  const recovered = new Map<string, number>();
  known.forEach((value, i) => {
    if (value !== undefined && values[i] === undefined) recovered.set(names[i] ?? '', value);
  });
  return recovered;
}

type Attack = (known: readonly (number | undefined)[], equations: readonly Equation[]) => Map<number, number>;

const differencing: Attack = (known, equations) => {
  const found = new Map<number, number>();
  const valueOf = (i: number) => known[i] ?? found.get(i);
  for (let progress = true; progress;) {
    progress = false;
    for (const { vars, coefs, constant } of equations) {
      let remainder = constant;
      const unknown: number[] = [];
      vars.forEach((v, t) => {
        const x = valueOf(v);
        if (x === undefined) unknown.push(t);
        else remainder -= (coefs[t] ?? 0) * x;
      });
      const [only] = unknown;
      if (only === undefined) continue;
      if (unknown.length === 1) {
        found.set(vars[only] ?? -1, remainder / (coefs[only] ?? 1));
        progress = true;
      } else if (remainder === 0 && unknown.every((t) => coefs[t] === coefs[only])) {
        for (const t of unknown) found.set(vars[t] ?? -1, 0);
        progress = true;
      }
    }
  }
  return found;
};

/** Row reduction modulo a prime over the unknowns (the sums form a network matrix, so ranks are those over the rationals). */
const linearAlgebra: Attack = (known, equations) => {
  const P = 1_000_003;
  const mod = (x: number) => ((x % P) + P) % P;
  const power = (base: number, e: number): number => {
    let result = 1;
    for (let b = mod(base); e > 0; e >>= 1, b = (b * b) % P) if (e & 1) result = (result * b) % P;
    return result;
  };
  const unknowns = known.flatMap((x, i) => (x === undefined ? [i] : []));
  const column = new Map(unknowns.map((v, j) => [v, j]));
  // Each row: the coefficients of the unknowns, then the constant.
  const matrix = equations.map(({ vars, coefs, constant }) => {
    const row = new Array<number>(unknowns.length + 1).fill(0);
    let rhs = constant;
    vars.forEach((v, t) => {
      const j = column.get(v);
      if (j === undefined) rhs -= (coefs[t] ?? 0) * (known[v] ?? 0);
      else row[j] = mod((row[j] ?? 0) + (coefs[t] ?? 0));
    });
    row[unknowns.length] = mod(rhs);
    return row;
  });
  let rank = 0;
  for (let j = 0; j < unknowns.length && rank < matrix.length; j++) {
    const pivotAt = matrix.findIndex((row, i) => i >= rank && row[j] !== 0);
    const pivot = matrix[pivotAt];
    if (!pivot) continue;
    matrix[pivotAt] = matrix[rank] ?? [];
    matrix[rank] = pivot;
    const scale = power(pivot[j] ?? 1, P - 2);
    for (let m = 0; m < pivot.length; m++) pivot[m] = ((pivot[m] ?? 0) * scale) % P;
    matrix.forEach((row, i) => {
      const factor = row[j] ?? 0;
      if (i === rank || factor === 0) return;
      for (let m = 0; m < row.length; m++) row[m] = mod((row[m] ?? 0) - ((factor * (pivot[m] ?? 0)) % P));
    });
    rank++;
  }
  const found = new Map<number, number>();
  for (const row of matrix) {
    const nonzero = row.slice(0, unknowns.length).flatMap((x, m) => (x !== 0 ? [m] : []));
    const [only] = nonzero;
    if (nonzero.length !== 1 || only === undefined) continue;
    const value = row[unknowns.length] ?? 0; // the pivot is 1
    found.set(unknowns[only] ?? -1, value > P / 2 ? value - P : value);
  }
  return found;
};

const bounds: Attack = (known, equations) => {
  const UNBOUNDED = 1e9;
  const low = known.map((x) => x ?? 0);
  const high = known.map((x) => x ?? UNBOUNDED);
  for (let progress = true, rounds = 0; progress && rounds < 200; rounds++) {
    progress = false;
    for (const { vars, coefs, constant } of equations) {
      // For each term: coef·x = constant − Σ others, so x lies within what the others' bounds leave.
      const lo = vars.map((v, t) => Math.min((coefs[t] ?? 0) * (low[v] ?? 0), (coefs[t] ?? 0) * (high[v] ?? 0)));
      const hi = vars.map((v, t) => Math.max((coefs[t] ?? 0) * (low[v] ?? 0), (coefs[t] ?? 0) * (high[v] ?? 0)));
      const loSum = sum(lo);
      const hiSum = sum(hi);
      vars.forEach((v, t) => {
        const c = coefs[t] ?? 1;
        const termLow = constant - (hiSum - (hi[t] ?? 0));
        const termHigh = constant - (loSum - (lo[t] ?? 0));
        const [a, b] = c > 0 ? [termLow / c, termHigh / c] : [termHigh / c, termLow / c];
        const newLow = Math.max(low[v] ?? 0, Math.ceil(a - 1e-9));
        const newHigh = Math.min(high[v] ?? UNBOUNDED, Math.floor(b + 1e-9));
        if (newLow !== low[v] || newHigh !== high[v]) {
          low[v] = newLow;
          high[v] = newHigh;
          progress = true;
        }
      });
    }
  }
  const found = new Map<number, number>();
  known.forEach((x, i) => {
    if (x === undefined && low[i] === high[i]) found.set(i, low[i] ?? 0);
  });
  return found;
};

const METHODS: Record<Method, Attack> = { differencing, 'linear algebra': linearAlgebra, bounds };
