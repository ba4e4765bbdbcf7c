import { graphql } from '../../generated';

/** A municipality beside its region (every role: municipality totals are public to all). */
export const MunicipalityComparisonQuery = graphql(`
  query MunicipalityComparison($code: ID!) {
    caseloadSnapshots {
      peildatum
      peildatumPrecision
    }
    caseload {
      peildatum
      source {
        ...SourceFields
      }
    }
    contributionHistory {
      year
      source {
        ...SourceFields
      }
    }
    municipality(code: $code) {
      code
      # The same fields as every query of a municipality's inhabitants: the cache keeps one population object.
      population {
        year
        inhabitants
        source {
          ...SourceFields
        }
      }
    }
    municipalityComparison(code: $code) {
      municipality {
        code
        name
      }
      peildatum
      previousPeildatum
      contributionYear
      populationYear
      assignedCases
      figures {
        kind
        own
        reference
        difference
        relativeDifference
        direction
      }
    }
  }
`);

/** The region beside the national network: only asked by BESTUURDER, ZVH and BEHEERDER (decision 0022). */
export const NationalComparisonQuery = graphql(`
  query NationalComparison {
    region {
      code
      name
    }
    nationalComparison {
      peildatum
      regionsInDatabase
      regionsCompared
      regionsLeftOut
      nationalPer10k
      own {
        code
        name
        peildatum
        total
        inhabitants
        per10kInhabitants
      }
      figure {
        own
        reference
        relativeDifference
        direction
      }
      similar {
        code
        name
        peildatum
        total
        inhabitants
        per10kInhabitants
      }
      leftOut {
        code
        name
        peildatum
        reason
        isServedRegion
      }
    }
  }
`);
