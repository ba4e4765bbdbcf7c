import type { KnowledgeDomainRow, MunicipalityRow, PopulationRow, RegionRow, SourceRow } from '../types.js';
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
    listKnowledgeDomains: () => domains.all() as KnowledgeDomainRow[],
    getKnowledgeDomains: (codes: readonly string[]) =>
      pickInKeyOrder(codes, domainsByCode.all(keysParam(codes)) as KnowledgeDomainRow[], (d) => d.code),
    getSources: (ids: readonly number[]) => pickInKeyOrder(ids, sourcesById.all(keysParam(ids)) as SourceRow[], (s) => s.id),
    listSources: () => sources.all() as SourceRow[],
    createSecret: (purpose: string, value: Buffer) => void createSecret.run(purpose, value),
    getSecret: (purpose: string) => secret.get(purpose) as Buffer | undefined,
  };
}
