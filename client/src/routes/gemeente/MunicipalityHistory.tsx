import { useQuery } from '@apollo/client/react';
import { relativeChange } from '@zv/shared';
import { LineChart } from '../../charts/LineChart';
import { ChartFrame } from '../../components/ChartFrame';
import { DomainSection } from '../../components/DomainSection';
import { QueryView } from '../../components/QueryView';
import { formatInteger } from '../../format';
import type { MunicipalityHistoryQuery as HistoryData } from '../../generated/graphql';
import { snapshotDate, trendPoints, trendSummary, trendTable } from '../../models/caseload';
import type { TextContext } from '../../models/context';
import { MunicipalityHistoryQuery } from './municipalityHistoryQuery';
import { ExplanationsPanel } from '../../explanations/ExplanationsPanel';
import { explainPoints, explainTable, numberExplanations } from '../../explanations/explanationModel';
import { ExplanationsQuery } from '../../explanations/explanationQueries';

/**
 * A municipality's own course: its running cases at every count date broken down by municipality,
 * and its own split by knowledge domain at the latest count that has one. A GEMEENTE user sees its
 * own split exactly; another municipality's split comes back protected as the role requires.
 */
export function MunicipalityHistory({ code, name, ctx }: { code: string; name: string; ctx: TextContext }) {
  const result = useQuery(MunicipalityHistoryQuery, { variables: { code } });
  return <QueryView result={result}>{(data) => <History data={data} code={code} name={name} ctx={ctx} />}</QueryView>;
}

function History({ data, code, name, ctx }: { data: HistoryData; code: string; name: string; ctx: TextContext }) {
  const { t, lang } = ctx;
  // This municipality's explanations, numbered as listed under the chart.
  const explanations = numberExplanations(useQuery(ExplanationsQuery).data?.explanations ?? [], code);
  const countDates = new Map(data.caseloadSnapshots.map((s) => [s.peildatum, s]));
  const counts = (data.municipality?.caseloadHistory ?? []).flatMap((c) => {
    const date = countDates.get(c.peildatum);
    return date && c.count !== null ? [{ ...c, count: c.count, peildatumPrecision: date.peildatumPrecision, source: date.source }] : [];
  });
  // The municipality's counts in the shape of the region's totals, so the trend reads the same.
  const series = counts.map((c, i) => ({
    peildatum: c.peildatum,
    peildatumPrecision: c.peildatumPrecision,
    total: c.count,
    unspecified: null,
    per10kInhabitants: null,
    changeFromPrevious: i === 0 ? null : relativeChange(c.count, counts[i - 1]!.count),
  }));
  const withDomains = counts.filter((c) => c.byDomain.length > 0).at(-1);
  const trendTitle = t('municipalityTrendTitle', { name });
  const latest = counts.at(-1);

  return (
    <>
      {series.length >= 2 ? (
        <ChartFrame
          indicator="RUNNING_CASES"
          title={trendTitle}
          summary={trendSummary(series, ctx)}
          sources={counts.map((c) => c.source)}
          table={explainTable(trendTable(series, ctx), explanations, ctx)}
        >
          {(summaryId) => (
            <LineChart
              label={trendTitle}
              describedBy={summaryId}
              points={explainPoints(trendPoints(series, ctx), explanations, ctx)}
              sparseNote={series.length < 3 ? t('chartTrendSparse') : undefined}
              gapNote={t('chartTrendGap')}
              formatTick={(v) => formatInteger(v, lang)}
            />
          )}
        </ChartFrame>
      ) : (
        <section className="zv-chart" aria-label={trendTitle}>
          <h2 className="utrecht-heading-2 zv-chart__title">{trendTitle}</h2>
          <p className="utrecht-paragraph zv-notice">
            {latest
              ? t('municipalityTrendSingle', { name, count: formatInteger(latest.count, lang), date: snapshotDate(latest, ctx) })
              : t('municipalityTrendNone', { name })}
          </p>
        </section>
      )}
      <ExplanationsPanel
        municipality={{ code, name }}
        countDates={data.caseloadSnapshots.map((s) => ({ peildatum: s.peildatum, label: snapshotDate(s, ctx) }))}
      />
      {withDomains ? (
        <DomainSection
          snapshot={withDomains}
          suppressBelow={data.suppressBelow}
          ctx={ctx}
          explanations={explanations}
          title={t('municipalityDomainsTitle', { name, date: snapshotDate(withDomains, ctx) })}
        />
      ) : (
        <section className="zv-chart" aria-label={t('municipalityDomainsHeading', { name })}>
          <h2 className="utrecht-heading-2 zv-chart__title">{t('municipalityDomainsHeading', { name })}</h2>
          <p className="utrecht-paragraph zv-notice">{t('municipalityDomainsEmpty', { name })}</p>
        </section>
      )}
    </>
  );
}
