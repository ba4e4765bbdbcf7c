import { translator } from '../i18n/LanguageContext';
import type { TextContext } from '../models/context';
import type { ContributionYearFieldsFragment, SnapshotFieldsFragment } from '../generated/graphql';
import type { SnapshotLike } from '../models/caseload';

/** The text context of a view, without React. */
export function textContext(lang: 'nl' | 'en' = 'nl'): TextContext {
  return { lang, t: translator(lang) };
}

const municipalities = [
  ['GM0385', 'Edam-Volendam', 3, 36267, 2021],
  ['GM0415', 'Landsmeer', 2, 11491, 2020],
  ['GM0431', 'Oostzaan', 2, 9735, 2020],
  ['GM0439', 'Purmerend', 27, 92204, 2022],
  ['GM0852', 'Waterland', 6, 17424, 2020],
  ['GM0880', 'Wormerland', 2, 16270, 2020],
  ['GM0479', 'Zaanstad', 45, 157166, 2022],
] as const;

/** A count as the API returns it (`SnapshotFields`), without its region population and source. */
type CountFixture = Omit<SnapshotFieldsFragment, 'regionPopulation' | 'source'>;

/** The count of 1 February 2023 as the API returns it (source 003). */
export const feb2023: CountFixture = {
  __typename: 'CaseloadSnapshot',
  peildatum: '2023-02-01',
  peildatumPrecision: 'DAY',
  total: 96,
  unspecified: 9,
  changeFromPrevious: 52 / 44,
  per10kInhabitants: (96 / 340557) * 10_000,
  byMunicipality: municipalities.map(([code, name, count, inhabitants, year]) => ({
    __typename: 'MunicipalityCaseCount' as const,
    municipality: { __typename: 'Municipality' as const, code, name },
    count,
    suppressed: false,
    shareOfAssigned: count / 87,
    per10kInhabitants: (count / inhabitants) * 10_000,
    populationYear: year,
  })),
};

export const jan2022: CountFixture = {
  __typename: 'CaseloadSnapshot',
  peildatum: '2022-01-01',
  peildatumPrecision: 'MONTH',
  total: 44,
  unspecified: null,
  changeFromPrevious: null,
  per10kInhabitants: null,
  byMunicipality: [],
};

/** A count's totals without its breakdown, as a list of counts (`SnapshotTotals`) carries it. */
export function totalsOf<T extends SnapshotLike>({ byMunicipality: _breakdown, ...totals }: T): Omit<T, 'byMunicipality'> {
  return totals;
}

const amounts2023 = [30467, 9715, 8139, 77110, 14543, 13720, 131804];
const amounts2024 = [31887, 10168, 8519, 80705, 15221, 14360, 137949];

/** A year of contributions as the API returns it (`ContributionYearFields`), without its source. */
function contributionYear(
  year: number,
  amounts: number[],
  total: number,
  previous?: number[],
): Omit<ContributionYearFieldsFragment, 'source'> {
  const sum = amounts.reduce((a, b) => a + b, 0);
  return {
    __typename: 'ContributionYear',
    year,
    totalEur: total,
    changeFromPreviousYear: previous ? total / 285_499 - 1 : null,
    perInhabitantEur: null,
    byMunicipality: municipalities.map(([code, name, , inhabitants, populationYear], i) => ({
      __typename: 'Contribution' as const,
      municipality: { __typename: 'Municipality' as const, code, name },
      amountEur: amounts[i]!,
      shareOfTotal: amounts[i]! / sum,
      changeFromPreviousYear: previous ? amounts[i]! / previous[i]! - 1 : null,
      perInhabitantEur: amounts[i]! / inhabitants,
      populationYear,
      inhabitants,
    })),
  };
}

export const contributions2023 = contributionYear(2023, amounts2023, 285_499);
export const contributions2024 = contributionYear(2024, amounts2024, 298_809, amounts2023);
