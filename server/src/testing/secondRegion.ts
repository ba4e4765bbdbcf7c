import { loadSeed, type SeedData, type SeedSource } from '@zv/seed';

/** A made-up second region for tests of a database holding several regions. */
export const SECOND_REGION = 'testregio-noord';

const source: SeedSource = {
  document: 'Testgegevens tweede regio (verzonnen)',
  section: null,
  note: "Verzonnen cijfers voor tests van een database met meer regio's",
  title: null,
  url: null,
};

/**
 * Three fictitious municipalities (codes GM9xxx: real CBS codes are below GM2000), with counts on
 * the same dates and contributions for the same years as Zaanstreek-Waterland, so that scoping
 * cannot lean on dates or years that differ. Knowledge domains as in the real seed; no themes,
 * funding or capacity (those are per database).
 */
export function secondRegionSeed(): SeedData {
  const real = loadSeed();
  const municipalities = [
    { code: 'GM9001', name: 'Testgemeente Noord' },
    { code: 'GM9002', name: 'Testgemeente Zuid' },
    { code: 'GM9003', name: 'Testgemeente Oost' },
  ];
  return {
    region: { code: SECOND_REGION, name: 'Testregio Noord', source },
    municipalities,
    population: municipalities.map((m, i) => ({
      municipalityCode: m.code,
      year: 2020,
      inhabitants: 20_000 * (i + 1),
      referenceDate: '2020-01-01',
      source,
    })),
    knowledgeDomains: real.knowledgeDomains,
    caseloadSnapshots: [
      { peildatum: '2022-01-01', precision: 'MONTH', total: 30, unspecified: null, byMunicipality: [], source },
      {
        peildatum: '2023-02-01',
        precision: 'DAY',
        total: 21,
        unspecified: 3,
        byMunicipality: [
          { municipalityCode: 'GM9001', count: 10 },
          { municipalityCode: 'GM9002', count: 6 },
          { municipalityCode: 'GM9003', count: 2 },
        ],
        source,
      },
    ],
    contributionYears: [2023, 2024].map((year) => ({
      year,
      totalEur: 60_000 + year,
      byMunicipality: [
        { municipalityCode: 'GM9001', amountEur: 10_000 + year },
        { municipalityCode: 'GM9002', amountEur: 20_000 },
        { municipalityCode: 'GM9003', amountEur: 30_000 },
      ],
      source,
    })),
    fundingSources: [],
    capacity: [],
    themes: [],
  };
}
