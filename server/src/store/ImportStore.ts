import type { ImportKind, ImportRecord } from '../import/types.js';
import type { AuditEntry } from './types.js';

/** What an import or a restore did (or would do, in a dry run) to one count date or year. */
export interface KeyChange {
  key: string;
  effect: 'ADDED' | 'CHANGED' | 'UNCHANGED';
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  totalBefore: number | null;
  totalAfter: number | null;
  /**
   * The rows added, changed or removed (never the unchanged ones), in key order, as far as the
   * call's budget (`ROW_CHANGE_LIMIT`) reaches; the counts above are always exact.
   */
  rows: RowChange[];
}

/** A key's change without its rows (those go out once, in the report's own list). */
export type KeyChangeSummary = Omit<KeyChange, 'rows'>;

/** The most row changes one import or restore lists; past it only the counts say how many. */
export const ROW_CHANGE_LIMIT = 10_000;

/** One row of a count date or year that an import adds, changes or removes. */
export interface RowChange {
  effect: 'ADDED' | 'CHANGED' | 'REMOVED';
  /** CASELOAD: 'municipality', 'unspecified' or 'region'; null for the other kinds. */
  scope: string | null;
  municipalityCode: string | null;
  /** CASELOAD: the knowledge domain; null for the total of the scope. */
  domainCode: string | null;
  /** FUNDING: the source of money. */
  fundingCode: string | null;
  /** The figure before (null: added) and after (null: removed). */
  before: number | null;
  after: number | null;
  /** POPULATION: the source text before and after. */
  textBefore: string | null;
  textAfter: string | null;
}

export interface ApplyOptions {
  dryRun: boolean;
  /** Who and when, for the versions kept. */
  actor: string | null;
  at: string;
  /** Where the imported figures come from: becomes their source. */
  source: { document: string; note: string | null };
  /** CASELOAD: the total per count date as the file states it (or the sum of its parts). */
  totals?: ReadonlyMap<string, number>;
}

export interface DataVersionRow {
  id: number;
  kind: ImportKind;
  key: string;
  replacedAt: string;
  replacedBy: string | null;
  rows: number;
  total: number | null;
  /**
   * Its content is what the dashboard shows now for its count date or year (after it was put
   * back, or when an import brought the same figures again): putting it back changes nothing.
   */
  current: boolean;
}

export interface AuditQuery {
  actor?: string | null;
  actionPrefix?: string | null;
  result?: string | null;
  from?: string | null;
  to?: string | null;
  limit: number;
  offset: number;
}

/**
 * Imports in two steps: valid records are staged while the file is read (a temporary table,
 * bounded memory, nothing visible), then applied in one transaction — all or nothing — that
 * keeps every replaced count date or year as a version that can be put back.
 */
export interface ImportStore {
  /**
   * Empties the staging area for a new import. Imports must be serialised by the caller within
   * one process; PostgreSQL serialises those of several servers itself (an advisory lock held
   * from here to discardStaging, which must always follow).
   */
  startStaging(): Promise<void>;
  stage(records: readonly ImportRecord[]): Promise<void>;
  applyStaged(kind: ImportKind, options: ApplyOptions): Promise<KeyChange[]>;
  discardStaging(): Promise<void>;
  listVersions(kind?: ImportKind | null, key?: string | null): Promise<DataVersionRow[]>;
  getVersion(id: number): Promise<DataVersionRow | undefined>;
  restoreVersion(id: number, options: Omit<ApplyOptions, 'totals' | 'source'>): Promise<KeyChange[]>;
  queryAudit(query: AuditQuery): Promise<AuditEntry[]>;
}
