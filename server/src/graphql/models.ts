/** Values resolvers pass between parent and child types where no single store row fits. */

export interface MunicipalityCaseCountModel {
  peildatum: string;
  municipalityCode: string;
  count: number;
  snapshotTotal: number;
}

export interface ContributionModel {
  year: number;
  municipalityCode: string;
  amountEur: number;
  /** Sum of all municipalities' amounts that year: the base of the shares. */
  sumOfYearEur: number;
}
