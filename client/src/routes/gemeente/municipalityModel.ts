import { share } from '@zv/shared';
import type { Row } from '../../components/DataTable';
import { formatChange, formatDecimal, formatEuro, formatEuroCents, formatInteger, formatPercent } from '../../format';
import type { MunicipalityViewQuery } from '../../generated/graphql';
import { snapshotDate } from '../../models/caseload';
import type { TextContext } from '../../models/context';

/**
 * One municipality beside the region: per figure its own value, the average municipality
 * (region total of the municipalities / their number) and the region total. `raw` holds the
 * unrounded figures for the CSV download (shares and changes as fractions); a cell that also
 * names a year ("2,9 (2022)") keeps its text there.
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
      raw: { own: own.count, average: assigned / n, total: snapshot.total },
    });
    rows.push({
      key: 'per10k',
      header: t('rowCasesPer10k'),
      cells: {
        own: own.per10kInhabitants === null ? '–' : `${formatDecimal(own.per10kInhabitants, 1, lang)} (${own.populationYear})`,
        average: '–',
        total: snapshot.per10kInhabitants === null ? '–' : formatDecimal(snapshot.per10kInhabitants, 1, lang),
      },
      raw: { average: null, total: snapshot.per10kInhabitants },
    });
    rows.push({
      key: 'shareCases',
      header: t('rowShareCases'),
      cells: {
        own: own.shareOfAssigned === null ? '–' : formatPercent(own.shareOfAssigned, 1, lang),
        // Of the cases assigned to a municipality, as every "aandeel casussen" (shareBasisNote).
        average: formatPercent(1 / n, 1, lang),
        total: formatPercent(1, 0, lang),
      },
      raw: { own: own.shareOfAssigned, average: 1 / n, total: 1 },
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
      raw: { average: Math.round(populationTotal / n), total: populationTotal },
    });
    // Beside the share of cases and of contributions: the share of the region's inhabitants.
    const inhabitantsShare = share(municipality.population.inhabitants, populationTotal);
    rows.push({
      key: 'shareInhabitants',
      header: t('rowShareInhabitants'),
      cells: {
        own: inhabitantsShare === null ? '–' : formatPercent(inhabitantsShare, 1, lang),
        average: formatPercent(1 / n, 1, lang),
        total: formatPercent(1, 0, lang),
      },
      raw: { own: inhabitantsShare, average: 1 / n, total: 1 },
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
      raw: { own: contribution.amountEur, average: Math.round(year.totalEur / n), total: year.totalEur },
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
        raw: { own: contribution.changeFromPreviousYear ?? null, average: null, total: year.changeFromPreviousYear ?? null },
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
      raw: { own: contribution.perInhabitantEur ?? null, average: null, total: year.perInhabitantEur ?? null },
    });
    rows.push({
      key: 'shareContribution',
      header: t('rowShareContribution', { year: year.year }),
      cells: {
        own: formatPercent(contribution.shareOfTotal, 1, lang),
        average: formatPercent(1 / n, 1, lang),
        total: formatPercent(1, 0, lang),
      },
      raw: { own: contribution.shareOfTotal, average: 1 / n, total: 1 },
    });
  }
  return rows;
}
