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
        shareOfAssigned
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
