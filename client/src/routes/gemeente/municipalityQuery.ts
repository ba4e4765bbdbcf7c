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
      ...SnapshotFields
    }
    contributionHistory {
      ...ContributionYearFields
    }
  }
`);
