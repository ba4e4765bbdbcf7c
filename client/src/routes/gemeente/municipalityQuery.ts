import { graphql } from '../../generated';

export const MunicipalityQuery = graphql(`
  query MunicipalityView {
    municipalities {
      code
      name
      population {
        year
        inhabitants
        source {
          ...SourceFields
        }
      }
    }
    caseload {
      peildatum
      peildatumPrecision
      total
      unspecified
      per10kInhabitants
      regionPopulation {
        inhabitants
        years
      }
      byMunicipality {
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
      source {
        ...SourceFields
      }
    }
    contributionHistory {
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
  }
`);
