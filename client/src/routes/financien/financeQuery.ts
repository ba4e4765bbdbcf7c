import { graphql } from '../../generated';

export const FinanceQuery = graphql(`
  query Finance {
    contributionHistory {
      year
      totalEur
      changeFromPreviousYear
      perInhabitantEur
      regionPopulation {
        inhabitants
        years
      }
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
    caseload {
      peildatum
      peildatumPrecision
      byMunicipality {
        municipality {
          code
        }
        count
      }
      source {
        ...SourceFields
      }
    }
    fundingSources {
      code
      name
      amountEurPerYear
      structural
      fromYear
      description
      source {
        ...SourceFields
      }
    }
    capacity {
      label
      stage
      fte
      temporaryFte
      source {
        ...SourceFields
      }
    }
  }
`);
