import { graphql } from '../../generated';

export const OverviewQuery = graphql(`
  query Overview {
    caseloadSnapshots {
      ...SnapshotTotals
    }
    caseloadBreakdown {
      ...SnapshotFields
    }
    contributionHistory {
      ...ContributionYearFields
    }
    themes {
      code
      number
      title
      status
    }
    goals {
      id
      title
      status
    }
  }
`);
