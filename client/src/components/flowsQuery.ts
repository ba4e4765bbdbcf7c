import { graphql } from '../generated';

/** What the flow charts read of a month: the region's and a municipality's alike. */
export const FlowMonthFields = graphql(`
  fragment FlowMonthFields on FlowMonth {
    month
    inflow
    outflow
    shareWithinNorm
    medianDays
    p80Days
    normDays
    throughputHidden
  }
`);

/** One municipality's monthly flows; the months and sources are the region's (the same imports). */
export const MunicipalityFlowsQuery = graphql(`
  query MunicipalityFlows($code: ID!) {
    suppressBelow
    municipality(code: $code) {
      code
      flows {
        ...FlowMonthFields
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
        ...FlowMonthFields
      }
      sources {
        ...SourceFields
      }
    }
  }
`);
