import type pg from 'pg';
import type { ImportKind } from '../../import/types.js';
import {
  addedCountRows,
  EMPTY,
  IS_BREAKDOWN_ROW,
  merged,
  planPut,
  touchedRows,
  type Content,
  type PutPlan,
  type RowBudget,
  type StagedRow,
} from '../importContent.js';
import { ROW_CHANGE_LIMIT, type ApplyOptions, type KeyChange } from '../ImportStore.js';
import { SourceIds } from './importSources.js';
import { pgKindAdapters as adapters } from './versionedContent.js';

/** Count dates or years applied together: read, compared and written in a few statements. */
const APPLY_CHUNK = 500;

/** A key's planned content and the version it replaces. */
interface Write {
  key: string;
  version: PutPlan['version'];
  after: Content;
}

/**
 * Applies the staging table of `client`'s session to the region's figures, inside the caller's
 * transaction: the work of PgImportStore.applyStaged, with the answers of sqlite/imports.ts.
 * New count dates go in a few statements for all; the other keys a few hundred at a time.
 */
export async function applyStagedRows(
  client: pg.ClientBase,
  regionCode: string,
  kind: ImportKind,
  options: ApplyOptions,
): Promise<KeyChange[]> {
  // Autovacuum never analyses a temp table: without statistics the planner guesses its size.
  await client.query('ANALYZE pg_temp.import_stage');
  const sources = new SourceIds(client);
  const importSource = () => sources.resolve(options.source.document, options.source.note);
  const budget: RowBudget = { left: ROW_CHANGE_LIMIT };
  const { rows: staged } = await client.query<{ key: string }>('SELECT DISTINCT key FROM pg_temp.import_stage ORDER BY key');
  const keys = staged.map((row) => row.key);
  // New count dates are written all at once; their changes are listed in key order below.
  const added = kind === 'CASELOAD' ? await addNewCounts(client, regionCode, options, importSource) : new Map<string, never>();
  const changes: KeyChange[] = [];
  // The other keys a few hundred at a time: read, compared and written in a few statements each.
  for (let start = 0; start < keys.length; start += APPLY_CHUNK) {
    const chunk = keys.slice(start, start + APPLY_CHUNK);
    const existing = chunk.filter((key) => !added.has(key));
    const stagedOf = await stagedRows(client, existing);
    const current = await adapters[kind].currentMany(client, regionCode, existing);
    const writes: Write[] = [];
    for (const key of chunk) {
      const listAdded = added.get(key);
      if (listAdded) {
        changes.push(listAdded(budget));
        continue;
      }
      const rows = stagedOf.get(key) ?? [];
      const before = current.get(key) ?? EMPTY;
      const after = await sources.within((ids) => merged(kind, before, rows, key, options, ids), options.source);
      // CASELOAD replaces a count date whole; the other kinds change only the rows named.
      const plan = planPut(key, before, after, touchedRows(kind, rows), budget);
      changes.push(plan.change);
      if (plan.write) writes.push({ key, version: plan.version, after });
    }
    await writeAll(client, kind, regionCode, writes, options);
  }
  return changes;
}

/**
 * Adds the count dates that do not exist yet, straight from the staging table in SQL, a few
 * statements for all of them (a million-row import is mostly new dates). Answers, per new date,
 * its change as the import lists it once `budget` reaches it (the rows listed come from the
 * first ROW_CHANGE_LIMIT rows of all new dates: the budget never reaches past those).
 */
async function addNewCounts(
  client: pg.ClientBase,
  regionCode: string,
  options: ApplyOptions,
  importSource: () => Promise<number>,
): Promise<Map<string, (budget: RowBudget) => KeyChange>> {
  const { rows: fresh } = await client.query<{ key: string; rows: number; parts: number }>(
    `SELECT key, count(*) FILTER (WHERE ${IS_BREAKDOWN_ROW}) AS rows,
            coalesce(sum(value) FILTER (WHERE ${IS_BREAKDOWN_ROW} AND domain_code IS NULL), 0)::bigint AS parts
       FROM pg_temp.import_stage s
      WHERE NOT EXISTS (SELECT 1 FROM caseload_snapshot c WHERE c.region_code = $1 AND c.peildatum = s.key)
      GROUP BY key ORDER BY key`,
    [regionCode],
  );
  const added = new Map<string, (budget: RowBudget) => KeyChange>();
  if (fresh.length === 0) return added;
  const keys = fresh.map((f) => f.key);
  const totals = fresh.map((f) => options.totals?.get(f.key) ?? f.parts);
  await client.query(
    `INSERT INTO caseload_snapshot (region_code, peildatum, precision, total, source_id)
     SELECT $1::text, key, 'DAY', total, $2::integer FROM unnest($3::text[], $4::integer[]) AS t (key, total)`,
    [regionCode, await importSource(), keys, totals],
  );
  await client.query(
    `INSERT INTO caseload_count (region_code, peildatum, scope, municipality_code, domain_code, count)
     SELECT $1::text, key, scope, municipality_code, domain_code, value FROM pg_temp.import_stage
      WHERE key = ANY($2::text[]) AND ${IS_BREAKDOWN_ROW} ORDER BY key, seq`,
    [regionCode, keys],
  );
  const listed = await client.query<{
    key: string;
    scope: string;
    municipalityCode: string | null;
    domainCode: string | null;
    value: number;
  }>(
    `SELECT key, scope, municipality_code AS "municipalityCode", domain_code AS "domainCode", value FROM pg_temp.import_stage
      WHERE key = ANY($1::text[]) AND ${IS_BREAKDOWN_ROW} ORDER BY key, seq LIMIT $2`,
    [keys, ROW_CHANGE_LIMIT],
  );
  const listedOf = new Map<string, (typeof listed.rows)[number][]>();
  for (const row of listed.rows) {
    const list = listedOf.get(row.key);
    if (list) list.push(row);
    else listedOf.set(row.key, [row]);
  }
  fresh.forEach(({ key, rows }, i) =>
    added.set(key, (budget) => {
      const list = addedCountRows((listedOf.get(key) ?? []).slice(0, budget.left));
      budget.left -= list.length;
      return {
        key,
        effect: 'ADDED',
        added: rows,
        changed: 0,
        unchanged: 0,
        removed: 0,
        totalBefore: null,
        totalAfter: totals[i]!,
        rows: list,
      };
    }),
  );
  return added;
}

/** The staged rows of `keys`, per key in file order. */
async function stagedRows(client: pg.ClientBase, keys: readonly string[]): Promise<Map<string, StagedRow[]>> {
  const byKey = new Map<string, StagedRow[]>();
  if (keys.length === 0) return byKey;
  const { rows } = await client.query<StagedRow>(
    `SELECT key, scope, municipality_code AS "municipalityCode", domain_code AS "domainCode", code, value, text
       FROM pg_temp.import_stage WHERE key = ANY($1::text[]) ORDER BY key, seq`,
    [keys],
  );
  for (const row of rows) {
    const list = byKey.get(row.key);
    if (list) list.push(row);
    else byKey.set(row.key, [row]);
  }
  return byKey;
}

/**
 * Writes the planned contents of several keys: their versions in one statement (ids in key
 * order, as one by one), then the contents; CASELOAD's straight from the staging table in SQL
 * (what the adapter would write row by row), three statements for all its count dates.
 */
async function writeAll(client: pg.ClientBase, kind: ImportKind, regionCode: string, writes: readonly Write[], options: ApplyOptions) {
  // A dry run keeps no version: rolled back, it would still use up ids of the identity (see PgImportStore).
  const versions = options.dryRun ? [] : writes.flatMap(({ key, version }) => (version ? [{ key, ...version }] : []));
  if (versions.length > 0) {
    await client.query(
      `INSERT INTO data_version (kind, region_code, key, replaced_at, replaced_by, rows, total, payload)
       SELECT $1::text, $2::text, key, $3::text, $4::text, rows, total, payload
         FROM unnest($5::text[], $6::integer[], $7::bigint[], $8::text[]) WITH ORDINALITY AS t (key, rows, total, payload, n) ORDER BY n`,
      [
        kind,
        kind === 'FUNDING' ? null : regionCode,
        options.at,
        options.actor,
        versions.map((v) => v.key),
        versions.map((v) => v.rows),
        versions.map((v) => v.total),
        versions.map((v) => v.payload),
      ],
    );
  }
  if (kind !== 'CASELOAD') {
    for (const { key, after } of writes) await adapters[kind].replace(client, regionCode, key, after);
    return;
  }
  if (writes.length === 0) return;
  const keys = writes.map((w) => w.key);
  const heads = writes.map(({ key, after }) => {
    if (!after.head) throw new Error(`count ${key} without a head`);
    return after.head;
  });
  await client.query('DELETE FROM caseload_count WHERE region_code = $1 AND peildatum = ANY($2::text[])', [regionCode, keys]);
  await client.query(
    `UPDATE caseload_snapshot c SET precision = 'DAY', total = t.total, source_id = t.source
       FROM unnest($2::text[], $3::integer[], $4::integer[]) AS t (key, total, source)
      WHERE c.region_code = $1 AND c.peildatum = t.key`,
    [regionCode, keys, heads.map((h) => h.total), heads.map((h) => h.sourceId)],
  );
  await client.query(
    `INSERT INTO caseload_count (region_code, peildatum, scope, municipality_code, domain_code, count)
     SELECT $1::text, key, scope, municipality_code, domain_code, value FROM pg_temp.import_stage
      WHERE key = ANY($2::text[]) AND ${IS_BREAKDOWN_ROW} ORDER BY key, seq`,
    [regionCode, keys],
  );
}
