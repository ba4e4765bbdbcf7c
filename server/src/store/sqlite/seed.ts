import type { SeedData, SeedSource } from '@zv/seed';
import type { SeedReport } from '../types.js';
import type { SqliteDatabase } from './open.js';
import { upserter } from './upsert.js';
import { FIGURE_TABLES } from '../figureTables.js';

/** Loads the seed in one transaction; rows already equal to the seed are left untouched. */
export function seedLoader(db: SqliteDatabase) {
  const findSource = db.prepare(
    'SELECT id, title FROM source WHERE document = @document AND section IS @section AND note IS @note AND url IS @url',
  );
  const insertSource = db.prepare(
    'INSERT INTO source (document, section, note, title, url) VALUES (@document, @section, @note, @title, @url)',
  );
  const setSourceTitle = db.prepare('UPDATE source SET title = @title WHERE id = @id');

  const region = upserter(db, { table: 'region', key: ['code'], columns: ['name', 'source_id'] });
  const municipality = upserter(db, { table: 'municipality', key: ['code'], columns: ['name', 'region_code'] });
  const population = upserter(db, {
    table: 'population',
    key: ['municipality_code', 'year'],
    columns: ['inhabitants', 'reference_date', 'source_id'],
  });
  const domain = upserter(db, {
    table: 'knowledge_domain',
    key: ['code'],
    columns: ['name', 'description', 'position', 'source_id'],
  });
  const snapshot = upserter(db, {
    table: 'caseload_snapshot',
    key: ['region_code', 'peildatum'],
    columns: ['precision', 'total', 'source_id'],
  });
  const caseCount = upserter(db, {
    table: 'caseload_count',
    key: ['region_code', 'peildatum', 'scope', 'municipality_code', 'domain_code'],
    columns: ['count'],
  });
  const contributionYear = upserter(db, { table: 'contribution_year', key: ['region_code', 'year'], columns: ['total_eur', 'source_id'] });
  const contribution = upserter(db, {
    table: 'contribution',
    key: ['region_code', 'year', 'municipality_code'],
    columns: ['amount_eur'],
  });
  const funding = upserter(db, {
    table: 'funding_source',
    key: ['code'],
    columns: ['name', 'amount_eur_per_year', 'structural', 'from_year', 'description', 'position', 'source_id'],
  });
  const capacity = upserter(db, {
    table: 'capacity_figure',
    key: ['label', 'stage'],
    columns: ['fte', 'temporary_fte', 'description', 'source_id'],
  });
  // Status is not in the seed: it belongs to the people who assess the themes.
  const theme = upserter(db, {
    table: 'theme',
    key: ['code'],
    columns: ['number', 'title', 'parent_code', 'summary', 'key_facts', 'source_id'],
  });

  const sourceId = (source: SeedSource, report: SeedReport): number => {
    const found = findSource.get(source) as { id: number; title: string | null } | undefined;
    if (!found) {
      report.added += 1;
      return Number(insertSource.run(source).lastInsertRowid);
    }
    if (found.title !== source.title) {
      setSourceTitle.run({ id: found.id, title: source.title });
      report.changed += 1;
    } else {
      report.unchanged += 1;
    }
    return found.id;
  };

  // The seed's figures are those of its own region: other regions in the database stay as they are.
  const load = db.transaction((seed: SeedData): SeedReport => {
    const report: SeedReport = { added: 0, changed: 0, unchanged: 0 };
    const region_code = seed.region.code;
    // Themes refer to their parent; check references once, at commit.
    db.pragma('defer_foreign_keys = ON');

    region({ code: seed.region.code, name: seed.region.name, source_id: sourceId(seed.region.source, report) }, report);
    for (const m of seed.municipalities) municipality({ code: m.code, name: m.name, region_code: seed.region.code }, report);
    for (const p of seed.population) {
      population(
        {
          municipality_code: p.municipalityCode,
          year: p.year,
          inhabitants: p.inhabitants,
          reference_date: p.referenceDate,
          source_id: sourceId(p.source, report),
        },
        report,
      );
    }
    for (const d of seed.knowledgeDomains) {
      domain(
        { code: d.code, name: d.name, description: d.description, position: d.position, source_id: sourceId(d.source, report) },
        report,
      );
    }
    for (const s of seed.caseloadSnapshots) {
      snapshot(
        { region_code, peildatum: s.peildatum, precision: s.precision, total: s.total, source_id: sourceId(s.source, report) },
        report,
      );
      for (const m of s.byMunicipality) {
        caseCount(
          {
            region_code,
            peildatum: s.peildatum,
            scope: 'municipality',
            municipality_code: m.municipalityCode,
            domain_code: null,
            count: m.count,
          },
          report,
        );
      }
      if (s.unspecified !== null) {
        caseCount(
          { region_code, peildatum: s.peildatum, scope: 'unspecified', municipality_code: null, domain_code: null, count: s.unspecified },
          report,
        );
      }
    }
    for (const y of seed.contributionYears) {
      contributionYear({ region_code, year: y.year, total_eur: y.totalEur, source_id: sourceId(y.source, report) }, report);
      for (const c of y.byMunicipality) {
        contribution({ region_code, year: y.year, municipality_code: c.municipalityCode, amount_eur: c.amountEur }, report);
      }
    }
    seed.fundingSources.forEach((f, index) => {
      funding(
        {
          code: f.code,
          name: f.name,
          amount_eur_per_year: f.amountEurPerYear,
          structural: f.structural === null ? null : Number(f.structural),
          from_year: f.fromYear,
          description: f.description,
          position: index + 1,
          source_id: sourceId(f.source, report),
        },
        report,
      );
    });
    for (const c of seed.capacity) {
      capacity(
        {
          label: c.label,
          stage: c.stage,
          fte: c.fte,
          temporary_fte: c.temporaryFte,
          description: c.description,
          source_id: sourceId(c.source, report),
        },
        report,
      );
    }
    for (const t of seed.themes) {
      theme(
        {
          code: t.code,
          number: t.number,
          title: t.title,
          parent_code: t.parentCode,
          summary: t.summary,
          key_facts: JSON.stringify(t.keyFacts),
          source_id: sourceId(t.source, report),
        },
        report,
      );
    }
    return report;
  });

  const clearAll = db.transaction(() => {
    for (const table of FIGURE_TABLES) db.prepare(`DELETE FROM ${table}`).run();
  });
  // One region of several: its own figures, versions, municipalities and the region itself.
  // What is per database (themes, steering, funding, capacity, domains, sources) is shared with
  // the other regions and stays.
  const regionStatements = [
    'DELETE FROM data_version WHERE region_code = ?',
    'DELETE FROM explanation WHERE region_code = ?',
    'DELETE FROM flow_count WHERE region_code = ?',
    'DELETE FROM flow_month WHERE region_code = ?',
    'DELETE FROM caseload_count WHERE region_code = ?',
    'DELETE FROM caseload_snapshot WHERE region_code = ?',
    'DELETE FROM contribution WHERE region_code = ?',
    'DELETE FROM contribution_year WHERE region_code = ?',
    'DELETE FROM population WHERE municipality_code IN (SELECT code FROM municipality WHERE region_code = ?)',
    'DELETE FROM municipality WHERE region_code = ?',
    'DELETE FROM region WHERE code = ?',
  ].map((sql) => db.prepare(sql));
  const otherRegions = db.prepare('SELECT count(*) FROM region WHERE code IS NOT ?').pluck();
  const clear = db.transaction((regionCode: string | null) => {
    if (regionCode === null || (otherRegions.get(regionCode) as number) === 0) clearAll();
    else for (const statement of regionStatements) statement.run(regionCode);
  });

  // A region without count dates, contribution years and inhabitants (or not in the database) is empty.
  const isEmpty = db
    .prepare(
      `SELECT NOT (EXISTS (SELECT 1 FROM caseload_snapshot WHERE region_code = @regionCode)
              OR EXISTS (SELECT 1 FROM contribution_year WHERE region_code = @regionCode)
              OR EXISTS (SELECT 1 FROM population p JOIN municipality m ON m.code = p.municipality_code
                          WHERE m.region_code = @regionCode)) AS empty`,
    )
    .pluck();

  return {
    loadSeed: (seed: SeedData) => load(seed),
    /** Empties one region's figures; the whole database when it holds no other region (or `regionCode` is null). */
    clear: (regionCode: string | null) => clear(regionCode),
    isEmpty: (regionCode: string) => (isEmpty.get({ regionCode }) as number) === 1,
  };
}
