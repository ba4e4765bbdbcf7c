import type pg from 'pg';
import type { ImportKind, ImportRecord } from '../../import/types.js';
import { EMPTY, fromJson, planPut, sameContent, stageRow, type Content } from '../importContent.js';
import { ROW_CHANGE_LIMIT, type ApplyOptions, type DataVersionRow, type KeyChange } from '../ImportStore.js';
import { LOCK_NAMESPACE } from './pool.js';
import { applyStagedRows } from './importApply.js';
import { pgKindAdapters as adapters } from './versionedContent.js';

/** One import under way in this process: its own connection, holding the imports' lock and the staging table. */
interface Staging {
  client: pg.PoolClient;
  /** Records staged so far: their order within a key. */
  staged: number;
  /** The connection failed (or was ended): it is destroyed, not given back to the pool. */
  broken: boolean;
  onError: (error: Error) => void;
}

/** The advisory lock of imports and restores: one at a time in the whole database, whichever server runs it. */
const IMPORT_LOCK: number[] = [LOCK_NAMESPACE.imports, 0];

/** Records per INSERT while staging (each column one array parameter, unnested in order). */
const STAGE_CHUNK = 5_000;

const VERSION_COLUMNS = 'id, kind, key, replaced_at AS "replacedAt", replaced_by AS "replacedBy", rows, total, payload';
const OF_REGION = '(region_code = $1 OR region_code IS NULL)';

type VersionRecord = Omit<DataVersionRow, 'current'> & { payload: string };

/**
 * Staging, applying and restoring imports on PostgreSQL, with the answers of sqlite/imports.ts
 * (the decisions themselves are shared: importContent.ts). Several servers share one database:
 *
 * - `startStaging` takes one connection of the pool for the whole import and, on it, the
 *   session-level advisory lock of imports: an import on another server waits there until this
 *   one is discarded. The staged rows go to a TEMP table of that connection (invisible to any
 *   other), a few thousand per statement.
 * - `applyStaged` applies them in one transaction on that connection (a dry run rolls it back).
 * - `discardStaging` drops the table, releases the lock and gives the connection back; a
 *   connection that failed is destroyed instead, which ends its session and so its lock.
 * - A server that dies mid-import loses its connection: PostgreSQL rolls the transaction back and
 *   drops the temp table and the lock with the session. Nothing is half-written.
 * - `restoreVersion` takes the same lock inside its own transaction.
 *
 * One import at a time per instance (ImportService queues them); `stage` and `applyStaged` are
 * those of the import started last. The temp table and the session-level lock need a session of
 * their own: directly to PostgreSQL, or through a pooler in session mode (not transaction mode).
 * The identities of sources and versions are not rolled back: an import that fails leaves a gap
 * in their ids (SQLite reuses them); a dry run keeps no version, so it leaves none in theirs.
 */
export class PgImportStore {
  private staging: Staging | null = null;

  constructor(private readonly pool: pg.Pool) {}

  /** Takes a connection and the imports' lock (waiting for another server's import to end), and an empty staging table. */
  async startStaging(): Promise<void> {
    if (this.staging) throw new Error('an import is being staged already: discardStaging() ends it first');
    const client = await this.pool.connect();
    const staging: Staging = {
      client,
      staged: 0,
      broken: false,
      // A checked-out connection that breaks emits 'error'; without a listener it would end the process.
      onError: () => {
        staging.broken = true;
      },
    };
    client.on('error', staging.onError);
    this.staging = staging;
    try {
      await client.query('SELECT pg_advisory_lock($1, $2)', IMPORT_LOCK);
      // Keyed by (key, file order): a key's rows are one range of the index to read, in file order.
      await client.query(`DROP TABLE IF EXISTS pg_temp.import_stage`);
      await client.query(`CREATE TEMP TABLE import_stage (
        key text COLLATE "C" NOT NULL, seq integer NOT NULL, scope text COLLATE "C", municipality_code text COLLATE "C",
        domain_code text COLLATE "C", code text COLLATE "C", value bigint NOT NULL, text text COLLATE "C",
        PRIMARY KEY (key, seq)
      ) ON COMMIT PRESERVE ROWS`);
    } catch (error) {
      staging.broken = true;
      await this.discardStaging();
      throw error;
    }
  }

  /** Adds records to the staging table: one INSERT per few thousand, never one per record. */
  async stage(records: readonly ImportRecord[]): Promise<void> {
    const staging = this.current();
    for (let start = 0; start < records.length; start += STAGE_CHUNK) {
      const rows = records.slice(start, start + STAGE_CHUNK).map(stageRow);
      const first = staging.staged + 1;
      await staging.client.query(
        `INSERT INTO pg_temp.import_stage (key, seq, scope, municipality_code, domain_code, code, value, text)
         SELECT t.key, $1::integer + t.n - 1, t.scope, t.municipality_code, t.domain_code, t.code, t.value, t.text
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::text[])
                WITH ORDINALITY AS t (key, scope, municipality_code, domain_code, code, value, text, n)`,
        [
          first,
          rows.map((r) => r.key),
          rows.map((r) => r.scope),
          rows.map((r) => r.municipalityCode),
          rows.map((r) => r.domainCode),
          rows.map((r) => r.code),
          rows.map((r) => r.value),
          rows.map((r) => r.text),
        ],
      );
      staging.staged += rows.length;
    }
  }

  /** Ends the import: drops its table, releases the lock, gives back (or destroys) the connection. Safe to call twice. */
  async discardStaging(): Promise<void> {
    const staging = this.staging;
    if (!staging) return;
    this.staging = null;
    const { client } = staging;
    if (!staging.broken) {
      try {
        await client.query('DROP TABLE IF EXISTS pg_temp.import_stage');
        await client.query('SELECT pg_advisory_unlock($1, $2)', IMPORT_LOCK);
      } catch {
        staging.broken = true;
      }
    }
    client.removeListener('error', staging.onError);
    // Destroying the connection ends its session: PostgreSQL drops the table and the lock with it.
    client.release(staging.broken ? true : undefined);
  }

  /** Applies the staged records to the region's figures in one transaction; a dry run rolls it back and answers the same. */
  async applyStaged(regionCode: string, kind: ImportKind, options: ApplyOptions): Promise<KeyChange[]> {
    const staging = this.current();
    const { client } = staging;
    const broken = () => (staging.broken = true);
    return this.runOrRollBack(client, options.dryRun, () => applyStagedRows(client, regionCode, kind, options), broken);
  }

  /** The region's versions (and the database's FUNDING ones), newest first, at most 500, each marked when it is what shows now. */
  async listVersions(regionCode: string | null, kind: ImportKind | null = null, key: string | null = null): Promise<DataVersionRow[]> {
    return this.reading(async (client) => {
      const versions = await client.query<VersionRecord>(
        `SELECT ${VERSION_COLUMNS} FROM data_version
          WHERE ${OF_REGION} AND ($2::text IS NULL OR kind = $2) AND ($3::text IS NULL OR key = $3) ORDER BY id DESC LIMIT 500`,
        [regionCode, kind, key],
      );
      // Per count date or year its content now, read once however many versions it has.
      const now = new Map<string, Content>();
      const list: DataVersionRow[] = [];
      for (const { payload, ...row } of versions.rows) {
        const id = `${row.kind}|${row.key}`;
        let content = now.get(id);
        if (!content) now.set(id, (content = await this.contentNow(client, regionCode, row.kind, row.key)));
        list.push({ ...row, current: sameContent(fromJson(payload), content) });
      }
      return list;
    });
  }

  async getVersion(regionCode: string | null, id: number): Promise<DataVersionRow | undefined> {
    return this.reading(async (client) => {
      const found = await client.query<VersionRecord>(`SELECT ${VERSION_COLUMNS} FROM data_version WHERE id = $2 AND ${OF_REGION}`, [
        regionCode,
        id,
      ]);
      const row = found.rows[0];
      if (!row) return undefined;
      const { payload, ...rest } = row;
      const now = await this.contentNow(client, regionCode, row.kind, row.key);
      return { ...rest, current: sameContent(fromJson(payload), now) };
    });
  }

  /** Puts a version back in one transaction, under the imports' lock; what it replaces becomes a version in turn. */
  async restoreVersion(
    regionCode: string,
    id: number,
    options: { dryRun: boolean; actor: string | null; at: string },
  ): Promise<KeyChange[]> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      return await this.runOrRollBack(
        client,
        options.dryRun,
        async () => {
          await client.query('SELECT pg_advisory_xact_lock($1, $2)', IMPORT_LOCK);
          const found = await client.query<VersionRecord>(`SELECT ${VERSION_COLUMNS} FROM data_version WHERE id = $2 AND ${OF_REGION}`, [
            regionCode,
            id,
          ]);
          const row = found.rows[0];
          if (!row) throw new Error(`version ${id} not found`);
          return [await this.put(client, row.kind, regionCode, row.key, fromJson(row.payload), options)];
        },
        () => (broken = true),
      );
    } finally {
      client.release(broken || undefined);
    }
  }

  private current(): Staging {
    if (!this.staging) throw new Error('no import is being staged: startStaging() first');
    return this.staging;
  }

  private contentNow(client: pg.ClientBase, regionCode: string | null, kind: ImportKind, key: string): Promise<Content> {
    return regionCode || kind === 'FUNDING' ? adapters[kind].current(client, regionCode ?? '', key) : Promise.resolve(EMPTY);
  }

  /**
   * Runs `work` in one transaction: committed, or rolled back when it is a dry run (answering what
   * it found) or fails. `onBroken`: the connection could not even roll back (it is to be destroyed).
   */
  private async runOrRollBack(
    client: pg.ClientBase,
    dryRun: boolean,
    work: () => Promise<KeyChange[]>,
    onBroken: () => void,
  ): Promise<KeyChange[]> {
    await client.query('BEGIN');
    try {
      const changes = await work();
      await client.query(dryRun ? 'ROLLBACK' : 'COMMIT');
      return changes;
    } catch (error) {
      await client.query('ROLLBACK').catch(onBroken);
      throw error;
    }
  }

  /** Reads in one snapshot (as SQLite reads in one go) on one connection of the pool. */
  private async reading<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      return await work(client);
    } finally {
      await client.query('ROLLBACK').catch(() => (broken = true));
      client.release(broken || undefined);
    }
  }

  /** Puts a version's content back, keeping the one it replaces as a version; reports what changed. */
  private async put(
    client: pg.ClientBase,
    kind: ImportKind,
    regionCode: string,
    key: string,
    after: Content,
    options: { dryRun: boolean; actor: string | null; at: string },
  ): Promise<KeyChange> {
    const before = await adapters[kind].current(client, regionCode, key);
    const plan = planPut(key, before, after, undefined, { left: ROW_CHANGE_LIMIT });
    // A dry run keeps no version: rolled back, it would still use up an id of the (non-transactional)
    // identity, and the ids of versions are what people restore by; they stay those of SQLite.
    if (plan.version && !options.dryRun) {
      await client.query(
        `INSERT INTO data_version (kind, region_code, key, replaced_at, replaced_by, rows, total, payload)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          kind,
          kind === 'FUNDING' ? null : regionCode,
          key,
          options.at,
          options.actor,
          plan.version.rows,
          plan.version.total,
          plan.version.payload,
        ],
      );
    }
    if (plan.write) await adapters[kind].replace(client, regionCode, key, after);
    return plan.change;
  }
}
