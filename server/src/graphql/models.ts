import type { MunicipalityRow } from '../store/types.js';
/** Values resolvers pass between parent and child types where no single store row fits. */

/** A municipality's total in a count, with its derived figures computed once (byMunicipality). */
export interface MunicipalityCaseCountModel {
  peildatum: string;
  municipality: MunicipalityRow;
  count: number;
  shareOfRegion: number | null;
  per10kInhabitants: number | null;
  populationYear: number | null;
}

export interface ContributionModel {
  year: number;
  municipalityCode: string;
  amountEur: number;
  /** Sum of all municipalities' amounts that year: the base of the shares. */
  sumOfYearEur: number;
}
