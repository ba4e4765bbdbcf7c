import { graphql } from '../../generated';

/** The region's monthly flows (empty lists when none are imported). */
export const FlowsQuery = graphql(`
  query Flows {
    suppressBelow
    flows {
      months
      region {
        month
        inflow
        outflow
        shareWithinNorm
        medianDays
        p80Days
        normDays
        throughputHidden
      }
      sources {
        ...SourceFields
      }
    }
  }
`);
