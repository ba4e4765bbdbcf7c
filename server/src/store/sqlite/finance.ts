import type { CapacityFigureRow, ContributionRow, ContributionYearRow, FundingSourceRow } from '../types.js';
import { groupInKeyOrder, keysParam } from './keys.js';
import type { SqliteDatabase } from './open.js';

/**
 * Municipal contributions of one region (`regionCode`; null answers nothing); funding sources and
 * the ZVH's capacity, which are per database.
 */
export function financeQueries(db: SqliteDatabase) {
  const years = db.prepare(
    'SELECT year, total_eur AS totalEur, source_id AS sourceId FROM contribution_year WHERE region_code = ? ORDER BY year',
  );
  const contributions = db.prepare(
    `SELECT year, municipality_code AS municipalityCode, amount_eur AS amountEur
       FROM contribution WHERE region_code = ? AND year IN (SELECT value FROM json_each(?)) ORDER BY year, municipality_code`,
  );
  const funding = db.prepare(
    `SELECT code, name, amount_eur_per_year AS amountEurPerYear, structural, from_year AS fromYear,
            description, source_id AS sourceId
       FROM funding_source ORDER BY position`,
  );
  const capacity = db.prepare(
    `SELECT label, stage, fte, temporary_fte AS temporaryFte, description, source_id AS sourceId
       FROM capacity_figure ORDER BY id`,
  );
  return {
    listContributionYears: (regionCode: string | null) => years.all(regionCode) as ContributionYearRow[],
    contributionsByYear: (regionCode: string | null, keys: readonly number[]) =>
      groupInKeyOrder(keys, contributions.all(regionCode, keysParam(keys)) as ContributionRow[], (c) => c.year),
    listFundingSources: () =>
      (funding.all() as (Omit<FundingSourceRow, 'structural'> & { structural: 0 | 1 | null })[]).map((f) => ({
        ...f,
        structural: f.structural === null ? null : f.structural === 1,
      })),
    listCapacityFigures: () => capacity.all() as CapacityFigureRow[],
  };
}
