import { graphql } from '../../generated';

export const OverviewQuery = graphql(`
  query Overview {
    caseloadSnapshots {
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
