/**
 * Small-count protection for the breakdown of a count by knowledge domain. Pure. One pattern per
 * count date for every restricted viewer together (BESTUURDER and every GEMEENTE user); a GEMEENTE
 * user sees its own municipality's row on top of it. Decision 0006 gives the reasoning; in short:
 *
 * - The table is complete: every row (municipality, "Niet gespecificeerd") × every domain is a cell,
 *   zeros included, plus per row the cases without a domain (its total minus its domain counts).
 *   Row totals are published exactly (they are in council letters).
 * - Rows: restricted viewers never see another row's split by domain. Hiding every row with cases,
 *   whatever its values, means the pattern of hidden rows says nothing about where a small count is.
 * - The region per domain: published only when, for every viewer (one who knows no row, and one who
 *   knows any one municipality's row exactly, whatever that row holds), every hidden cell it bears
 *   on keeps a wide enough range of possible values (`safeRange`, `regionCountSafe`). A count of
 *   1..k−1 is never published. The counts not published are hidden together with at least one other
 *   and with the cases without a domain, until their sum (which the grand total gives away) is safe
 *   too (`hiddenSumSafe`); which others, and some more as cover, a per-deployment secret decides.
 * - So the pattern depends on a table only through its row totals, its region counts and the
 *   secret: never on how any row is split. Knowing the rule tells an attacker nothing the margins
 *   do not. suppression.attack.test.ts holds the rule to that, by exact enumeration.
 */
import { ConfigError } from '../configError.js';

/** The k of the rule when ZV_SUPPRESS_BELOW is not set. */
export const DEFAULT_SUPPRESS_BELOW = 5;

/** 0 is not small: an empty category discloses no one. */
export function isSmall(count: number, k: number): boolean {
  return count >= 1 && count < k;
}

/** ZV_SUPPRESS_BELOW: counts from 1 up to (not including) this value are protected; default 5. */
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

/** One row of the table: a municipality, or the cases of no known municipality. */
export interface DomainRow {
  key: string;
  /** Published exactly. */
  total: number;
  /** Per domain, in the table's domain order; 0 where there are none. Their sum is at most `total`. */
  cells: readonly number[];
  /** A viewer may know this row exactly (a municipality: its GEMEENTE users). */
  knowable: boolean;
}

export interface DomainTable {
  /** Counts 1..k−1 are small. */
  k: number;
  /** Domain codes, in the source's order. */
  domains: readonly string[];
  /** Empty when the count gives the region per domain only, not per municipality. */
  rows: readonly DomainRow[];
  /** The region per domain, in domain order. */
  regionCounts: readonly number[];
  /** The count's total (every row, with the cases without a domain). */
  total: number;
}

export interface DomainPattern {
  /** Rows whose counts per domain restricted viewers do not see (a GEMEENTE user's own row aside). */
  hiddenRows: ReadonlySet<string>;
  /** Domains whose region count restricted viewers do not see. */
  hiddenRegionCounts: ReadonlySet<string>;
}

/**
 * Whether a hidden figure, of which a viewer can only tell that it lies in lo..hi (every whole value
 * in between possible), is protected: it is known to be 0 (an empty category discloses no one), or
 * known to be k or more (not small), or it has at least three possible values among which 0 or one
 * of k or more. `cap` is the most the figure could ever be (its row total): where that is 1, the two
 * values 0 and 1 are all there are, and both possible is the most any rule can give.
 */
export function safeRange(lo: number, hi: number, cap: number, k: number): boolean {
  if (hi <= 0 || lo >= k) return true;
  return hi - lo + 1 >= Math.min(3, cap + 1) && (lo === 0 || hi >= k);
}

/**
 * What the secret adds to the rule for one count date: the order in which domains are taken to
 * hide beside an unsafe region count (a permutation of the domain indexes), and which domains are
 * hidden as well whenever anything is (cover: without it, a hidden count would be known to be unsafe).
 * The server draws both per count date from a per-deployment secret (`secretChoices`), so someone
 * with the code cannot tell an unsafe count from the ones hidden with it.
 */
export interface SecretChoices {
  order: readonly number[];
  cover: readonly boolean[];
}

/** Without a secret: the source's order, no cover. Tests use it; the server never does. */
export function plainChoices(domainCount: number): SecretChoices {
  return { order: Array.from({ length: domainCount }, (_, i) => i), cover: new Array<boolean>(domainCount).fill(false) };
}

/**
 * The pattern restricted viewers are shown for one count's table by domain. It depends on the
 * table only through what every restricted viewer is told anyway or may be told — the row totals
 * and the region count per domain — and the secret: never on how a row's cases are split. So the
 * pattern says nothing about any row's split, whoever knows the rule.
 */
export function protectDomainTable(table: DomainTable, choices: SecretChoices = plainChoices(table.domains.length)): DomainPattern {
  if (table.k <= 1) return { hiddenRows: new Set(), hiddenRegionCounts: new Set() };
  const hiddenRows = new Set(table.rows.filter((r) => r.total > 0).map((r) => r.key));
  const { margins, counts, rest } = marginsOf(table);
  const hidden = counts.map((count) => !regionCountSafe(count, margins));
  if (hidden.some(Boolean) || !regionCountSafe(rest, margins)) {
    choices.cover.forEach((covered, c) => covered && (hidden[c] = true));
    // At least two domains: one hidden count beside the cases without a domain would be given away
    // by the grand total to anyone who assumes every case has a domain.
    const hiddenSum = () => counts.reduce((sum, count, c) => (hidden[c] ? sum + count : sum), rest);
    for (const c of choices.order) {
      if (hidden.filter(Boolean).length >= 2 && hiddenSumSafe(hiddenSum(), margins)) break;
      hidden[c] = true;
    }
  }
  return { hiddenRows, hiddenRegionCounts: new Set(table.domains.filter((_, c) => hidden[c])) };
}

/** What the rule looks at: per row its total and whether a viewer may know it (a municipality), and k. */
export interface Margins {
  k: number;
  totals: readonly number[];
  knowable: readonly boolean[];
  /** The count's total: every row. */
  total: number;
}

/** The margins, the region count per domain and the cases without a domain. A count for the region only is one row nobody knows. */
export function marginsOf(table: DomainTable): { margins: Margins; counts: number[]; rest: number } {
  const rows: readonly DomainRow[] =
    table.rows.length > 0 ? table.rows : [{ key: '', total: table.total, cells: table.regionCounts, knowable: false }];
  const totals = rows.map((r) =>
    Math.max(
      r.total,
      table.domains.reduce((sum, _, c) => sum + (r.cells[c] ?? 0), 0),
    ),
  );
  const counts = table.domains.map((_, c) => rows.reduce((sum, r) => sum + (r.cells[c] ?? 0), 0));
  const total = totals.reduce((a, b) => a + b, 0);
  return {
    margins: { k: table.k, totals, knowable: rows.map((r) => r.knowable), total },
    counts,
    rest: total - counts.reduce((a, b) => a + b, 0),
  };
}

/**
 * Whether every row but row g (g < 0: none) meets `safeRange` when the viewer can place that row's
 * cell only in `range(rowTotal)`.
 */
function othersSafe(m: Margins, g: number, range: (t: number) => readonly [number, number]): boolean {
  for (let r = 0; r < m.totals.length; r++) {
    const t = m.totals[r] ?? 0;
    if (r === g || t === 0) continue;
    const [lo, hi] = range(t);
    if (!safeRange(lo, hi, t, m.k)) return false;
  }
  return true;
}

/**
 * Whether a region count of `count` may be published: it is not small, and every viewer, knowing
 * it, can still place every other row's cell in that domain only in a range that meets `safeRange`
 * — a viewer who knows no row, and a GEMEENTE user who knows its own row. The ranges are exact:
 * with every row hidden, the cells form a transportation table (rows × published domains, plus one
 * column for all that is not published) whose sums are known, and in such a table a cell takes
 * every whole value from max(0, rowTotal + count − total) to min(rowTotal, count).
 *
 * A GEMEENTE user is checked for every count its row could hold in that domain given the margins
 * (0 up to its total), not only for the count it holds: if its true count decided, a published
 * region count would tell everyone something about that municipality's split ("it does not hold
 * all but one of them"), and such hints add up to pinned cells. So a count is published only when
 * no municipality could hold all but one of its cases, nor make another's cell known to be small.
 */
export function regionCountSafe(count: number, m: Margins): boolean {
  if (isSmall(count, m.k)) return false;
  return forEveryViewer(m, count, (g, left, others) =>
    othersSafe(m, g, (t) => [Math.max(0, t + left - others), Math.min(t, left)] as const),
  );
}

/**
 * Whether hiding region counts (and the cases without a domain) that add up to `sum` protects them:
 * the grand total gives their sum away, and a viewer can tell of each hidden region count (less
 * its own cases) and of each other row's cell in those domains only that it lies between 0 and
 * what is left of the sum — for every share of the sum the viewer's own row could hold.
 */
export function hiddenSumSafe(sum: number, m: Margins): boolean {
  return forEveryViewer(
    m,
    sum,
    (g, left, others) => safeRange(0, left, others, m.k) && othersSafe(m, g, (t) => [0, Math.min(t, left)] as const),
  );
}

/**
 * `safeFor(g, left, others)` for a viewer who knows no row (g = −1: all of `amount` is left, among
 * every case), and for every viewer who knows a row g, with every share of `amount` that row could
 * hold given the margins (left: the rest of `amount`, among the other rows' cases).
 */
function forEveryViewer(m: Margins, amount: number, safeFor: (g: number, left: number, others: number) => boolean): boolean {
  if (!safeFor(-1, amount, m.total)) return false;
  for (let g = 0; g < m.totals.length; g++) {
    if (!m.knowable[g]) continue;
    const t = m.totals[g] ?? 0;
    for (let own = Math.max(0, t + amount - m.total); own <= Math.min(t, amount); own++) {
      if (!safeFor(g, amount - own, m.total - t)) return false;
    }
  }
  return true;
}
