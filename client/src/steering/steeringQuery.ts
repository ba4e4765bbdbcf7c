import { graphql } from '../generated';

/** Everything the presentation and the board report show: figures, goals, themes, notes. */
export const SteeringQuery = graphql(`
  query Steering {
    region {
      code
      name
    }
    ...HeadlineFigures
    themes {
      code
      number
      title
      summary
      status
      owner
      progressNote
      nextMilestone
      nextMilestoneDate
      parent {
        code
      }
      source {
        ...SourceFields
      }
    }
    goals {
      id
      title
      status
      indicator
      direction
      target
      targetUpper
      deadline
      latestValue
      latestValueDate
      basis
      unit
      theme {
        code
        number
        title
      }
      municipality {
        code
        name
      }
    }
    notes {
      id
      target
      peildatum
      text
      author
      createdAt
    }
    signals {
      ...SignalListFields
    }
    explanations {
      ...ExplanationFields
    }
  }
`);
