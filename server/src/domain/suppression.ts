/**
 * Small-count suppression for breakdowns finer than a municipality's total (a municipality per
 * knowledge domain, the region per knowledge domain). Pure; the server computes one pattern per
 * viewer and count date for the whole table and every field reads from it, so no combination of
 * queries shows more than one answer does.
 *
 * Primary: a count of 1..k-1 is suppressed. Complementary: more figures are suppressed until no
 * suppressed figure can be worked out from what is published — the row totals (exact: they are in
 * council letters), the region per domain, the grand total and what the viewer sees exactly.
 *
 * Why a graph: every unknown figure is in exactly two published sums — a cell in its row and its
 * column, a region-per-domain total in its column and in the grand total. Take the sums as nodes
 * and the figures as edges, directed row -> column -> grand total. Going round a cycle of hidden
 * figures, add 1 to each edge walked along its direction and take 1 from each walked against it:
 * every sum stays the same, and if no figure drops below 0 that is another table that fits all
 * that is published. A suppressed figure on such a cycle therefore cannot be worked out, neither
 * by row and column differences nor by "counts are not negative"; one on none can (this is exact
 * for a table with published margins: the sums form a network matrix). So every suppressed figure
 * gets such a cycle, closed with the cheapest figures left. "A row or column with exactly one
 * suppressed cell gets a second" is the simplest case; cycles also cover chains through several
 * rows and columns, which that rule alone misses.
 */
import { ConfigError } from '../configError.js';

/** The k of the rule when ZV_SUPPRESS_BELOW is not set. */
export const DEFAULT_SUPPRESS_BELOW = 5;

export interface SuppressionInput {
  /** Counts 1..k-1 are small. */
  k: number;
  /** Row keys (municipality codes, 'unspecified'); their order breaks ties. */
  rows: readonly string[];
  /** Knowledge-domain codes; their order breaks ties. */
  cols: readonly string[];
  /** `cellKey(row, col)` -> count; absent: no such figure. A row with cells has them add up to its total. */
  cells: ReadonlyMap<string, number>;
  /** Published exactly. A row without cells (not broken down) still counts in the grand total. */
  rowTotals: ReadonlyMap<string, number>;
  /** The region per domain, as stated; a missing one is the sum of its column's cells. */
  colTotals: ReadonlyMap<string, number>;
  /** Rows the viewer sees exactly (GEMEENTE: its own municipality): never suppressed, and known to it. */
  exactRows?: ReadonlySet<string>;
  /** ZVH / BEHEERDER: nothing is suppressed. */
  exactAll?: boolean;
}

export interface SuppressionResult {
  /** `cellKey(row, col)` of every suppressed cell. */
  suppressedCells: Set<string>;
  /** Domain codes whose region total is suppressed. */
  suppressedColTotals: Set<string>;
}

export function cellKey(row: string, col: string): string {
  return `${row}|${col}`;
}

/** 0 is not small: an empty category discloses no one. */
export function isSmall(count: number, k: number): boolean {
  return count >= 1 && count < k;
}

/** ZV_SUPPRESS_BELOW: counts from 1 up to (not including) this value are suppressed; default 5. */
export function suppressBelowFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.ZV_SUPPRESS_BELOW?.trim() || String(DEFAULT_SUPPRESS_BELOW);
  const k = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(k) || k < 1) {
    throw new ConfigError(
      `ZV_SUPPRESS_BELOW="${raw}" is geen geldige drempel: gebruik een geheel getal van 1 of hoger ` +
        `(aantallen van 1 tot deze waarde worden afgeschermd; 1 schermt niets af; standaard ${DEFAULT_SUPPRESS_BELOW}).`,
    );
  }
  return k;
}

export function suppress(input: SuppressionInput): SuppressionResult {
  const result: SuppressionResult = { suppressedCells: new Set(), suppressedColTotals: new Set() };
  if (input.exactAll) return result;
  const { edges, nodeCount } = buildGraph(input);
  protect(edges, nodeCount);
  for (const e of edges) {
    if (!e.hidden) continue;
    if (e.kind === 'cell') result.suppressedCells.add(e.key);
    else if (e.kind === 'total') result.suppressedColTotals.add(e.key);
  }
  return result;
}

/**
 * A figure the viewer does not already know. 'rest' is the per-domain part of the rows without a
 * breakdown: never published, so always hidden, and protected only when small.
 */
interface Edge {
  readonly kind: 'cell' | 'total' | 'rest';
  readonly key: string;
  readonly from: number;
  readonly to: number;
  readonly value: number;
  hidden: boolean;
  /** Must not be recoverable: the small figures. What is suppressed to protect them is protected with them. */
  readonly guarded: boolean;
}

/**
 * Nodes: the grand total; one node for all rows whose total is not published (they constrain
 * nothing, so they may as well be one); the rows without a breakdown, together; then rows, columns.
 */
const GRAND = 0;
const UNCONSTRAINED = 1;
const REST = 2;
const FIRST_ROW = 3;

function buildGraph(input: SuppressionInput): { edges: Edge[]; nodeCount: number } {
  const { k, rows, cols, cells, rowTotals, colTotals } = input;
  const exactRows = input.exactRows ?? new Set<string>();
  const colNode = (i: number) => FIRST_ROW + rows.length + i;
  const cellSums = cols.map((c) => rows.reduce((sum, r) => sum + (cells.get(cellKey(r, c)) ?? 0), 0));
  const colValues = cols.map((c, i) => colTotals.get(c) ?? cellSums[i] ?? 0);
  const edges: Edge[] = [];

  rows.forEach((r, i) => {
    const rowNode = rowTotals.has(r) ? FIRST_ROW + i : UNCONSTRAINED;
    cols.forEach((c, j) => {
      const value = cells.get(cellKey(r, c));
      if (value === undefined) return;
      // Known to the viewer: its own row, or a cell in a row or column published as 0 (counts are not negative).
      if (exactRows.has(r) || rowTotals.get(r) === 0 || colValues[j] === 0) return;
      const small = isSmall(value, k);
      edges.push({ kind: 'cell', key: cellKey(r, c), from: rowNode, to: colNode(j), value, hidden: small, guarded: small });
    });
  });

  cols.forEach((c, j) => {
    const value = colValues[j] ?? 0;
    if (value === 0) return; // shown, and every cell below it is then known to be 0
    const small = isSmall(value, k);
    edges.push({ kind: 'total', key: c, from: colNode(j), to: GRAND, value, hidden: small, guarded: small });
  });

  const bare = rows.filter((r) => cols.every((c) => !cells.has(cellKey(r, c))));
  if (bare.some((r) => rowTotals.get(r) !== 0)) {
    const restNode = bare.every((r) => rowTotals.has(r)) ? REST : UNCONSTRAINED;
    cols.forEach((c, j) => {
      const value = (colValues[j] ?? 0) - (cellSums[j] ?? 0);
      if (colValues[j] === 0) return;
      edges.push({ kind: 'rest', key: c, from: restNode, to: colNode(j), value, hidden: true, guarded: isSmall(value, k) });
    });
  }
  return { edges, nodeCount: FIRST_ROW + rows.length + cols.length };
}

/** An edge walked one way: along it (the figure one higher) or against it (one lower). */
interface Arc {
  readonly edge: Edge;
  readonly to: number;
}

/**
 * Gives every guarded figure a cycle of hidden figures through it: if it has none, suppresses the
 * cheapest path that closes one. A figure on such a cycle stays on it as more is suppressed, and so
 * does every figure on the path, so one pass suffices. Region totals go first: a small one needs a
 * second total anyway, and cells can then share that cycle. Then cells, then the rest, in table order.
 */
function protect(edges: Edge[], nodeCount: number): void {
  const arcs: Arc[][] = Array.from({ length: nodeCount }, () => []);
  for (const edge of edges) {
    arcs[edge.from]?.push({ edge, to: edge.to });
    if (edge.value >= 1) arcs[edge.to]?.push({ edge, to: edge.from }); // a 0 cannot go lower
  }
  const first: Edge['kind'][] = ['total', 'cell', 'rest'];
  const guarded = first.flatMap((kind) => edges.filter((e) => e.kind === kind && e.guarded));
  for (const exposed of guarded) {
    // Back from head to tail: the figure goes up by one; from tail to head: it goes down.
    const ways: [number, number][] = [[exposed.to, exposed.from]];
    if (exposed.value >= 1) ways.push([exposed.from, exposed.to]);
    if (ways.some(([start, goal]) => cheapestPath(arcs, nodeCount, exposed, start, goal, true))) continue;
    let best: Path | null = null;
    for (const [start, goal] of ways) {
      const found = cheapestPath(arcs, nodeCount, exposed, start, goal, false);
      if (found && (!best || less(found.cost, best.cost))) best = found;
    }
    // None: the published figures pin it down whatever else is hidden (a single domain equals
    // its row total). It stays suppressed; nothing more can help it.
    for (const e of best?.path ?? []) e.hidden = true;
  }
}

/**
 * What suppressing a figure costs, compared in this order: region totals (a headline figure, last
 * resort), zeros (the rule prefers hiding a count; a hidden 0 can only go up, so it tells an
 * attacker more), the amount hidden, the number of figures. Reusing a hidden figure is free.
 */
type Cost = readonly [totals: number, zeros: number, amount: number, figures: number];

const NOTHING: Cost = [0, 0, 0, 0];

function edgeCost(e: Edge): Cost {
  if (e.hidden) return NOTHING;
  return [e.kind === 'total' ? 1 : 0, e.value === 0 ? 1 : 0, e.value, 1];
}

function add(a: Cost, b: Cost): Cost {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]];
}

function less(a: Cost, b: Cost): boolean {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
}

interface Path {
  cost: Cost;
  path: Edge[];
}

/**
 * The cheapest walk from start to goal that avoids `exposed` (Dijkstra; with hiddenOnly over hidden
 * figures alone). Ties go to the node and arc met first, i.e. table order. Null when there is none.
 */
function cheapestPath(
  arcs: readonly (readonly Arc[])[],
  nodeCount: number,
  exposed: Edge,
  start: number,
  goal: number,
  hiddenOnly: boolean,
): Path | null {
  const best: (Cost | null)[] = new Array<Cost | null>(nodeCount).fill(null);
  const via: (Arc | null)[] = new Array<Arc | null>(nodeCount).fill(null);
  const settled: boolean[] = new Array<boolean>(nodeCount).fill(false);
  best[start] = NOTHING;
  for (;;) {
    let node = -1;
    let here: Cost | null = null;
    for (let n = 0; n < nodeCount; n++) {
      const cost = best[n];
      if (settled[n] || !cost) continue;
      if (!here || less(cost, here)) [node, here] = [n, cost];
    }
    if (!here) return null;
    if (node === goal) break;
    settled[node] = true;
    for (const arc of arcs[node] ?? []) {
      if (arc.edge === exposed || settled[arc.to] || (hiddenOnly && !arc.edge.hidden)) continue;
      const cost = add(here, edgeCost(arc.edge));
      const known = best[arc.to];
      if (!known || less(cost, known)) {
        best[arc.to] = cost;
        via[arc.to] = arc;
      }
    }
  }
  const path: Edge[] = [];
  for (let node = goal; node !== start; ) {
    const arc = via[node];
    if (!arc) return null;
    path.push(arc.edge);
    node = arc.edge.from === node ? arc.edge.to : arc.edge.from;
  }
  return { cost: best[goal] ?? NOTHING, path };
}
