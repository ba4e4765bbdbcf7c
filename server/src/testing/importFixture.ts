import type { ImportKind, ImportRecord } from '../import/types.js';
import type { ApplyOptions, KeyChange } from '../store/ImportStore.js';
import type { ImportsUnderTest, RegionImports } from './contractStores.js';

export const ZW = 'zaanstreek-waterland';
export const NOORD = 'testregio-noord';

/**
 * The reference rows imports check against, and figures to change: the same statements on
 * SQLite and PostgreSQL, so that both hold identical rows (the fixture's source is id 1 on both).
 * Two regions with figures on the same count date and year.
 */
export const IMPORT_FIXTURE = `
  INSERT INTO source (document) VALUES ('Vaste gegevens (test)');
  INSERT INTO region (code, name, source_id) VALUES ('${ZW}', 'Zaanstreek-Waterland', 1), ('${NOORD}', 'Testregio Noord', 1);
  INSERT INTO municipality (code, name, region_code) VALUES
    ('GM0479', 'Zaanstad', '${ZW}'), ('GM0439', 'Purmerend', '${ZW}'), ('GM0852', 'Waterland', '${ZW}'),
    ('GM9001', 'Testgemeente Noord', '${NOORD}');
  INSERT INTO knowledge_domain (code, name, position, source_id) VALUES
    ('huiselijk-geweld', 'Huiselijk geweld', 1, 1), ('mensenhandel', 'Mensenhandel', 2, 1);
  INSERT INTO funding_source (code, name, position, source_id) VALUES
    ('spuk', 'Specifieke uitkering', 1, 1), ('gemeenten', 'Bijdragen gemeenten', 2, 1);
  INSERT INTO caseload_snapshot (region_code, peildatum, precision, total, source_id) VALUES
    ('${ZW}', '2024-01-01', 'DAY', 60, 1), ('${NOORD}', '2024-01-01', 'MONTH', 7, 1);
  INSERT INTO caseload_count (region_code, peildatum, scope, municipality_code, domain_code, count) VALUES
    ('${ZW}', '2024-01-01', 'municipality', 'GM0479', NULL, 40),
    ('${ZW}', '2024-01-01', 'municipality', 'GM0479', 'huiselijk-geweld', 25),
    ('${ZW}', '2024-01-01', 'municipality', 'GM0439', NULL, 15),
    ('${ZW}', '2024-01-01', 'unspecified', NULL, NULL, 5),
    ('${NOORD}', '2024-01-01', 'municipality', 'GM9001', NULL, 7);
  INSERT INTO contribution_year (region_code, year, total_eur, source_id) VALUES ('${ZW}', 2024, 300000, 1), ('${NOORD}', 2024, 50000, 1);
  INSERT INTO contribution (region_code, year, municipality_code, amount_eur) VALUES
    ('${ZW}', 2024, 'GM0479', 200000), ('${ZW}', 2024, 'GM0439', 100000), ('${NOORD}', 2024, 'GM9001', 50000);
  INSERT INTO population (municipality_code, year, inhabitants, reference_date, source_id) VALUES
    ('GM0479', 2024, 160000, '2024-01-01', 1), ('GM0439', 2024, 90000, '2024-01-01', 1),
    ('GM0852', 2024, 17000, '2024-01-01', 1), ('GM9001', 2024, 20000, '2024-01-01', 1);
  INSERT INTO funding_amount (year, funding_code, amount_eur, source_id) VALUES (2024, 'spuk', 1000000, 1), (2024, 'gemeenten', 300000, 1);
`;

type CountRow = [
  scope: 'municipality' | 'unspecified' | 'region',
  municipalityCode: string | null,
  domainCode: string | null,
  count: number,
];

export const counts = (peildatum: string, rows: CountRow[]): ImportRecord[] =>
  rows.map(([scope, municipalityCode, domainCode, count], i) => ({
    kind: 'CASELOAD',
    line: i + 2,
    peildatum,
    scope,
    municipalityCode,
    domainCode,
    count,
  }));

export const contributions = (year: number, amounts: Record<string, number>): ImportRecord[] =>
  Object.entries(amounts).map(([municipalityCode, amountEur], i) => ({
    kind: 'CONTRIBUTIONS',
    line: i + 2,
    year,
    municipalityCode,
    amountEur,
  }));

export const inhabitants = (year: number, source: string, numbers: Record<string, number>): ImportRecord[] =>
  Object.entries(numbers).map(([municipalityCode, n], i) => ({
    kind: 'POPULATION',
    line: i + 2,
    year,
    municipalityCode,
    inhabitants: n,
    source,
  }));

export const funding = (year: number, amounts: Record<string, number>): ImportRecord[] =>
  Object.entries(amounts).map(([source, amountEur], i) => ({ kind: 'FUNDING', line: i + 2, year, source, amountEur }));

export const AT = '2026-12-06T09:00:00.000Z';

export const applyOptions = (dryRun = false, extra: Partial<ApplyOptions> = {}): ApplyOptions => ({
  dryRun,
  actor: 'beheerder',
  at: AT,
  source: { document: 'Import test.csv', note: 'Geïmporteerd door beheerder op 6 december 2026' },
  ...extra,
});

/** One import as ImportService runs it: stage in batches, apply, always discard. */
export async function importOn(
  store: RegionImports,
  regionCode: string,
  kind: ImportKind,
  records: readonly ImportRecord[],
  options: ApplyOptions = applyOptions(),
  batchSize = 5_000,
): Promise<KeyChange[]> {
  await store.startStaging();
  try {
    for (let start = 0; start < records.length; start += batchSize) await store.stage(records.slice(start, start + batchSize));
    return await store.applyStaged(regionCode, kind, options);
  } finally {
    await store.discardStaging();
  }
}

/** Every figure an import may touch, in one order on both stores (NULLs sorted as ''). */
const FIGURE_QUERIES = {
  caseload_snapshot: 'SELECT region_code, peildatum, precision, total, source_id FROM caseload_snapshot ORDER BY region_code, peildatum',
  caseload_count: `SELECT region_code, peildatum, scope, municipality_code, domain_code, count FROM caseload_count
    ORDER BY region_code, peildatum, scope, coalesce(municipality_code, ''), coalesce(domain_code, '')`,
  contribution_year: 'SELECT region_code, year, total_eur, source_id FROM contribution_year ORDER BY region_code, year',
  contribution: 'SELECT region_code, year, municipality_code, amount_eur FROM contribution ORDER BY region_code, year, municipality_code',
  population: 'SELECT municipality_code, year, inhabitants, reference_date, source_id FROM population ORDER BY municipality_code, year',
  funding_amount: 'SELECT year, funding_code, amount_eur, source_id FROM funding_amount ORDER BY year, funding_code',
  source: 'SELECT id, document, section, note, url FROM source ORDER BY id',
  data_version: 'SELECT id, kind, region_code, key, replaced_at, replaced_by, rows, total, payload FROM data_version ORDER BY id',
};

export type Figures = Record<keyof typeof FIGURE_QUERIES, Record<string, unknown>[]>;

/** The figure tables' rows, to compare before and after, or store with store. */
export async function figures(subject: Pick<ImportsUnderTest, 'rows'>): Promise<Figures> {
  const result: Partial<Figures> = {};
  for (const [table, query] of Object.entries(FIGURE_QUERIES)) result[table as keyof Figures] = await subject.rows(query);
  return result as Figures;
}
