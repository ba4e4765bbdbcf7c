import { graphql } from '../../generated';

/** Everything on a municipality's factsheet besides the comparison (comparisonQuery.ts). */
export const FactsheetQuery = graphql(`
  query Factsheet($code: ID!) {
    region {
      code
      name
    }
    caseloadSnapshots {
      ...SnapshotTotals
    }
    municipality(code: $code) {
      code
      name
      population {
        year
        inhabitants
        source {
          ...SourceFields
        }
      }
      caseloadHistory {
        peildatum
        count
        shareOfAssigned
        per10kInhabitants
        populationYear
      }
    }
    municipalities {
      code
      population {
        year
        inhabitants
        source {
          ...SourceFields
        }
      }
    }
    contributionHistory {
      ...ContributionYearFields
    }
  }
`);
