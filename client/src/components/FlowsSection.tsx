import { useQuery } from '@apollo/client/react';
import type { IndicatorCode } from '@zv/shared';
import { Fragment, useId } from 'react';
import { GroupedBarChart } from '../charts/GroupedBarChart';
import { AboutFigureLink } from './AboutFigureLink';
import { ChartFrame } from './ChartFrame';
import { QueryView } from './QueryView';
import { formatInteger } from '../format';
import type { FlowsQuery as FlowsData } from '../generated/graphql';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import {
  type FlowMonthLike,
  flowGroups,
  flowSummary,
  flowTable,
  throughputGroups,
  throughputSummary,
  throughputTable,
} from '../models/flows';
import { FlowsQuery, MunicipalityFlowsQuery } from './flowsQuery';

/**
 * In- and outflow per month beside the running cases, and the throughput time against the norm
 * (issue 18). With no flows imported it says so plainly. What a role sees: decision 0020.
 */
export function FlowsSection() {
  const result = useQuery(FlowsQuery);
  return (
    <QueryView result={result}>
      {(data) => <Flows months={data.flows.region} sources={data.flows.sources} suppressBelow={data.suppressBelow} />}
    </QueryView>
  );
}

/** The same for one municipality (Gemeente view): its own months; a GEMEENTE user sees its own throughput in full. */
export function MunicipalityFlowsSection({ code, name }: { code: string; name: string }) {
  const result = useQuery(MunicipalityFlowsQuery, { variables: { code } });
  return (
    <QueryView result={result}>
      {(data) => (
        <Flows
          months={data.municipality?.flows ?? []}
          sources={data.flows.sources}
          suppressBelow={data.suppressBelow}
          name={data.flows.months.length > 0 ? name : undefined}
        />
      )}
    </QueryView>
  );
}

type Sources = FlowsData['flows']['sources'];

/** The defined figures of the flows, each named as the charts name it. */
const FLOW_FIGURES: [IndicatorCode, MessageKey][] = [
  ['INFLOW', 'flowsSeriesInflow'],
  ['OUTFLOW', 'flowsSeriesOutflow'],
  ['CLOSED_WITHIN_NORM', 'flowsColShare'],
  ['THROUGHPUT_DAYS', 'flowsAboutThroughput'],
];

function Flows({
  months,
  sources,
  suppressBelow,
  name,
}: {
  months: FlowMonthLike[];
  sources: Sources;
  suppressBelow: number;
  name?: string | undefined;
}) {
  const ctx = useLanguage();
  const { t, lang } = ctx;
  const titleId = useId();
  const data = { suppressBelow };
  return (
    <section className="zv-section zv-flows" aria-labelledby={titleId} data-testid="flows">
      <h2 id={titleId} className="utrecht-heading-2 zv-section__title">
        {name ? t('flowsTitleOf', { name }) : t('flowsTitle')}
      </h2>
      {months.length === 0 ? (
        <>
          {/* A municipality without rows in months the region has: none were delivered for it, which is not "nothing imported". */}
          <p className="utrecht-paragraph">{name ? t('flowsNoneOf', { name }) : t('flowsNone')}</p>
          {/* What the figures will count, while there are none yet. */}
          <p className="utrecht-paragraph zv-flows__about">
            {t('flowsAbout')}{' '}
            {FLOW_FIGURES.map(([code, label], i) => (
              <Fragment key={code}>
                {i > 0 ? ' · ' : null}
                <AboutFigureLink code={code} label={t(label)} />
              </Fragment>
            ))}
          </p>
        </>
      ) : (
        <div className="zv-grid zv-grid--2">
          <ChartFrame
            level={3}
            indicator="INFLOW"
            title={t('chartFlowsTitle')}
            summary={flowSummary(months, ctx)}
            sources={sources}
            table={flowTable(months, ctx)}
          >
            {(summaryId) => {
              const { series, groups } = flowGroups(months, ctx);
              return (
                <GroupedBarChart
                  label={t('chartFlowsTitle')}
                  describedBy={summaryId}
                  series={series}
                  groups={groups}
                  formatTick={(v) => formatInteger(v, lang)}
                />
              );
            }}
          </ChartFrame>
          <ChartFrame
            level={3}
            indicator="THROUGHPUT_DAYS"
            title={t('chartThroughputTitle')}
            summary={throughputSummary(months, data.suppressBelow, ctx)}
            sources={sources}
            note={t('throughputNote', { k: data.suppressBelow })}
            table={throughputTable(months, ctx)}
          >
            {(summaryId) => {
              const { series, groups, reference } = throughputGroups(months, ctx);
              return groups.length === 0 ? null : (
                <GroupedBarChart
                  label={t('chartThroughputTitle')}
                  describedBy={summaryId}
                  series={series}
                  groups={groups}
                  reference={reference}
                  formatTick={(v) => formatInteger(v, lang)}
                />
              );
            }}
          </ChartFrame>
        </div>
      )}
    </section>
  );
}
