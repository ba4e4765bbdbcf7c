import { graphql } from '../../generated';

export const CaseloadQuery = graphql(`
  query Caseload($peildatum: Date) {
    suppressBelow
    caseloadSnapshots {
      ...SnapshotFields
    }
    caseload(peildatum: $peildatum) {
      ...SnapshotFields
      byMunicipality {
        municipality {
          code
        }
        byDomain {
          domain {
            code
            name
          }
          count
          suppressed
        }
      }
      byDomain {
        domain {
          code
          name
        }
        count
        suppressed
      }
    }
  }
`);
