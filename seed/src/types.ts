/** The real figures of the sources, validated, in the shape the store loads them. */

export interface SeedSource {
  /** File name of the document in the source collection, or the name of a publication. */
  document: string;
  section: string | null;
  note: string | null;
  title: string | null;
  url: string | null;
}

export interface SeedMunicipality {
  code: string;
  name: string;
}

export interface SeedPopulation {
  municipalityCode: string;
  year: number;
  inhabitants: number;
  referenceDate: string;
  source: SeedSource;
}

export interface SeedKnowledgeDomain {
  code: string;
  name: string;
  description: string | null;
  position: number;
  source: SeedSource;
}

export interface SeedCaseloadSnapshot {
  peildatum: string;
  precision: 'DAY' | 'MONTH';
  total: number;
  /** "Niet gespecificeerd"; null when the count is not broken down. */
  unspecified: number | null;
  /** Per CBS code; empty when the count is not broken down. */
  byMunicipality: { municipalityCode: string; count: number }[];
  source: SeedSource;
}

export interface SeedContributionYear {
  year: number;
  totalEur: number;
  byMunicipality: { municipalityCode: string; amountEur: number }[];
  source: SeedSource;
}

export interface SeedFundingSource {
  code: string;
  name: string;
  amountEurPerYear: number | null;
  structural: boolean | null;
  fromYear: number | null;
  description: string | null;
  source: SeedSource;
}

export interface SeedCapacityFigure {
  label: string;
  stage: 'before' | 'after' | 'current';
  fte: number;
  temporaryFte: number | null;
  description: string | null;
  source: SeedSource;
}

export interface SeedTheme {
  code: string;
  number: number;
  title: string;
  parentCode: string | null;
  summary: string | null;
  keyFacts: string[];
  source: SeedSource;
}

export interface SeedData {
  region: { code: string; name: string; source: SeedSource };
  municipalities: SeedMunicipality[];
  population: SeedPopulation[];
  knowledgeDomains: SeedKnowledgeDomain[];
  caseloadSnapshots: SeedCaseloadSnapshot[];
  contributionYears: SeedContributionYear[];
  fundingSources: SeedFundingSource[];
  capacity: SeedCapacityFigure[];
  themes: SeedTheme[];
}
