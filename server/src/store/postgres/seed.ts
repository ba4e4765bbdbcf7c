import type { SeedData, SeedSource } from '@zv/seed';
import type pg from 'pg';
import type { SeedReport } from '../types.js';
import { inTransaction, LOCK_NAMESPACE } from './pool.js';
import { seedSources, sourceIdentity, writeSources } from './seedSources.js';
import { pgUpserter, type SqlRow } from './upsert.js';
import { FIGURE_TABLES } from '../figureTables.js';

/**
 * The emptied tables whose ids the database numbers. SQLite numbers a new row max(id) + 1, so
 * after everything is emptied it counts from 1 again; the identities restart to do the same,
 * and a seed loaded after `clear` gets the same ids on both stores. (RESTART, unlike setval(), is
 * undone with the transaction: a clear that fails leaves the numbering as it was.)
 */
const NUMBERED_TABLES = ['data_version', 'goal', 'theme_edit', 'note', 'explanation', 'capacity_figure', 'source'] as const;

/** One region of several: its own figures, versions, municipalities and the region itself (as sqlite/seed.ts). */
const REGION_STATEMENTS = [
  'DELETE FROM data_version WHERE region_code = $1',
  'DELETE FROM explanation WHERE region_code = $1',
  'DELETE FROM flow_count WHERE region_code = $1',
  'DELETE FROM flow_month WHERE region_code = $1',
  'DELETE FROM caseload_count WHERE region_code = $1',
  'DELETE FROM caseload_snapshot WHERE region_code = $1',
  'DELETE FROM contribution WHERE region_code = $1',
  'DELETE FROM contribution_year WHERE region_code = $1',
  'DELETE FROM population WHERE municipality_code IN (SELECT code FROM municipality WHERE region_code = $1)',
  'DELETE FROM municipality WHERE region_code = $1',
  'DELETE FROM region WHERE code = $1',
] as const;

const region = pgUpserter({ table: 'region', key: { code: 'text' }, columns: { name: 'text', source_id: 'integer' } });
const municipality = pgUpserter({ table: 'municipality', key: { code: 'text' }, columns: { name: 'text', region_code: 'text' } });
const population = pgUpserter({
  table: 'population',
  key: { municipality_code: 'text', year: 'integer' },
  columns: { inhabitants: 'integer', reference_date: 'text', source_id: 'integer' },
});
const domain = pgUpserter({
  table: 'knowledge_domain',
  key: { code: 'text' },
  columns: { name: 'text', description: 'text', position: 'integer', source_id: 'integer' },
});
const snapshot = pgUpserter({
  table: 'caseload_snapshot',
  key: { region_code: 'text', peildatum: 'text' },
  columns: { precision: 'text', total: 'integer', source_id: 'integer' },
});
const caseCount = pgUpserter({
  table: 'caseload_count',
  key: { region_code: 'text', peildatum: 'text', scope: 'text', municipality_code: 'text', domain_code: 'text' },
  columns: { count: 'integer' },
  conflict: "region_code, peildatum, scope, coalesce(municipality_code, ''), coalesce(domain_code, '')",
});
const contributionYear = pgUpserter({
  table: 'contribution_year',
  key: { region_code: 'text', year: 'integer' },
  columns: { total_eur: 'bigint', source_id: 'integer' },
});
const contribution = pgUpserter({
  table: 'contribution',
  key: { region_code: 'text', year: 'integer', municipality_code: 'text' },
  columns: { amount_eur: 'bigint' },
});
const funding = pgUpserter({
  table: 'funding_source',
  key: { code: 'text' },
  columns: {
    name: 'text',
    amount_eur_per_year: 'bigint',
    structural: 'boolean',
    from_year: 'integer',
    description: 'text',
    position: 'integer',
    source_id: 'integer',
  },
});
const capacity = pgUpserter({
  table: 'capacity_figure',
  key: { label: 'text', stage: 'text' },
  columns: { fte: 'double precision', temporary_fte: 'double precision', description: 'text', source_id: 'integer' },
});
// Status and the details people edit are not in the seed: they belong to the people who assess the themes.
const theme = pgUpserter({
  table: 'theme',
  key: { code: 'text' },
  columns: { number: 'integer', title: 'text', parent_code: 'text', summary: 'text', key_facts: 'text', source_id: 'integer' },
});

/**
 * Seed loading and `clear` on PostgreSQL, the counterpart of sqlite/seed.ts: the seed in one
 * transaction, rows already equal to it left untouched, and the same report. Loads and clears
 * take one advisory lock for the length of their transaction, so that two servers loading the
 * seed at once do it one after the other (the second then finds every row equal) instead of
 * both adding the same sources.
 */
export class PgSeedLoader {
  constructor(private readonly pool: pg.Pool) {}

  /** Loads the seed of one region; other regions in the database stay as they are. */
  async loadSeed(seed: SeedData): Promise<SeedReport> {
    return inTransaction(this.pool, async (client) => {
      await lockSeed(client);
      const report: SeedReport = { added: 0, changed: 0, unchanged: 0 };
      const sourceIds = await writeSources(client, seedSources(seed), report);
      const sourceId = (s: SeedSource) => sourceIds.get(sourceIdentity(s))!;
      const region_code = seed.region.code;

      await region(client, [{ code: region_code, name: seed.region.name, source_id: sourceId(seed.region.source) }], report);
      await municipality(
        client,
        seed.municipalities.map((m) => ({ code: m.code, name: m.name, region_code })),
        report,
      );
      await population(
        client,
        seed.population.map((p) => ({
          municipality_code: p.municipalityCode,
          year: p.year,
          inhabitants: p.inhabitants,
          reference_date: p.referenceDate,
          source_id: sourceId(p.source),
        })),
        report,
      );
      await domain(
        client,
        seed.knowledgeDomains.map((d) => ({
          code: d.code,
          name: d.name,
          description: d.description,
          position: d.position,
          source_id: sourceId(d.source),
        })),
        report,
      );
      await snapshot(
        client,
        seed.caseloadSnapshots.map((s) => ({
          region_code,
          peildatum: s.peildatum,
          precision: s.precision,
          total: s.total,
          source_id: sourceId(s.source),
        })),
        report,
      );
      await caseCount(
        client,
        seed.caseloadSnapshots.flatMap((s) => [
          ...s.byMunicipality.map((m): SqlRow => ({
            region_code,
            peildatum: s.peildatum,
            scope: 'municipality',
            municipality_code: m.municipalityCode,
            domain_code: null,
            count: m.count,
          })),
          ...(s.unspecified === null
            ? []
            : [
                {
                  region_code,
                  peildatum: s.peildatum,
                  scope: 'unspecified',
                  municipality_code: null,
                  domain_code: null,
                  count: s.unspecified,
                },
              ]),
        ]),
        report,
      );
      await contributionYear(
        client,
        seed.contributionYears.map((y) => ({ region_code, year: y.year, total_eur: y.totalEur, source_id: sourceId(y.source) })),
        report,
      );
      await contribution(
        client,
        seed.contributionYears.flatMap((y) =>
          y.byMunicipality.map((c) => ({ region_code, year: y.year, municipality_code: c.municipalityCode, amount_eur: c.amountEur })),
        ),
        report,
      );
      await funding(
        client,
        seed.fundingSources.map((f, index) => ({
          code: f.code,
          name: f.name,
          amount_eur_per_year: f.amountEurPerYear,
          structural: f.structural,
          from_year: f.fromYear,
          description: f.description,
          position: index + 1,
          source_id: sourceId(f.source),
        })),
        report,
      );
      await capacity(
        client,
        seed.capacity.map((c) => ({
          label: c.label,
          stage: c.stage,
          fte: c.fte,
          temporary_fte: c.temporaryFte,
          description: c.description,
          source_id: sourceId(c.source),
        })),
        report,
      );
      // Themes refer to their parent; one statement writes them all, and PostgreSQL checks a
      // reference at the end of the statement, so a parent may come after its child.
      await theme(
        client,
        seed.themes.map((t) => ({
          code: t.code,
          number: t.number,
          title: t.title,
          parent_code: t.parentCode,
          summary: t.summary,
          key_facts: JSON.stringify(t.keyFacts),
          source_id: sourceId(t.source),
        })),
        report,
      );
      return report;
    });
  }

  /**
   * Empties one region's figures; the whole database's figures when it holds no other region (or
   * `regionCode` is null). What is per database (themes, steering, funding, capacity, domains,
   * sources) is shared with the other regions and stays while there are any.
   */
  async clear(regionCode: string | null) {
    await inTransaction(this.pool, async (client) => {
      await lockSeed(client);
      const { rows } = await client.query<{ n: number }>('SELECT count(*) AS n FROM region WHERE code IS DISTINCT FROM $1', [regionCode]);
      if (regionCode === null || rows[0]!.n === 0) {
        for (const table of FIGURE_TABLES) await client.query(`DELETE FROM ${table}`);
        for (const table of NUMBERED_TABLES) await client.query(`ALTER TABLE ${table} ALTER COLUMN id RESTART`);
      } else {
        for (const statement of REGION_STATEMENTS) await client.query(statement, [regionCode]);
      }
    });
  }

  /** A region without count dates, contribution years and inhabitants (or not in the database) is empty. */
  async isEmpty(regionCode: string) {
    const { rows } = await this.pool.query<{ empty: boolean }>(
      `SELECT NOT (EXISTS (SELECT 1 FROM caseload_snapshot WHERE region_code = $1)
              OR EXISTS (SELECT 1 FROM contribution_year WHERE region_code = $1)
              OR EXISTS (SELECT 1 FROM population p JOIN municipality m ON m.code = p.municipality_code
                          WHERE m.region_code = $1)) AS empty`,
      [regionCode],
    );
    return rows[0]!.empty;
  }
}

/** Loads and clears one after the other, across servers; released at commit or rollback. */
async function lockSeed(client: pg.PoolClient) {
  await client.query('SELECT pg_advisory_xact_lock($1, 0)', [LOCK_NAMESPACE.seed]);
}
