import type { ImportKind, ImportRecord } from '../../import/types.js';
import { ROW_CHANGE_LIMIT, type ApplyOptions, type AuditQuery, type DataVersionRow, type KeyChange } from '../ImportStore.js';
import {
  addedCountRows,
  EMPTY,
  fromJson,
  IS_BREAKDOWN_ROW,
  merged,
  planPut,
  sameContent,
  stageRow,
  touchedRows,
  type Content,
  type ImportSources,
  type RowBudget,
  type StagedRow,
} from '../importContent.js';
import type { AuditEntry } from '../types.js';
import type { SqliteDatabase } from './open.js';
import { kindAdapters } from './versionedContent.js';

/** Thrown inside a dry run's transaction to roll it back while keeping what it found. */
class DryRun {
  constructor(readonly changes: KeyChange[]) {}
}

/**
 * Staging, applying and restoring imports; the audit log's filtered view. Applying, versions and
 * restoring are those of one region (`regionCode`): an import or a restore in one region never
 * touches another's count dates, contribution years or inhabitants, also not on the same date
 * or year. Funding is per database: its versions have no region and every region sees them.
 */
export function importQueries(db: SqliteDatabase) {
  // A TEMP table lives in this connection's temporary database: writing it takes no lock on the
  // real one, and SQLite spills it to disk, so a million staged rows do not fill the memory.
  // Clustered by key (WITHOUT ROWID, file order within a key): one B-tree to write while
  // staging, and a key's rows are one range to read when applying.
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS import_stage (
    key TEXT NOT NULL, seq INTEGER NOT NULL, scope TEXT, municipality_code TEXT, domain_code TEXT, code TEXT, value INTEGER NOT NULL, text TEXT,
    PRIMARY KEY (key, seq)
  ) WITHOUT ROWID`);
  const clearStage = db.prepare('DELETE FROM temp.import_stage');
  const insertStage = db.prepare(
    'INSERT INTO temp.import_stage (key, seq, scope, municipality_code, domain_code, code, value, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const stagedKeys = db.prepare('SELECT DISTINCT key FROM temp.import_stage ORDER BY key').pluck();
  const stagedRows = db.prepare(
    'SELECT key, scope, municipality_code AS municipalityCode, domain_code AS domainCode, code, value, text FROM temp.import_stage WHERE key = ? ORDER BY seq',
  );
  // A count date that is new: its rows go from the staging table to caseload_count in SQLite,
  // without a round trip through JavaScript per row (a million-row import is mostly new dates).
  const isBreakdownRow = IS_BREAKDOWN_ROW; // the stated region total is the snapshot's, not a row
  const snapshotExists = db.prepare('SELECT 1 FROM caseload_snapshot WHERE region_code = ? AND peildatum = ?').pluck();
  const stagedCounts = db.prepare(
    `SELECT count(*) AS rows, coalesce(sum(CASE WHEN domain_code IS NULL THEN value END), 0) AS parts
       FROM temp.import_stage WHERE key = ? AND ${isBreakdownRow}`,
  );
  const stagedBreakdown = db.prepare(
    `SELECT scope, municipality_code AS municipalityCode, domain_code AS domainCode, value
       FROM temp.import_stage WHERE key = ? AND ${isBreakdownRow} ORDER BY seq LIMIT ?`,
  );
  const insertSnapshot = db.prepare(
    "INSERT INTO caseload_snapshot (region_code, peildatum, precision, total, source_id) VALUES (?, ?, 'DAY', ?, ?)",
  );
  const copyStagedCounts = db.prepare(
    `INSERT INTO caseload_count (region_code, peildatum, scope, municipality_code, domain_code, count)
     SELECT ?, key, scope, municipality_code, domain_code, value FROM temp.import_stage WHERE key = ? AND ${isBreakdownRow} ORDER BY seq`,
  );
  const deleteCounts = db.prepare('DELETE FROM caseload_count WHERE region_code = ? AND peildatum = ?');
  const setSnapshot = db.prepare(
    "UPDATE caseload_snapshot SET precision = 'DAY', total = ?, source_id = ? WHERE region_code = ? AND peildatum = ?",
  );
  /** Replaces an existing count date's rows by its staged ones, in SQL (what the adapter would write row by row). */
  function replaceFromStage(regionCode: string, key: string, after: Content): void {
    if (!after.head) throw new Error(`count ${key} without a head`);
    deleteCounts.run(regionCode, key);
    setSnapshot.run(after.head.total, after.head.sourceId, regionCode, key);
    copyStagedCounts.run(regionCode, key);
  }

  /** Adds a count date that does not exist yet; null when it does (then the general path compares and keeps a version). */
  function addNewCount(
    regionCode: string,
    key: string,
    options: ApplyOptions,
    importSource: () => number,
    budget: RowBudget,
  ): KeyChange | null {
    if (snapshotExists.get(regionCode, key) !== undefined) return null;
    const { rows, parts } = stagedCounts.get(key) as { rows: number; parts: number };
    const total = options.totals?.get(key) ?? parts;
    insertSnapshot.run(regionCode, key, total, importSource());
    copyStagedCounts.run(regionCode, key);
    const listed = addedCountRows(
      stagedBreakdown.all(key, budget.left) as {
        scope: string;
        municipalityCode: string | null;
        domainCode: string | null;
        value: number;
      }[],
    );
    budget.left -= listed.length;
    return { key, effect: 'ADDED', added: rows, changed: 0, unchanged: 0, removed: 0, totalBefore: null, totalAfter: total, rows: listed };
  }

  let staged = 0;
  const stageBatch = db.transaction((records: readonly ImportRecord[]) => {
    for (const r of records) {
      const s = stageRow(r);
      insertStage.run(s.key, (staged += 1), s.scope, s.municipalityCode, s.domainCode, s.code, s.value, s.text);
    }
  });

  const findSource = db
    .prepare('SELECT id FROM source WHERE document = @document AND section IS NULL AND note IS @note AND url IS NULL')
    .pluck();
  const insertSource = db.prepare('INSERT INTO source (document, note) VALUES (@document, @note)');
  const sourceId = (document: string, note: string | null): number =>
    (findSource.get({ document, note }) as number | undefined) ?? Number(insertSource.run({ document, note }).lastInsertRowid);

  const insertVersion = db.prepare(
    `INSERT INTO data_version (kind, region_code, key, replaced_at, replaced_by, rows, total, payload)
     VALUES (@kind, @regionCode, @key, @at, @actor, @rows, @total, @payload)`,
  );
  const versionColumns = 'id, kind, key, replaced_at AS replacedAt, replaced_by AS replacedBy, rows, total';
  const ofRegion = '(region_code = @regionCode OR region_code IS NULL)';
  const versions = db.prepare(
    `SELECT ${versionColumns}, payload FROM data_version
      WHERE ${ofRegion} AND (@kind IS NULL OR kind = @kind) AND (@key IS NULL OR key = @key) ORDER BY id DESC LIMIT 500`,
  );
  const version = db.prepare(`SELECT ${versionColumns}, payload FROM data_version WHERE id = @id AND ${ofRegion}`);
  const audit = db.prepare(
    `SELECT at, actor, action, object, result, origin, detail FROM audit_log
      WHERE (@actor IS NULL OR actor = @actor) AND (@actionPrefix IS NULL OR substr(action, 1, length(@actionPrefix)) = @actionPrefix)
        AND (@result IS NULL OR result = @result) AND (@from IS NULL OR at >= @from) AND (@to IS NULL OR at <= @to)
      ORDER BY id DESC LIMIT @limit OFFSET @offset`,
  );

  const adapters = kindAdapters(db);

  /** Replaces one key's content, keeping the old one as a version; reports what changed. */
  function put(
    kind: ImportKind,
    regionCode: string,
    key: string,
    after: Content,
    options: { actor: string | null; at: string },
    how: {
      /** Only these rows are compared (the other kinds change only the rows a file names). */
      touched?: ReadonlySet<string> | undefined;
      /** Writes `after` another way than the adapter's row-by-row replace (staged counts, in SQL). */
      write?: (after: Content) => void;
      /** The current content, when the caller has read it already. */
      before?: Content;
      /** How many row changes may still be listed in this call. */
      budget?: RowBudget;
    } = {},
  ): KeyChange {
    const { touched, write = (content: Content) => adapters[kind].replace(regionCode, key, content) } = how;
    const before = how.before ?? adapters[kind].current(regionCode, key);
    const plan = planPut(key, before, after, touched, how.budget ?? { left: ROW_CHANGE_LIMIT });
    if (plan.version) {
      insertVersion.run({
        kind,
        regionCode: kind === 'FUNDING' ? null : regionCode,
        key,
        at: options.at,
        actor: options.actor,
        ...plan.version,
      });
    }
    if (plan.write) write(after);
    return plan.change;
  }

  function runOrRollBack(dryRun: boolean, work: () => KeyChange[]): KeyChange[] {
    try {
      return db.transaction(() => {
        const changes = work();
        if (dryRun) throw new DryRun(changes);
        return changes;
      })();
    } catch (error) {
      if (error instanceof DryRun) return error.changes;
      throw error;
    }
  }

  return {
    startStaging: () => {
      staged = 0;
      clearStage.run();
    },
    stage: (records: readonly ImportRecord[]) => stageBatch(records),
    discardStaging: () => clearStage.run(),

    applyStaged: (regionCode: string, kind: ImportKind, options: ApplyOptions): KeyChange[] =>
      runOrRollBack(options.dryRun, () => {
        let importSourceId: number | undefined;
        const importSource = () => (importSourceId ??= sourceId(options.source.document, options.source.note));
        const sources: ImportSources = { importSource, sourceId };
        const budget: RowBudget = { left: ROW_CHANGE_LIMIT };
        return (stagedKeys.all() as string[]).map((key) => {
          const added = kind === 'CASELOAD' ? addNewCount(regionCode, key, options, importSource, budget) : null;
          if (added) return added;
          const staged = stagedRows.all(key) as StagedRow[];
          // CASELOAD replaces a count date whole; the other kinds change only the rows named.
          const touched = touchedRows(kind, staged);
          const before = adapters[kind].current(regionCode, key);
          const after = merged(kind, before, staged, key, options, sources);
          const write = kind === 'CASELOAD' ? (content: Content) => replaceFromStage(regionCode, key, content) : undefined;
          return put(kind, regionCode, key, after, options, { touched, before, budget, ...(write ? { write } : {}) });
        });
      }),

    listVersions: (regionCode: string | null, kind: ImportKind | null = null, key: string | null = null): DataVersionRow[] => {
      // Per count date or year its content now, read once however many versions it has.
      const now = new Map<string, Content>();
      const contentNow = (rowKind: ImportKind, rowKey: string): Content => {
        const id = `${rowKind}|${rowKey}`;
        let content = now.get(id);
        if (!content)
          now.set(id, (content = regionCode || rowKind === 'FUNDING' ? adapters[rowKind].current(regionCode ?? '', rowKey) : EMPTY));
        return content;
      };
      return (versions.all({ regionCode, kind, key }) as (Omit<DataVersionRow, 'current'> & { payload: string })[]).map(
        ({ payload, ...row }) => ({ ...row, current: sameContent(fromJson(payload), contentNow(row.kind, row.key)) }),
      );
    },
    getVersion: (regionCode: string | null, id: number): DataVersionRow | undefined => {
      const row = version.get({ id, regionCode }) as (Omit<DataVersionRow, 'current'> & { payload: string }) | undefined;
      if (!row) return undefined;
      const { payload, ...rest } = row;
      const now = regionCode || row.kind === 'FUNDING' ? adapters[row.kind].current(regionCode ?? '', row.key) : EMPTY;
      return { ...rest, current: sameContent(fromJson(payload), now) };
    },
    restoreVersion: (regionCode: string, id: number, options: { dryRun: boolean; actor: string | null; at: string }): KeyChange[] => {
      const row = version.get({ id, regionCode }) as (DataVersionRow & { payload: string }) | undefined;
      if (!row) throw new Error(`version ${id} not found`);
      return runOrRollBack(options.dryRun, () => [put(row.kind, regionCode, row.key, fromJson(row.payload), options)]);
    },
    queryAudit: (q: AuditQuery) =>
      audit.all({
        actor: q.actor ?? null,
        actionPrefix: q.actionPrefix ?? null,
        result: q.result ?? null,
        from: q.from ?? null,
        to: q.to ?? null,
        limit: q.limit,
        offset: q.offset,
      }) as AuditEntry[],
  };
}
