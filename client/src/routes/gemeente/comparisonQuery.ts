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

/** A region's count and inhabitants, as the national comparison shows its own and the similar ones. */
export const RegionFiguresFields = graphql(`
  fragment RegionFiguresFields on RegionFigures {
    code
    name
    peildatum
    total
    inhabitants
    per10kInhabitants
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
        ...RegionFiguresFields
      }
      figure {
        own
        reference
        relativeDifference
        direction
      }
      similar {
        ...RegionFiguresFields
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
