import { graphql } from './generated';

/** Every figure's source, as every view shows it. */
export const SourceFields = graphql(`
  fragment SourceFields on Source {
    document
    section
    note
    title
    url
  }
`);

/** One municipality's count in a snapshot, with its derived figures and their basis. */
export const CaseCountFields = graphql(`
  fragment CaseCountFields on MunicipalityCaseCount {
    municipality {
      code
      name
    }
    count
    suppressed
    shareOfRegion
    per10kInhabitants
    populationYear
  }
`);

/** A count date with its total, change, region rate and breakdown by municipality. */
export const SnapshotFields = graphql(`
  fragment SnapshotFields on CaseloadSnapshot {
    peildatum
    peildatumPrecision
    total
    unspecified
    changeFromPrevious
    per10kInhabitants
    regionPopulation {
      inhabitants
      years
      complete
    }
    byMunicipality {
      ...CaseCountFields
    }
    source {
      ...SourceFields
    }
  }
`);

/** A year of municipal contributions with every municipality's amount and derived figures. */
export const ContributionYearFields = graphql(`
  fragment ContributionYearFields on ContributionYear {
    year
    totalEur
    changeFromPreviousYear
    perInhabitantEur
    source {
      ...SourceFields
    }
    byMunicipality {
      municipality {
        code
        name
      }
      amountEur
      shareOfTotal
      changeFromPreviousYear
      perInhabitantEur
      populationYear
      inhabitants
    }
  }
`);
