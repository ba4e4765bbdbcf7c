import { graphql } from '../../generated';

export const OverviewQuery = graphql(`
  query Overview {
    caseloadSnapshots {
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
      }
    }
    themes {
      code
      number
      status
    }
  }
`);
