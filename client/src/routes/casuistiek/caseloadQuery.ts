import { graphql } from '../../generated';

export const CaseloadQuery = graphql(`
  query Caseload($peildatum: Date) {
    caseloadSnapshots {
      peildatum
      peildatumPrecision
      total
      unspecified
      changeFromPrevious
      per10kInhabitants
      byMunicipality {
        municipality {
          code
          name
        }
        count
        suppressed
        shareOfRegion
        per10kInhabitants
        populationYear
      }
      source {
        ...SourceFields
      }
    }
    caseload(peildatum: $peildatum) {
      peildatum
      peildatumPrecision
      total
      unspecified
      changeFromPrevious
      per10kInhabitants
      regionPopulation {
        inhabitants
        years
        complete
      }
      byMunicipality {
        municipality {
          code
          name
        }
        count
        suppressed
        shareOfRegion
        per10kInhabitants
        populationYear
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
      source {
        ...SourceFields
      }
    }
  }
`);
