import type { Row } from '../../components/DataTable';
import { formatChange, formatDecimal, formatEuro, formatEuroCents, formatInteger, formatPercent } from '../../format';
import type { MunicipalityViewQuery } from '../../generated/graphql';
import { snapshotDate } from '../../models/caseload';
import type { TextContext } from '../../models/context';

/**
 * One municipality beside the region: per figure its own value, the average municipality
 * (region total of the municipalities / their number) and the region total.
 */
export function municipalityRows(data: MunicipalityViewQuery, code: string, ctx: TextContext): Row[] {
  const { t, lang } = ctx;
  const n = data.municipalities.length;
  const rows: Row[] = [];
  const snapshot = data.caseload;
  const own = snapshot?.byMunicipality.find((m) => m.municipality.code === code);
  if (snapshot && own) {
    const assigned = snapshot.byMunicipality.reduce((s, m) => s + (m.count ?? 0), 0);
    rows.push({
      key: 'cases',
      header: t('rowCases', { date: snapshotDate(snapshot, ctx) }),
      cells: {
        own: own.count === null ? '–' : formatInteger(own.count, lang),
        average: formatDecimal(assigned / n, 1, lang),
        total: formatInteger(snapshot.total, lang),
      },
    });
    rows.push({
      key: 'per10k',
      header: t('rowCasesPer10k'),
      cells: {
        own: own.per10kInhabitants === null ? '–' : `${formatDecimal(own.per10kInhabitants, 1, lang)} (${own.populationYear})`,
        average: '–',
        total: snapshot.per10kInhabitants === null ? '–' : formatDecimal(snapshot.per10kInhabitants, 1, lang),
      },
    });
    rows.push({
      key: 'shareCases',
      header: t('rowShareCases'),
      cells: {
        own: own.shareOfRegion === null ? '–' : formatPercent(own.shareOfRegion, 1, lang),
        average: formatPercent(assigned / n / snapshot.total, 1, lang),
        total: formatPercent(1, 0, lang),
      },
    });
  }
  const municipality = data.municipalities.find((m) => m.code === code);
  const populationTotal = data.municipalities.reduce((s, m) => s + (m.population?.inhabitants ?? 0), 0);
  if (municipality?.population) {
    rows.push({
      key: 'inhabitants',
      header: t('rowInhabitants'),
      cells: {
        own: `${formatInteger(municipality.population.inhabitants, lang)} (${municipality.population.year})`,
        average: formatInteger(Math.round(populationTotal / n), lang),
        total: formatInteger(populationTotal, lang),
      },
    });
  }
  const year = data.contributionHistory.at(-1);
  const previous = data.contributionHistory.at(-2);
  const contribution = year?.byMunicipality.find((c) => c.municipality.code === code);
  if (year && contribution) {
    rows.push({
      key: 'contribution',
      header: t('rowContribution', { year: year.year }),
      cells: {
        own: formatEuro(contribution.amountEur, lang),
        average: formatEuro(Math.round(year.totalEur / n), lang),
        total: formatEuro(year.totalEur, lang),
      },
    });
    if (previous) {
      rows.push({
        key: 'change',
        header: t('rowContributionChange', { year: previous.year }),
        cells: {
          own: contribution.changeFromPreviousYear == null ? '–' : formatChange(contribution.changeFromPreviousYear, 1, lang),
          average: '–',
          total: year.changeFromPreviousYear == null ? '–' : formatChange(year.changeFromPreviousYear, 1, lang),
        },
      });
    }
    rows.push({
      key: 'perInhabitant',
      header: t('rowPerInhabitant', { year: year.year }),
      cells: {
        own: contribution.perInhabitantEur == null ? '–' : formatEuroCents(contribution.perInhabitantEur, lang),
        average: '–',
        total: year.perInhabitantEur == null ? '–' : formatEuroCents(year.perInhabitantEur, lang),
      },
    });
    rows.push({
      key: 'shareContribution',
      header: t('rowShareContribution', { year: year.year }),
      cells: {
        own: formatPercent(contribution.shareOfTotal, 1, lang),
        average: formatPercent(1 / n, 1, lang),
        total: formatPercent(1, 0, lang),
      },
    });
  }
  return rows;
}
