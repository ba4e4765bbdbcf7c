import { ShareComparisonChart } from '../charts/ShareComparisonChart';
import { formatPercent } from '../format';
import { shareChart, shareRows, shareTable, type CaseCountLike, type ContributionYearLike } from '../models/finance';
import type { TextContext } from '../models/context';
import type { SourceInfo } from './SourceLine';
import { ChartFrame } from './ChartFrame';

/**
 * Contribution against use: per municipality its share of a year's contributions beside its share
 * of the inhabitants and of the cases (Financiën, and the board report).
 */
export function SharesFrame({
  year,
  cases,
  ctx,
  onSelect,
  level,
  className,
}: {
  year: ContributionYearLike & { source: SourceInfo };
  /** The count the shares of cases come from, with its date as shown; null when there is none. */
  cases: { byMunicipality: CaseCountLike[]; date: string; source: SourceInfo } | null;
  ctx: TextContext;
  onSelect?: (code: string) => void;
  level?: 2 | 3;
  className?: string;
}) {
  const { t, lang } = ctx;
  const date = cases?.date ?? '–';
  const rows = shareRows(year, cases?.byMunicipality ?? []);
  return (
    <ChartFrame
      indicator="SHARE_COMPARISON"
      className={className}
      level={level}
      title={t('chartSharesTitle')}
      summary={t('chartSharesSummary', { year: year.year, date })}
      sources={[year.source, ...(cases ? [cases.source] : [])]}
      note={t('sharesBasis')}
      table={shareTable(rows, ctx)}
    >
      {(summaryId) => {
        const chart = shareChart(
          rows,
          {
            contribution: t('seriesContribution', { year: year.year }),
            inhabitants: t('seriesInhabitants'),
            cases: t('seriesCases', { date }),
          },
          ctx,
        );
        return (
          <ShareComparisonChart
            label={t('chartSharesTitle')}
            describedBy={summaryId}
            series={chart.series}
            rows={chart.rows}
            onSelect={onSelect}
            formatTick={(v) => formatPercent(v, 0, lang)}
          />
        );
      }}
    </ChartFrame>
  );
}
