import { graphql } from './generated';

/** Every figure's source, as every view shows it. */
export const SourceFields = graphql(`
  fragment SourceFields on Source {
    document
    section
    note
    title
    url
  }
`);

/** A count per knowledge domain; `count` is null when it is protected (`suppressed`). */
export const DomainCountFields = graphql(`
  fragment DomainCountFields on DomainCaseCount {
    domain {
      code
      name
    }
    count
    suppressed
  }
`);

/** One municipality's count in a snapshot, with its derived figures and their basis. */
export const CaseCountFields = graphql(`
  fragment CaseCountFields on MunicipalityCaseCount {
    municipality {
      code
      name
    }
    count
    suppressed
    shareOfAssigned
    per10kInhabitants
    populationYear
  }
`);

/**
 * A count date with its total, change, region rate and source, without the breakdown: for lists
 * of counts (trend, changes, the date filter). `unspecified` is null when the count is not broken
 * down at all.
 */
export const SnapshotTotals = graphql(`
  fragment SnapshotTotals on CaseloadSnapshot {
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
    source {
      ...SourceFields
    }
  }
`);

/** One count date with its totals and its breakdown by municipality. */
export const SnapshotFields = graphql(`
  fragment SnapshotFields on CaseloadSnapshot {
    ...SnapshotTotals
    byMunicipality {
      ...CaseCountFields
    }
  }
`);

/** The headline figures (FigureTiles): every count's totals, the latest breakdown, every contribution year. */
export const HeadlineFigures = graphql(`
  fragment HeadlineFigures on Query {
    caseloadSnapshots {
      ...SnapshotTotals
    }
    caseloadBreakdown {
      ...SnapshotFields
    }
    contributionHistory {
      ...ContributionYearFields
    }
  }
`);

/** A year of municipal contributions with every municipality's amount and derived figures. */
export const ContributionYearFields = graphql(`
  fragment ContributionYearFields on ContributionYear {
    year
    totalEur
    changeFromPreviousYear
    perInhabitantEur
    source {
      ...SourceFields
    }
    byMunicipality {
      municipality {
        code
        name
      }
      amountEur
      shareOfTotal
      changeFromPreviousYear
      perInhabitantEur
      populationYear
      inhabitants
    }
  }
`);
