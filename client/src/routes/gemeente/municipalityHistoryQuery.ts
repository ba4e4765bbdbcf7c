import { graphql } from '../../generated';

/** One municipality through time: its count at every count date broken down, with its own split by knowledge domain. */
export const MunicipalityHistoryQuery = graphql(`
  query MunicipalityHistory($code: ID!) {
    suppressBelow
    caseloadSnapshots {
      peildatum
      peildatumPrecision
      source {
        ...SourceFields
      }
    }
    municipality(code: $code) {
      code
      caseloadHistory {
        peildatum
        count
        byDomain {
          ...DomainCountFields
        }
      }
    }
  }
`);
