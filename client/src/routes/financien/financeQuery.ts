import { graphql } from '../../generated';

export const FinanceQuery = graphql(`
  query Finance {
    contributionHistory {
      ...ContributionYearFields
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
