import type { ImportKind, ImportRecord } from '../import/types.js';
import type { ApplyOptions, KeyChange, RowChange } from './ImportStore.js';

/**
 * What an import or a restore decides, apart from the SQL that reads and writes it: both stores
 * (sqlite/imports.ts, postgres/imports.ts) use these functions, so their answers cannot drift.
 */

/**
 * The content of one count date (CASELOAD) or year (the other kinds), as one unit that an import
 * replaces and a version keeps. `rows` are keyed so that two contents can be compared.
 */
export interface Content {
  rows: Map<string, ContentRow>;
  /** CASELOAD: the snapshot; CONTRIBUTIONS: the year's stated total. */
  head: { total: number; sourceId: number; precision?: 'DAY' | 'MONTH'; normDays?: number | null } | null;
}

export interface ContentRow {
  /** The figure compared between versions. */
  value: number;
  /** Anything else that makes the row differ (e.g. the source text of inhabitants). */
  extra: string | null;
  sourceId: number | null;
  fields: Record<string, string | number | null>;
}

/** One staged record, as the staging table holds it. */
export interface StagedRow {
  key: string;
  scope: string | null;
  municipalityCode: string | null;
  domainCode: string | null;
  code: string | null;
  value: number;
  text: string | null;
}

/** Row changes still to list in one import or restore (shared by its keys). */
export interface RowBudget {
  left: number;
}

export const EMPTY: Content = { head: null, rows: new Map() };

/** The key of a row within its content: its identifying fields joined. */
export const contentKey = (...parts: (string | number | null | undefined)[]) => parts.map((p) => p ?? '').join('|');

/** Row-level differences between two contents of one key. */
export function compare(before: Content, after: Content): { added: number; changed: number; unchanged: number; removed: number } {
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const [key, row] of after.rows) {
    const old = before.rows.get(key);
    if (!old) added += 1;
    else if (old.value !== row.value || old.extra !== row.extra) changed += 1;
    else unchanged += 1;
  }
  const removed = [...before.rows.keys()].filter((key) => !after.rows.has(key)).length;
  return { added, changed, unchanged, removed };
}

/**
 * The rows that differ between two contents of one key (added, changed, removed; in the order of
 * `after`, then the removed ones in the order of `before`), at most `limit` of them.
 */
export function rowChanges(before: Content, after: Content, limit: number): RowChange[] {
  const list: RowChange[] = [];
  const text = (row: ContentRow | undefined) => row?.extra ?? null;
  for (const [key, row] of after.rows) {
    if (list.length >= limit) return list;
    const old = before.rows.get(key);
    if (old && old.value === row.value && old.extra === row.extra) continue;
    list.push(rowChange(old ? 'CHANGED' : 'ADDED', old ?? row, old?.value ?? null, row.value, text(old), text(row)));
  }
  for (const [key, old] of before.rows) {
    if (list.length >= limit) return list;
    if (!after.rows.has(key)) list.push(rowChange('REMOVED', old, old.value, null, text(old), null));
  }
  return list;
}

function rowChange(
  effect: RowChange['effect'],
  row: ContentRow,
  before: number | null,
  after: number | null,
  textBefore: string | null,
  textAfter: string | null,
): RowChange {
  const field = (name: string) => {
    const value = row.fields[name];
    return value === undefined || value === null ? null : String(value);
  };
  return {
    effect,
    scope: field('scope'),
    municipalityCode: field('municipalityCode'),
    domainCode: field('domainCode'),
    fundingCode: field('fundingCode'),
    before,
    after,
    textBefore,
    textAfter,
  };
}

/** A version's payload: the content as JSON text (the same text on both stores). */
export function toJson(content: Content): string {
  return JSON.stringify({ head: content.head, rows: [...content.rows.entries()] });
}

export function fromJson(json: string): Content {
  const parsed = JSON.parse(json) as { head: Content['head']; rows: [string, ContentRow][] };
  return { head: parsed.head, rows: new Map(parsed.rows) };
}

/** Whether two contents of one key hold the same figures (sources aside): putting one back over the other changes nothing. */
export function sameContent(a: Content, b: Content): boolean {
  const diff = compare(a, b);
  return diff.added + diff.changed + diff.removed === 0 && (a.head?.total ?? null) === (b.head?.total ?? null);
}

/** What `put` does with one key: the change to report, and whether (and what) to keep and write. */
export interface PutPlan {
  change: KeyChange;
  /** The content replaced, to keep as a version; null when there was none or nothing changes. */
  version: { rows: number; total: number | null; payload: string } | null;
  /** Whether `after` is to be written (false: the key stays as it is). */
  write: boolean;
}

/**
 * Decides what replacing one key's content `before` by `after` does: the effect, the counts, the
 * rows changed as far as `budget` reaches (and takes them from it), and the version to keep.
 * `touched`: only these rows are compared (the other kinds change only the rows a file names).
 */
export function planPut(
  key: string,
  before: Content,
  after: Content,
  touched: ReadonlySet<string> | undefined,
  budget: RowBudget,
): PutPlan {
  // Counted over the rows the file names (a year's other municipalities are not "unchanged" by it).
  const compared = touched ? { ...before, rows: new Map([...before.rows].filter(([k]) => touched.has(k))) } : before;
  const comparedAfter = touched ? { ...after, rows: new Map([...after.rows].filter(([k]) => touched.has(k))) } : after;
  const diff = compare(compared, comparedAfter);
  const rows = rowChanges(compared, comparedAfter, budget.left);
  budget.left -= rows.length;
  const empty = before.head === null && before.rows.size === 0;
  const headChanged = (before.head?.total ?? null) !== (after.head?.total ?? null);
  const effect = empty ? 'ADDED' : diff.added + diff.changed + diff.removed === 0 && !headChanged ? 'UNCHANGED' : 'CHANGED';
  const write = effect !== 'UNCHANGED';
  return {
    change: { key, effect, ...diff, totalBefore: before.head?.total ?? null, totalAfter: after.head?.total ?? null, rows },
    version: write && !empty ? { rows: before.rows.size, total: before.head?.total ?? null, payload: toJson(before) } : null,
    write,
  };
}

/** Source ids as an import needs them: found or added (document, note), in the order asked. */
export interface ImportSources {
  /** The import's own source (options.source): new and changed figures get it. */
  importSource(): number;
  /** A source by its document and note (POPULATION: the source text of each row). */
  sourceId(document: string, note: string | null): number;
}

/** The rows of an import that identify a row of the current content (CASELOAD and FLOWS replace a date or month whole: none). */
export function touchedRows(kind: ImportKind, staged: readonly StagedRow[]): Set<string> | undefined {
  return kind === 'CASELOAD' || kind === 'FLOWS'
    ? undefined
    : new Set(staged.map((s) => (kind === 'FUNDING' ? (s.code as string) : (s.municipalityCode as string))));
}

/** The content of `key` after the staged rows are applied to `before`. */
export function merged(
  kind: ImportKind,
  before: Content,
  staged: readonly StagedRow[],
  key: string,
  options: ApplyOptions,
  sources: ImportSources,
): Content {
  if (kind === 'CASELOAD') {
    const rows = new Map<string, ContentRow>();
    let parts = 0;
    for (const s of staged) {
      if (s.scope === 'region' && s.domainCode === null) continue; // the stated total: the snapshot's
      if (s.domainCode === null) parts += s.value;
      rows.set(contentKey(s.scope, s.municipalityCode, s.domainCode), {
        value: s.value,
        extra: null,
        sourceId: null,
        fields: { scope: s.scope, municipalityCode: s.municipalityCode, domainCode: s.domainCode },
      });
    }
    const total = options.totals?.get(key) ?? parts;
    // An unchanged count keeps its source; a new or changed one gets the import as source.
    const diff = compare(before, { head: null, rows });
    const same = before.head?.total === total && diff.added + diff.changed + diff.removed === 0;
    return { head: { total, precision: 'DAY', sourceId: same && before.head ? before.head.sourceId : sources.importSource() }, rows };
  }
  if (kind === 'FLOWS') return mergedFlows(before, staged, sources);
  const rows = new Map(before.rows);
  for (const s of staged) {
    const rowKey = kind === 'FUNDING' ? (s.code as string) : (s.municipalityCode as string);
    const old = before.rows.get(rowKey);
    const extra = kind === 'POPULATION' ? s.text : null;
    if (old && old.value === s.value && old.extra === extra) continue;
    const source = kind === 'POPULATION' ? sources.sourceId(s.text as string, options.source.note) : sources.importSource();
    rows.set(rowKey, {
      value: s.value,
      extra,
      sourceId: source,
      fields: kind === 'FUNDING' ? { fundingCode: s.code } : { municipalityCode: s.municipalityCode, referenceDate: null },
    });
  }
  if (kind !== 'CONTRIBUTIONS') return { head: null, rows };
  const changed = compare(before, { head: null, rows });
  if (before.head && changed.added + changed.changed === 0) return { head: before.head, rows };
  // New or changed amounts: the year's total is the sum of its parts, from this import.
  return { head: { total: [...rows.values()].reduce((sum, r) => sum + r.value, 0), sourceId: sources.importSource() }, rows };
}

/** A FLOWS row's figures besides the inflow, as staged (`text`) and as a row's fields. */
interface FlowFigures {
  outflow: number;
  closedWithinNorm: number | null;
  medianDays: number | null;
  p80Days: number | null;
  normDays: number | null;
}

/**
 * A flow row's figures besides the inflow (its `value`), in words: what a version compares and
 * the import's list of changed rows shows ("uitstroom 4; binnen norm 3 van 56 dagen; …").
 */
export function flowText(f: Omit<FlowFigures, 'normDays'>, normDays: number | null): string {
  const parts = [`uitstroom ${f.outflow}`];
  if (f.closedWithinNorm !== null) parts.push(`binnen norm ${f.closedWithinNorm}${normDays !== null ? ` (norm ${normDays} dagen)` : ''}`);
  if (f.medianDays !== null) parts.push(`mediaan ${String(f.medianDays).replace('.', ',')} dagen`);
  if (f.p80Days !== null) parts.push(`p80 ${String(f.p80Days).replace('.', ',')} dagen`);
  return parts.join('; ');
}

/** A flow row of the store as content: the inflow its value, the other figures its text and fields. */
export function flowContentRow(
  r: { scope: string; municipalityCode: string | null; domainCode: string | null; inflow: number } & Omit<FlowFigures, 'normDays'>,
  normDays: number | null,
): [string, ContentRow] {
  return [
    contentKey(r.scope, r.municipalityCode, r.domainCode),
    {
      value: r.inflow,
      extra: flowText(r, normDays),
      sourceId: null,
      fields: {
        scope: r.scope,
        municipalityCode: r.municipalityCode,
        domainCode: r.domainCode,
        outflow: r.outflow,
        closedWithinNorm: r.closedWithinNorm,
        medianDays: r.medianDays,
        p80Days: r.p80Days,
      },
    },
  ];
}

/** A month of flows is replaced whole, as a count date is; its head holds the region's inflow and the norm. */
function mergedFlows(before: Content, staged: readonly StagedRow[], sources: ImportSources): Content {
  const figures = staged.map((s) => ({ s, f: JSON.parse(s.text as string) as FlowFigures }));
  const normDays = figures.find(({ f }) => f.normDays !== null)?.f.normDays ?? null;
  const rows = new Map(
    figures.map(({ s, f }) =>
      flowContentRow(
        { scope: s.scope as string, municipalityCode: s.municipalityCode, domainCode: s.domainCode, inflow: s.value, ...f },
        normDays,
      ),
    ),
  );
  const stated = staged.find((s) => s.scope === 'region' && s.domainCode === null);
  const total = stated
    ? stated.value
    : staged.filter((s) => s.scope !== 'region' && s.domainCode === null).reduce((sum, s) => sum + s.value, 0);
  const diff = compare(before, { head: null, rows });
  const same =
    before.head?.total === total && (before.head.normDays ?? null) === normDays && diff.added + diff.changed + diff.removed === 0;
  return { head: { total, normDays, sourceId: same && before.head ? before.head.sourceId : sources.importSource() }, rows };
}

/** The staging table's columns of one record. */
export function stageRow(r: ImportRecord): StagedRow {
  switch (r.kind) {
    case 'CASELOAD':
      return {
        key: r.peildatum,
        scope: r.scope,
        municipalityCode: r.municipalityCode,
        domainCode: r.domainCode,
        code: null,
        value: r.count,
        text: null,
      };
    case 'CONTRIBUTIONS':
      return {
        key: String(r.year),
        scope: null,
        municipalityCode: r.municipalityCode,
        domainCode: null,
        code: null,
        value: r.amountEur,
        text: null,
      };
    case 'POPULATION':
      return {
        key: String(r.year),
        scope: null,
        municipalityCode: r.municipalityCode,
        domainCode: null,
        code: null,
        value: r.inhabitants,
        text: r.source,
      };
    case 'FUNDING':
      return { key: String(r.year), scope: null, municipalityCode: null, domainCode: null, code: r.source, value: r.amountEur, text: null };
    case 'FLOWS': {
      const figures: FlowFigures = {
        outflow: r.outflow,
        closedWithinNorm: r.closedWithinNorm,
        medianDays: r.medianDays,
        p80Days: r.p80Days,
        normDays: r.normDays,
      };
      return {
        key: r.month,
        scope: r.scope,
        municipalityCode: r.municipalityCode,
        domainCode: r.domainCode,
        code: null,
        value: r.inflow,
        text: JSON.stringify(figures),
      };
    }
  }
}

/**
 * The stated region total of a count date (scope 'region' without a domain) is the snapshot's
 * total, not a count row: SQL that copies staged rows to caseload_count leaves it out.
 */
export const IS_BREAKDOWN_ROW = "NOT (scope = 'region' AND domain_code IS NULL)";

/** A new count date's rows as the import lists them: every breakdown row ADDED. */
export function addedCountRows(
  rows: readonly { scope: string; municipalityCode: string | null; domainCode: string | null; value: number }[],
): RowChange[] {
  return rows.map((r) => ({
    effect: 'ADDED',
    scope: r.scope,
    municipalityCode: r.municipalityCode,
    domainCode: r.domainCode,
    fundingCode: null,
    before: null,
    after: r.value,
    textBefore: null,
    textAfter: null,
  }));
}
