import type { MunicipalityRow } from '../store/types.js';
/** Values resolvers pass between parent and child types where no single store row fits. */

/** A municipality's total in a count, with its derived figures computed once (byMunicipality). */
export interface MunicipalityCaseCountModel {
  peildatum: string;
  municipality: MunicipalityRow;
  count: number;
  shareOfRegion: number | null;
  shareOfAssigned: number | null;
  per10kInhabitants: number | null;
  populationYear: number | null;
}

/** A municipality's contribution in a year, with its derived figures computed once (ContributionYear.byMunicipality). */
export interface ContributionModel {
  municipality: MunicipalityRow;
  amountEur: number;
  shareOfTotal: number;
  changeFromPreviousYear: number | null;
  perInhabitantEur: number | null;
  populationYear: number | null;
  inhabitants: number | null;
}
