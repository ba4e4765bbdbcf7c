import { graphql } from '../generated';

/** The early-warning list as the overview, the presentation and the report show it. */
export const SignalListFields = graphql(`
  fragment SignalListFields on SignalList {
    signals {
      rule
      severity
      figure
      municipality {
        code
        name
      }
      domain {
        code
        name
      }
      goal {
        id
        title
        indicator
        unit
      }
      date
      value
      direction
      median
      mad
      low
      high
      crossedSince
    }
    shortfalls {
      rule
      appliesToAll
      figure
      municipality {
        code
        name
      }
      domain {
        code
        name
      }
      counts
      needed
    }
  }
`);
