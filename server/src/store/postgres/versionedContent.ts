import type pg from 'pg';
import type { ImportKind } from '../../import/types.js';
import { contentKey as k, flowContentRow, type Content, type ContentRow } from '../importContent.js';

/**
 * Reading and writing one count date or year per kind on PostgreSQL, as sqlite/versionedContent.ts
 * does on SQLite: the same rows in the same order (SQLite reads them along its indexes; the ORDER
 * BY here names that order), with the same fields, so that a version's payload and the rows an
 * import lists are the same on both stores. Every call runs on the caller's connection, inside
 * its transaction.
 */
export interface PgKindAdapter {
  current(client: pg.ClientBase, regionCode: string, key: string): Promise<Content>;
  /** The content of each of `keys` (empty where there is none), read in a few statements for all. */
  currentMany(client: pg.ClientBase, regionCode: string, keys: readonly string[]): Promise<Map<string, Content>>;
  /** Replaces the key's content by `content` (deletes what it does not have), one statement per table. */
  replace(client: pg.ClientBase, regionCode: string, key: string, content: Content): Promise<void>;
}

type Row = Record<string, string | number | null>;

const rowsOf = (list: Row[], key: (r: Row) => string, value: (r: Row) => number, extra: (r: Row) => string | null = () => null) =>
  new Map<string, ContentRow>(
    list.map((r) => [key(r), { value: value(r), extra: extra(r), sourceId: (r.sourceId as number | undefined) ?? null, fields: r }]),
  );

const rowList = (content: Content) => [...content.rows.values()];

const countKey = (r: Row) => k(r.scope, r.municipalityCode, r.domainCode);

/** currentMany of a kind whose imports hold few keys (years): one key after the other. */
function oneByOne(current: PgKindAdapter['current']): PgKindAdapter['currentMany'] {
  return async (client, regionCode, keys) => {
    const contents = new Map<string, Content>();
    for (const key of keys) contents.set(key, await current(client, regionCode, key));
    return contents;
  };
}

const adapters: Record<ImportKind, Omit<PgKindAdapter, 'currentMany'> & Partial<Pick<PgKindAdapter, 'currentMany'>>> = {
  CASELOAD: {
    current: async (client, regionCode, peildatum) => {
      const head = await client.query<{ precision: 'DAY' | 'MONTH'; total: number; sourceId: number }>(
        'SELECT precision, total, source_id AS "sourceId" FROM caseload_snapshot WHERE region_code = $1 AND peildatum = $2',
        [regionCode, peildatum],
      );
      const counts = await client.query<Row>(
        `SELECT scope, municipality_code AS "municipalityCode", domain_code AS "domainCode", count FROM caseload_count
          WHERE region_code = $1 AND peildatum = $2 ORDER BY scope, coalesce(municipality_code, ''), coalesce(domain_code, '')`,
        [regionCode, peildatum],
      );
      return { head: head.rows[0] ?? null, rows: rowsOf(counts.rows, countKey, (r) => r.count as number) };
    },
    // Count dates come by the thousand: two statements for all, rows as current() reads them.
    currentMany: async (client, regionCode, peildatums) => {
      const heads = await client.query<{ peildatum: string; precision: 'DAY' | 'MONTH'; total: number; sourceId: number }>(
        `SELECT peildatum, precision, total, source_id AS "sourceId" FROM caseload_snapshot
          WHERE region_code = $1 AND peildatum = ANY($2::text[])`,
        [regionCode, peildatums],
      );
      const counts = await client.query<Row & { peildatum: string }>(
        `SELECT peildatum, scope, municipality_code AS "municipalityCode", domain_code AS "domainCode", count FROM caseload_count
          WHERE region_code = $1 AND peildatum = ANY($2::text[])
          ORDER BY peildatum, scope, coalesce(municipality_code, ''), coalesce(domain_code, '')`,
        [regionCode, peildatums],
      );
      const rowsByDate = new Map<string, Row[]>();
      for (const { peildatum, ...row } of counts.rows) {
        const list = rowsByDate.get(peildatum);
        if (list) list.push(row);
        else rowsByDate.set(peildatum, [row]);
      }
      const headByDate = new Map(heads.rows.map(({ peildatum, ...head }) => [peildatum, head]));
      return new Map(
        peildatums.map((peildatum) => [
          peildatum,
          { head: headByDate.get(peildatum) ?? null, rows: rowsOf(rowsByDate.get(peildatum) ?? [], countKey, (r) => r.count as number) },
        ]),
      );
    },
    replace: async (client, regionCode, peildatum, content) => {
      await client.query('DELETE FROM caseload_count WHERE region_code = $1 AND peildatum = $2', [regionCode, peildatum]);
      if (!content.head) {
        await client.query('DELETE FROM caseload_snapshot WHERE region_code = $1 AND peildatum = $2', [regionCode, peildatum]);
        return;
      }
      await client.query(
        `INSERT INTO caseload_snapshot (region_code, peildatum, precision, total, source_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (region_code, peildatum) DO UPDATE SET precision = excluded.precision, total = excluded.total, source_id = excluded.source_id`,
        [regionCode, peildatum, content.head.precision ?? 'DAY', content.head.total, content.head.sourceId],
      );
      const rows = rowList(content);
      // One statement for all rows (arrays unnested in order), not a round trip per row.
      await client.query(
        `INSERT INTO caseload_count (region_code, peildatum, scope, municipality_code, domain_code, count)
         SELECT $1::text, $2::text, * FROM unnest($3::text[], $4::text[], $5::text[], $6::integer[])`,
        [
          regionCode,
          peildatum,
          rows.map((r) => r.fields.scope),
          rows.map((r) => r.fields.municipalityCode),
          rows.map((r) => r.fields.domainCode),
          rows.map((r) => r.value),
        ],
      );
    },
  },
  CONTRIBUTIONS: {
    current: async (client, regionCode, year) => {
      const head = await client.query<{ total: number; sourceId: number }>(
        'SELECT total_eur AS total, source_id AS "sourceId" FROM contribution_year WHERE region_code = $1 AND year = $2',
        [regionCode, Number(year)],
      );
      const amounts = await client.query<Row>(
        `SELECT municipality_code AS "municipalityCode", amount_eur AS "amountEur" FROM contribution
          WHERE region_code = $1 AND year = $2 ORDER BY municipality_code`,
        [regionCode, Number(year)],
      );
      return {
        head: head.rows[0] ?? null,
        rows: rowsOf(
          amounts.rows,
          (r) => String(r.municipalityCode),
          (r) => r.amountEur as number,
        ),
      };
    },
    replace: async (client, regionCode, year, content) => {
      await client.query('DELETE FROM contribution WHERE region_code = $1 AND year = $2', [regionCode, Number(year)]);
      if (!content.head) {
        await client.query('DELETE FROM contribution_year WHERE region_code = $1 AND year = $2', [regionCode, Number(year)]);
        return;
      }
      await client.query(
        `INSERT INTO contribution_year (region_code, year, total_eur, source_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (region_code, year) DO UPDATE SET total_eur = excluded.total_eur, source_id = excluded.source_id`,
        [regionCode, Number(year), content.head.total, content.head.sourceId],
      );
      const rows = rowList(content);
      await client.query(
        `INSERT INTO contribution (region_code, year, municipality_code, amount_eur)
         SELECT $1::text, $2::integer, * FROM unnest($3::text[], $4::bigint[])`,
        [regionCode, Number(year), rows.map((r) => r.fields.municipalityCode), rows.map((r) => r.value)],
      );
    },
  },
  POPULATION: {
    current: async (client, regionCode, year) => {
      const inhabitants = await client.query<Row>(
        `SELECT p.municipality_code AS "municipalityCode", p.inhabitants, p.reference_date AS "referenceDate", p.source_id AS "sourceId", s.document
           FROM population p JOIN source s ON s.id = p.source_id JOIN municipality m ON m.code = p.municipality_code
          WHERE m.region_code = $1 AND p.year = $2 ORDER BY p.municipality_code`,
        [regionCode, Number(year)],
      );
      return {
        head: null,
        rows: rowsOf(
          inhabitants.rows,
          (r) => String(r.municipalityCode),
          (r) => r.inhabitants as number,
          (r) => String(r.document),
        ),
      };
    },
    replace: async (client, regionCode, year, content) => {
      await client.query(
        'DELETE FROM population WHERE year = $1 AND municipality_code IN (SELECT code FROM municipality WHERE region_code = $2)',
        [Number(year), regionCode],
      );
      const rows = rowList(content);
      await client.query(
        `INSERT INTO population (municipality_code, year, inhabitants, reference_date, source_id)
         SELECT m, $1::integer, i, r, s FROM unnest($2::text[], $3::integer[], $4::text[], $5::integer[]) AS t (m, i, r, s)`,
        [
          Number(year),
          rows.map((r) => r.fields.municipalityCode),
          rows.map((r) => r.value),
          rows.map((r) => r.fields.referenceDate ?? null),
          rows.map((r) => r.sourceId),
        ],
      );
    },
  },
  FLOWS: {
    current: async (client, regionCode, month) => {
      const head = await client.query<{ total: number; normDays: number | null; sourceId: number }>(
        'SELECT inflow AS total, norm_days AS "normDays", source_id AS "sourceId" FROM flow_month WHERE region_code = $1 AND month = $2',
        [regionCode, month],
      );
      // In the order of flow_count_identity, as SQLite reads them.
      const counts = await client.query<Parameters<typeof flowContentRow>[0]>(
        `SELECT scope, municipality_code AS "municipalityCode", domain_code AS "domainCode", inflow, outflow,
                closed_within_norm AS "closedWithinNorm", median_days AS "medianDays", p80_days AS "p80Days"
           FROM flow_count WHERE region_code = $1 AND month = $2
          ORDER BY scope, coalesce(municipality_code, ''), coalesce(domain_code, '')`,
        [regionCode, month],
      );
      const normDays = head.rows[0]?.normDays ?? null;
      return { head: head.rows[0] ?? null, rows: new Map(counts.rows.map((r) => flowContentRow(r, normDays))) };
    },
    replace: async (client, regionCode, month, content) => {
      await client.query('DELETE FROM flow_count WHERE region_code = $1 AND month = $2', [regionCode, month]);
      if (!content.head) {
        await client.query('DELETE FROM flow_month WHERE region_code = $1 AND month = $2', [regionCode, month]);
        return;
      }
      await client.query(
        `INSERT INTO flow_month (region_code, month, inflow, norm_days, source_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (region_code, month) DO UPDATE SET inflow = excluded.inflow, norm_days = excluded.norm_days, source_id = excluded.source_id`,
        [regionCode, month, content.head.total, content.head.normDays ?? null, content.head.sourceId],
      );
      const rows = rowList(content);
      const field = (name: string) => rows.map((r) => r.fields[name] ?? null);
      await client.query(
        `INSERT INTO flow_count (region_code, month, scope, municipality_code, domain_code, inflow, outflow, closed_within_norm, median_days, p80_days)
         SELECT $1::text, $2::text, * FROM unnest($3::text[], $4::text[], $5::text[], $6::integer[], $7::integer[], $8::integer[], $9::float8[], $10::float8[])`,
        [
          regionCode,
          month,
          field('scope'),
          field('municipalityCode'),
          field('domainCode'),
          rows.map((r) => r.value),
          field('outflow'),
          field('closedWithinNorm'),
          field('medianDays'),
          field('p80Days'),
        ],
      );
    },
  },
  FUNDING: {
    current: async (client, _regionCode, year) => {
      const amounts = await client.query<Row>(
        `SELECT funding_code AS "fundingCode", amount_eur AS "amountEur", source_id AS "sourceId" FROM funding_amount
          WHERE year = $1 ORDER BY funding_code`,
        [Number(year)],
      );
      return {
        head: null,
        rows: rowsOf(
          amounts.rows,
          (r) => String(r.fundingCode),
          (r) => r.amountEur as number,
        ),
      };
    },
    replace: async (client, _regionCode, year, content) => {
      await client.query('DELETE FROM funding_amount WHERE year = $1', [Number(year)]);
      const rows = rowList(content);
      await client.query(
        `INSERT INTO funding_amount (year, funding_code, amount_eur, source_id)
         SELECT $1::integer, * FROM unnest($2::text[], $3::bigint[], $4::integer[])`,
        [Number(year), rows.map((r) => r.fields.fundingCode), rows.map((r) => r.value), rows.map((r) => r.sourceId)],
      );
    },
  },
};

export const pgKindAdapters = Object.fromEntries(
  Object.entries(adapters).map(([kind, adapter]) => [kind, { ...adapter, currentMany: adapter.currentMany ?? oneByOne(adapter.current) }]),
) as Record<ImportKind, PgKindAdapter>;
