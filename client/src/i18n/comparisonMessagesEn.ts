import type { comparisonNl } from './comparisonMessages';

/** Texts of the comparison and the factsheet, in English. */
export const comparisonEn: Record<keyof typeof comparisonNl, string> = {
  comparisonTitle: '{name} compared with the region',
  comparisonChartTitle: '{name} beside the region, {date} (region = 100)',
  comparisonChartLabel: '{name} beside the region as an index: the region is 100',
  comparisonSeriesRegion: 'Region (= 100)',
  comparisonMarkAria: '{figure}, {series}: {value} (region = 100)',
  comparisonFigureCASES_PER_10K: 'Cases per 10,000 inhabitants',
  comparisonFigureSHARE_OF_CASES: 'Share of cases against share of inhabitants',
  comparisonFigureCONTRIBUTION_PER_INHABITANT: 'Contribution per inhabitant {year}',
  comparisonFigureCASES_CHANGE: 'Change since {date}',
  comparisonColOwn: '{name}',
  comparisonColReference: 'Region',
  comparisonColDifference: 'Difference',
  comparisonColVerdict: 'Comparison',
  comparisonVerdict: '{direction, select, ABOVE {higher than the region} BELOW {lower than the region} other {about equal to the region}}',
  comparisonRate:
    '{name} has {own} cases per 10,000 inhabitants, {direction, select, ABOVE {{pct} more than} BELOW {{pct} fewer than} other {about as many as}} the region ({reference}).',
  comparisonShare:
    "{name} has {own} of the cases and {reference} of the region's inhabitants: {direction, select, ABOVE {a larger share of the cases than of the inhabitants ({points} percentage points more)} BELOW {a smaller share of the cases than of the inhabitants ({points} percentage points less)} other {about the same}}.",
  comparisonMoney:
    'In {year} {name} contributes {own} per inhabitant, {direction, select, ABOVE {{pct} more than} BELOW {{pct} less than} other {about as much as}} the region on average ({reference}).',
  comparisonChange:
    'Since {date} the running cases in {name} changed by {own}, in the region by {reference}: {direction, select, ABOVE {{points} percentage points more of a rise} BELOW {{points} percentage points less of a rise or more of a fall} other {about the same}}.',
  comparisonChangeRegionOnly:
    'The count of {date} is not broken down by municipality: no change can be computed for {name}. The region changed by {reference} since then.',
  comparisonChangeNone: 'There is no earlier count to compute the change from.',
  comparisonUnknown: '{figure}: cannot be compared, because {name} or the region has no figure for it.',
  comparisonBasis:
    'Basis: the {assigned} cases assigned to a municipality on {date} ("not specified" belongs to none); inhabitants of {name}: {year}. The region per 10,000: those cases ÷ the inhabitants of all municipalities. The region\'s contribution per inhabitant: all contributions ÷ all inhabitants. The region\'s change: the region total. About equal: less than 5% apart, for a change less than 5 percentage points.',
  comparisonChartNote:
    "The chart sets each figure of {name} against the region's (100): 112 is 12% higher. The share of cases against the share of inhabitants gives the same index as the cases per 10,000, so it is in the table only.",
  comparisonNoCount: 'There is no count per municipality to compare {name} with the region.',
  nationalTitle: '{region} compared with other regions',
  nationalOnlyRegion:
    'This database holds only the region {region}: there are no other regions to compare with. Once the national network is in the same database, the national average and the regions most like {region} appear here.',
  nationalTooFew:
    'No other region has a count in the 12 months to {date} and the inhabitants of all its municipalities: there is nothing to compare with.',
  nationalNoOwn:
    'The inhabitants of every municipality of {region} are not known on {date}: there is no figure per 10,000 inhabitants to compare.',
  nationalChartTitle: 'Cases per 10,000 inhabitants: {region}, the national average and similar regions',
  nationalSummary:
    '{region} has {own} cases per 10,000 inhabitants, {direction, select, ABOVE {{pct} more than} BELOW {{pct} fewer than} other {about as many as}} the national average of {national} (weighted by inhabitants, {regions} regions).',
  nationalSimilar:
    '{count, plural, one {The region} other {The # regions}} most like it in number of inhabitants: {regions} cases per 10,000 inhabitants.',
  nationalSimilarItem: '{name} with {value}',
  nationalAverage: 'National average',
  nationalNote:
    'the counts and inhabitants of the regions in this database. National average: all running cases of the regions compared ÷ all their inhabitants × 10,000 (weighted by inhabitants). Per region its latest count at or before {date}, if at most 12 months older, and the inhabitants of all its municipalities; {leftOut, plural, =0 {every region in the database has them} one {# region without them did not count} other {# regions without them did not count}}. Similar regions: the 4 nearest in total inhabitants. Region totals only.',
  nationalLeftOut: 'Not counted: {regions}.',
  nationalLeftOutReason:
    '{served, select, yes {this region; } other {}}{reason, select, NO_COUNT {no count on or before {date}} COUNT_TOO_OLD {last count {peildatum}, more than 12 months old} other {last count {peildatum}, inhabitants of not every municipality known}}',
  nationalColRegion: 'Region',
  nationalColInhabitants: 'Inhabitants',
  nationalColDate: 'Count date',
  nationalColCases: 'Running cases',
  nationalColPer10k: 'Per 10,000 inhabitants',
  nationalRowOwn: '{region} (this region)',
  nationalMarkAria: '{label}: {value} cases per 10,000 inhabitants',
  factsheetLink: 'Factsheet (A4)',
  factsheetTitle: 'Factsheet {name}',
  factsheetSubtitle: "Care and Safety House {region}: the figures of {name} beside the region's",
  factsheetPrint: 'Print or save as PDF',
  factsheetBack: 'Back to {name}',
  factsheetFigures: 'Key figures',
  factsheetCases: 'Running cases on {date}',
  factsheetCasesValue: 'of {total} in the region',
  factsheetPer10k: 'Per 10,000 inhabitants',
  factsheetPer10kValue: 'region: {region}',
  factsheetShares: 'Share of cases / inhabitants',
  factsheetContribution: 'Contribution {year}',
  factsheetContributionValue: '{perInhabitant} per inhabitant',
  factsheetTrend: 'Course',
  factsheetComparison: 'Comparison with the region',
  factsheetContributionShare: 'Contribution against share',
  factsheetContributionShareText:
    '{name} pays {contribShare} of the contributions to the ZVH in {year}, has {inhabitantsShare} of the inhabitants and {casesShare} of the cases.',
  factsheetExplanations: 'Explanations',
  factsheetExplanationsNone: 'No explanations have been given with these figures (yet).',
  factsheetExplanationsMore:
    '{cut, select, yes {Shortened; the full texts{count, plural, =0 {} one { and # earlier explanation} other { and # earlier explanations}} are on the dashboard.} other {{count, plural, one {# earlier explanation} other {# earlier explanations}} on the dashboard.}}',
  factsheetSources: 'Sources and date',
  factsheetDate: 'Figures as of {date} (cases) and {year} (contributions); made on {today}.',
  factsheetUnknown: 'Municipality {code} does not exist in this region.',
};
