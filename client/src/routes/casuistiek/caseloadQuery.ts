import { graphql } from '../../generated';

export const CaseloadQuery = graphql(`
  query Caseload($peildatum: Date) {
    suppressBelow
    municipalities {
      code
      name
    }
    caseloadSnapshots {
      ...SnapshotTotals
    }
    caseload(peildatum: $peildatum) {
      ...SnapshotFields
      byMunicipality {
        municipality {
          code
        }
        byDomain {
          ...DomainCountFields
        }
      }
      byDomain {
        ...DomainCountFields
      }
    }
  }
`);
