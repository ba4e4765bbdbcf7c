import type { KnowledgeDomainRow, MunicipalityRow, PopulationRow, RegionRow, SourceRow } from '../types.js';
import { groupInKeyOrder, keysParam, pickInKeyOrder } from './keys.js';
import type { SqliteDatabase } from './open.js';

/** Region, municipalities, inhabitants, knowledge domains and sources. */
export function referenceQueries(db: SqliteDatabase) {
  const region = db.prepare('SELECT code, name, source_id AS sourceId FROM region LIMIT 1');
  const municipalities = db.prepare(
    'SELECT code, name, region_code AS regionCode FROM municipality ORDER BY name COLLATE NOCASE',
  );
  const municipalitiesByCode = db.prepare(
    'SELECT code, name, region_code AS regionCode FROM municipality WHERE code IN (SELECT value FROM json_each(?))',
  );
  const population = db.prepare(
    `SELECT municipality_code AS municipalityCode, year, inhabitants, reference_date AS referenceDate, source_id AS sourceId
       FROM population WHERE municipality_code IN (SELECT value FROM json_each(?)) ORDER BY year`,
  );
  const domainColumns = 'code, name, description, position, source_id AS sourceId';
  const domains = db.prepare(`SELECT ${domainColumns} FROM knowledge_domain ORDER BY position`);
  const domainsByCode = db.prepare(
    `SELECT ${domainColumns} FROM knowledge_domain WHERE code IN (SELECT value FROM json_each(?))`,
  );
  const sourcesById = db.prepare(
    'SELECT id, document, section, note, title, url FROM source WHERE id IN (SELECT value FROM json_each(?))',
  );
  const sources = db.prepare('SELECT id, document, section, note, title, url FROM source ORDER BY document, section, id');

  return {
    getRegion: (): RegionRow | undefined => region.get() as RegionRow | undefined,
    listMunicipalities: () => municipalities.all() as MunicipalityRow[],
    getMunicipalities: (codes: readonly string[]) =>
      pickInKeyOrder(codes, municipalitiesByCode.all(keysParam(codes)) as MunicipalityRow[], (m) => m.code),
    populationByMunicipality: (codes: readonly string[]) =>
      groupInKeyOrder(codes, population.all(keysParam(codes)) as PopulationRow[], (p) => p.municipalityCode),
    listKnowledgeDomains: () => domains.all() as KnowledgeDomainRow[],
    getKnowledgeDomains: (codes: readonly string[]) =>
      pickInKeyOrder(codes, domainsByCode.all(keysParam(codes)) as KnowledgeDomainRow[], (d) => d.code),
    getSources: (ids: readonly number[]) =>
      pickInKeyOrder(ids, sourcesById.all(keysParam(ids)) as SourceRow[], (s) => s.id),
    listSources: () => sources.all() as SourceRow[],
  };
}
