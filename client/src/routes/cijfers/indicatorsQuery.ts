import { graphql } from '../../generated';

/** The facts of every figure's definition; the texts are in @zv/shared, in both languages. */
export const IndicatorsQuery = graphql(`
  query Indicators {
    indicators {
      code
      status
      lastUpdate {
        peildatum
        year
        populationYear
        month
        changedOn
      }
      nextUpdate
      sources {
        ...SourceFields
      }
    }
  }
`);
