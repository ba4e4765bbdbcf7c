import type { ImportKind } from '../../import/types.js';
import { contentKey as k, flowContentRow, type Content } from '../importContent.js';
import type { SqliteDatabase } from './open.js';

/**
 * CASELOAD, CONTRIBUTIONS and POPULATION are those of one region (the inhabitants of its
 * municipalities); FUNDING is per database and ignores the region.
 */
export interface KindAdapter {
  current(regionCode: string, key: string): Content;
  /** Replaces the key's content by `content` (deletes what it does not have). */
  replace(regionCode: string, key: string, content: Content): void;
}

/** Reading and writing one unit per kind; all SQL of versioned content is here. */
export function kindAdapters(db: SqliteDatabase): Record<ImportKind, KindAdapter> {
  const snapshot = db.prepare(
    'SELECT precision, total, source_id AS sourceId FROM caseload_snapshot WHERE region_code = ? AND peildatum = ?',
  );
  const counts = db.prepare(
    'SELECT scope, municipality_code AS municipalityCode, domain_code AS domainCode, count FROM caseload_count WHERE region_code = ? AND peildatum = ?',
  );
  const deleteCounts = db.prepare('DELETE FROM caseload_count WHERE region_code = ? AND peildatum = ?');
  const deleteSnapshot = db.prepare('DELETE FROM caseload_snapshot WHERE region_code = ? AND peildatum = ?');
  const upsertSnapshot = db.prepare(
    `INSERT INTO caseload_snapshot (region_code, peildatum, precision, total, source_id) VALUES (@regionCode, @peildatum, @precision, @total, @sourceId)
     ON CONFLICT (region_code, peildatum) DO UPDATE SET precision = excluded.precision, total = excluded.total, source_id = excluded.source_id`,
  );
  const insertCount = db.prepare(
    `INSERT INTO caseload_count (region_code, peildatum, scope, municipality_code, domain_code, count) VALUES (?, ?, ?, ?, ?, ?)`,
  );

  const contributionYear = db.prepare(
    'SELECT total_eur AS total, source_id AS sourceId FROM contribution_year WHERE region_code = ? AND year = ?',
  );
  const contributions = db.prepare(
    'SELECT municipality_code AS municipalityCode, amount_eur AS amountEur FROM contribution WHERE region_code = ? AND year = ?',
  );
  const deleteContributions = db.prepare('DELETE FROM contribution WHERE region_code = ? AND year = ?');
  const deleteContributionYear = db.prepare('DELETE FROM contribution_year WHERE region_code = ? AND year = ?');
  const upsertContributionYear = db.prepare(
    `INSERT INTO contribution_year (region_code, year, total_eur, source_id) VALUES (@regionCode, @year, @total, @sourceId)
     ON CONFLICT (region_code, year) DO UPDATE SET total_eur = excluded.total_eur, source_id = excluded.source_id`,
  );
  const insertContribution = db.prepare(
    'INSERT INTO contribution (region_code, year, municipality_code, amount_eur) VALUES (@regionCode, @year, @municipalityCode, @amountEur)',
  );

  const population = db.prepare(
    `SELECT p.municipality_code AS municipalityCode, p.inhabitants, p.reference_date AS referenceDate, p.source_id AS sourceId, s.document
       FROM population p JOIN source s ON s.id = p.source_id JOIN municipality m ON m.code = p.municipality_code
      WHERE m.region_code = ? AND p.year = ?`,
  );
  const deletePopulation = db.prepare(
    'DELETE FROM population WHERE year = ? AND municipality_code IN (SELECT code FROM municipality WHERE region_code = ?)',
  );
  const insertPopulation = db.prepare(
    'INSERT INTO population (municipality_code, year, inhabitants, reference_date, source_id) VALUES (@municipalityCode, @year, @inhabitants, @referenceDate, @sourceId)',
  );

  const funding = db.prepare(
    'SELECT funding_code AS fundingCode, amount_eur AS amountEur, source_id AS sourceId FROM funding_amount WHERE year = ?',
  );
  const deleteFunding = db.prepare('DELETE FROM funding_amount WHERE year = ?');
  const insertFunding = db.prepare(
    'INSERT INTO funding_amount (year, funding_code, amount_eur, source_id) VALUES (@year, @fundingCode, @amountEur, @sourceId)',
  );

  const flowMonth = db.prepare(
    'SELECT inflow AS total, norm_days AS normDays, source_id AS sourceId FROM flow_month WHERE region_code = ? AND month = ?',
  );
  const flowCounts = db.prepare(
    `SELECT scope, municipality_code AS municipalityCode, domain_code AS domainCode, inflow, outflow,
            closed_within_norm AS closedWithinNorm, median_days AS medianDays, p80_days AS p80Days
       FROM flow_count WHERE region_code = ? AND month = ? ORDER BY scope, ifnull(municipality_code, ''), ifnull(domain_code, '')`,
  );
  const deleteFlowCounts = db.prepare('DELETE FROM flow_count WHERE region_code = ? AND month = ?');
  const deleteFlowMonth = db.prepare('DELETE FROM flow_month WHERE region_code = ? AND month = ?');
  const upsertFlowMonth = db.prepare(
    `INSERT INTO flow_month (region_code, month, inflow, norm_days, source_id) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (region_code, month) DO UPDATE SET inflow = excluded.inflow, norm_days = excluded.norm_days, source_id = excluded.source_id`,
  );
  const insertFlowCount = db.prepare(
    `INSERT INTO flow_count (region_code, month, scope, municipality_code, domain_code, inflow, outflow, closed_within_norm, median_days, p80_days)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  type Row = Record<string, string | number | null>;
  const rowsOf = (list: Row[], key: (r: Row) => string, value: (r: Row) => number, extra: (r: Row) => string | null = () => null) =>
    new Map(
      list.map((r) => [key(r), { value: value(r), extra: extra(r), sourceId: (r.sourceId as number | undefined) ?? null, fields: r }]),
    );

  return {
    CASELOAD: {
      current: (regionCode, peildatum) => {
        const head = snapshot.get(regionCode, peildatum) as { precision: 'DAY' | 'MONTH'; total: number; sourceId: number } | undefined;
        return {
          head: head ?? null,
          rows: rowsOf(
            counts.all(regionCode, peildatum) as Row[],
            (r) => k(r.scope, r.municipalityCode, r.domainCode),
            (r) => r.count as number,
          ),
        };
      },
      replace: (regionCode, peildatum, content) => {
        deleteCounts.run(regionCode, peildatum);
        if (!content.head) {
          deleteSnapshot.run(regionCode, peildatum);
          return;
        }
        upsertSnapshot.run({
          regionCode,
          peildatum,
          precision: content.head.precision ?? 'DAY',
          total: content.head.total,
          sourceId: content.head.sourceId,
        });
        // Positional: a million rows bind measurably faster than with a named object each.
        for (const row of content.rows.values()) {
          insertCount.run(regionCode, peildatum, row.fields.scope, row.fields.municipalityCode, row.fields.domainCode, row.value);
        }
      },
    },
    CONTRIBUTIONS: {
      current: (regionCode, year) => ({
        head: (contributionYear.get(regionCode, Number(year)) as { total: number; sourceId: number } | undefined) ?? null,
        rows: rowsOf(
          contributions.all(regionCode, Number(year)) as Row[],
          (r) => String(r.municipalityCode),
          (r) => r.amountEur as number,
        ),
      }),
      replace: (regionCode, year, content) => {
        deleteContributions.run(regionCode, Number(year));
        if (!content.head) {
          deleteContributionYear.run(regionCode, Number(year));
          return;
        }
        upsertContributionYear.run({ regionCode, year: Number(year), total: content.head.total, sourceId: content.head.sourceId });
        for (const row of content.rows.values()) {
          insertContribution.run({ regionCode, year: Number(year), municipalityCode: row.fields.municipalityCode, amountEur: row.value });
        }
      },
    },
    POPULATION: {
      current: (regionCode, year) => ({
        head: null,
        rows: rowsOf(
          population.all(regionCode, Number(year)) as Row[],
          (r) => String(r.municipalityCode),
          (r) => r.inhabitants as number,
          (r) => String(r.document),
        ),
      }),
      replace: (regionCode, year, content) => {
        deletePopulation.run(Number(year), regionCode);
        for (const row of content.rows.values()) {
          insertPopulation.run({
            municipalityCode: row.fields.municipalityCode,
            year: Number(year),
            inhabitants: row.value,
            referenceDate: row.fields.referenceDate ?? null,
            sourceId: row.sourceId,
          });
        }
      },
    },
    FLOWS: {
      current: (regionCode, month) => {
        const head = flowMonth.get(regionCode, month) as { total: number; normDays: number | null; sourceId: number } | undefined;
        type FlowRow = Parameters<typeof flowContentRow>[0];
        return {
          head: head ?? null,
          rows: new Map((flowCounts.all(regionCode, month) as FlowRow[]).map((r) => flowContentRow(r, head?.normDays ?? null))),
        };
      },
      replace: (regionCode, month, content) => {
        deleteFlowCounts.run(regionCode, month);
        if (!content.head) {
          deleteFlowMonth.run(regionCode, month);
          return;
        }
        upsertFlowMonth.run(regionCode, month, content.head.total, content.head.normDays ?? null, content.head.sourceId);
        for (const row of content.rows.values()) {
          const f = row.fields;
          insertFlowCount.run(
            regionCode,
            month,
            f.scope,
            f.municipalityCode,
            f.domainCode,
            row.value,
            f.outflow,
            f.closedWithinNorm,
            f.medianDays,
            f.p80Days,
          );
        }
      },
    },
    FUNDING: {
      current: (_regionCode, year) => ({
        head: null,
        rows: rowsOf(
          funding.all(Number(year)) as Row[],
          (r) => String(r.fundingCode),
          (r) => r.amountEur as number,
        ),
      }),
      replace: (_regionCode, year, content) => {
        deleteFunding.run(Number(year));
        for (const row of content.rows.values())
          insertFunding.run({ year: Number(year), fundingCode: row.fields.fundingCode, amountEur: row.value, sourceId: row.sourceId });
      },
    },
  };
}
