import type { KnowledgeDomainRow, MunicipalityRow, PopulationRow, RegionRow, RegionTotalsRow, SourceRow } from '../types.js';
import { groupInKeyOrder, keysParam, pickInKeyOrder } from './keys.js';
import type { SqliteDatabase } from './open.js';

/**
 * Region, municipalities, inhabitants, knowledge domains, sources and the deployment's secrets. Municipalities and their
 * inhabitants are those of one region (`region`: its code; null answers nothing); knowledge
 * domains and sources are per database.
 */
export function referenceQueries(db: SqliteDatabase) {
  const regionCodes = db.prepare('SELECT code FROM region ORDER BY code').pluck();
  const region = db.prepare('SELECT code, name, source_id AS sourceId FROM region WHERE code = ?');
  const municipalities = db.prepare(
    'SELECT code, name, region_code AS regionCode FROM municipality WHERE region_code = ? ORDER BY name COLLATE NOCASE',
  );
  const municipalitiesByCode = db.prepare(
    `SELECT code, name, region_code AS regionCode FROM municipality
      WHERE region_code = ? AND code IN (SELECT value FROM json_each(?))`,
  );
  const population = db.prepare(
    `SELECT p.municipality_code AS municipalityCode, p.year, p.inhabitants, p.reference_date AS referenceDate, p.source_id AS sourceId
       FROM population p JOIN municipality m ON m.code = p.municipality_code
      WHERE m.region_code = ? AND p.municipality_code IN (SELECT value FROM json_each(?)) ORDER BY p.year`,
  );
  // Per region: its latest count at or before the date, and each municipality's inhabitants of
  // the latest year whose reference date (1 January when not stated) is at or before that count —
  // the region's own count date, not the date asked: a region counted in 2022 is set against its
  // inhabitants of 2022 — as populationAtDate chooses within one region.
  const regionTotals = db.prepare(
    `WITH latest AS (
       SELECT region_code, max(peildatum) AS peildatum FROM caseload_snapshot WHERE peildatum <= :date GROUP BY region_code
     ), chosen AS (
       SELECT m.region_code, p.inhabitants, p.year
         FROM municipality m JOIN latest l ON l.region_code = m.region_code JOIN population p ON p.municipality_code = m.code
        WHERE p.year = (SELECT max(q.year) FROM population q
                         WHERE q.municipality_code = m.code AND coalesce(q.reference_date, q.year || '-01-01') <= l.peildatum)
     ), people AS (
       SELECT region_code, sum(inhabitants) AS inhabitants, max(year) AS populationYear, count(*) AS counted FROM chosen GROUP BY region_code
     ), sizes AS (
       SELECT region_code, count(*) AS municipalities FROM municipality GROUP BY region_code
     )
     SELECT r.code, r.name, l.peildatum, s.total, pe.inhabitants, pe.populationYear,
            coalesce(sz.municipalities, 0) AS municipalities, coalesce(pe.counted, 0) AS municipalitiesWithInhabitants
       FROM region r
       LEFT JOIN latest l ON l.region_code = r.code
       LEFT JOIN caseload_snapshot s ON s.region_code = r.code AND s.peildatum = l.peildatum
       LEFT JOIN people pe ON pe.region_code = r.code
       LEFT JOIN sizes sz ON sz.region_code = r.code
      ORDER BY r.code`,
  );
  const domainColumns = 'code, name, description, position, source_id AS sourceId';
  const domains = db.prepare(`SELECT ${domainColumns} FROM knowledge_domain ORDER BY position`);
  const domainsByCode = db.prepare(`SELECT ${domainColumns} FROM knowledge_domain WHERE code IN (SELECT value FROM json_each(?))`);
  const sourcesById = db.prepare('SELECT id, document, section, note, title, url FROM source WHERE id IN (SELECT value FROM json_each(?))');
  const sources = db.prepare('SELECT id, document, section, note, title, url FROM source ORDER BY document, section, id');
  const createSecret = db.prepare('INSERT OR IGNORE INTO deployment_secret (purpose, value) VALUES (?, ?)');
  const secret = db.prepare('SELECT value FROM deployment_secret WHERE purpose = ?').pluck();

  return {
    /** Every region in the database, by code. */
    regionCodes: () => regionCodes.all() as string[],
    getRegion: (code: string): RegionRow | undefined => region.get(code) as RegionRow | undefined,
    listMunicipalities: (regionCode: string | null) => municipalities.all(regionCode) as MunicipalityRow[],
    getMunicipalities: (regionCode: string | null, codes: readonly string[]) =>
      pickInKeyOrder(codes, municipalitiesByCode.all(regionCode, keysParam(codes)) as MunicipalityRow[], (m) => m.code),
    populationByMunicipality: (regionCode: string | null, codes: readonly string[]) =>
      groupInKeyOrder(codes, population.all(regionCode, keysParam(codes)) as PopulationRow[], (p) => p.municipalityCode),
    regionTotals: (peildatum: string) => regionTotals.all({ date: peildatum }) as RegionTotalsRow[],
    listKnowledgeDomains: () => domains.all() as KnowledgeDomainRow[],
    getKnowledgeDomains: (codes: readonly string[]) =>
      pickInKeyOrder(codes, domainsByCode.all(keysParam(codes)) as KnowledgeDomainRow[], (d) => d.code),
    getSources: (ids: readonly number[]) => pickInKeyOrder(ids, sourcesById.all(keysParam(ids)) as SourceRow[], (s) => s.id),
    listSources: () => sources.all() as SourceRow[],
    createSecret: (purpose: string, value: Buffer) => void createSecret.run(purpose, value),
    getSecret: (purpose: string) => secret.get(purpose) as Buffer | undefined,
  };
}
