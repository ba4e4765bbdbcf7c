import { graphql } from '../../generated';

export const OverviewQuery = graphql(`
  query Overview {
    ...HeadlineFigures
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
    signals {
      ...SignalListFields
    }
  }
`);
