import { graphql } from '../generated';

/** One municipality's monthly flows; the months and sources are the region's (the same imports). */
export const MunicipalityFlowsQuery = graphql(`
  query MunicipalityFlows($code: ID!) {
    suppressBelow
    municipality(code: $code) {
      code
      flows {
        month
        inflow
        outflow
        shareWithinNorm
        medianDays
        p80Days
        normDays
        throughputHidden
      }
    }
    flows {
      months
      sources {
        ...SourceFields
      }
    }
  }
`);

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
