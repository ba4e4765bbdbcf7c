import { useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'wouter';
import { BarChart } from '../../charts/BarChart';
import { LineChart } from '../../charts/LineChart';
import { ChartFrame } from '../../components/ChartFrame';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { FigureTiles } from '../../components/FigureTiles';
import { formatEuro, formatInteger } from '../../format';
import type { OverviewQuery as OverviewData } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import {
  caseMarks,
  caseSummary,
  caseTable,
  snapshotDate,
  trendPoints,
  trendSummary,
  trendTable,
  UNSPECIFIED_KEY,
} from '../../models/caseload';
import type { TextContext } from '../../models/context';
import { contributionSummary, contributionTable } from '../../models/finance';
import { SignalList } from '../../signals/SignalList';
import { AttentionTile } from './AttentionTile';
import { OverviewQuery } from './overviewQuery';

export function OverzichtPage() {
  const ctx = useLanguage();
  const result = useQuery(OverviewQuery);
  return (
    <>
      <QueryView result={result}>{(data) => <Overview data={data} ctx={ctx} />}</QueryView>
    </>
  );
}

function Overview({ data, ctx }: { data: OverviewData; ctx: TextContext }) {
  const { t, lang } = ctx;
  const [, navigate] = useLocation();
  const onSelect = (code: string) => navigate(`/gemeente/${code}`);
  const snapshots = data.caseloadSnapshots;
  const latest = snapshots.at(-1);
  const brokenDown = data.caseloadBreakdown;
  const contributions = data.contributionHistory.at(-1);

  return (
    <div className="zv-overview">
      {/* The signals beside the title, where the line has room: the overview stays on one 1280×720 screen. */}
      <div className="zv-overview__head">
        <PageHeader title={t('overviewTitle')} meta={latest ? `${t('peildatum')}: ${snapshotDate(latest, ctx)}` : undefined} inline />
        <SignalList list={data.signals} ctx={ctx} limit={1} className="zv-signals--compact" />
      </div>
      <div className="zv-tiles">
        <FigureTiles snapshots={snapshots} brokenDown={brokenDown} contributionHistory={data.contributionHistory} ctx={ctx} />
        <AttentionTile goals={data.goals} themes={data.themes} />
      </div>
      <div className="zv-overview__charts">
        {brokenDown ? (
          <ChartFrame
            indicator="RUNNING_CASES"
            compact
            title={t('chartCasesShortTitle')}
            summary={caseSummary(brokenDown, 'absolute', ctx)}
            sources={[brokenDown.source]}
            note={`${t('peildatum')}: ${snapshotDate(brokenDown, ctx)}.`}
            table={caseTable(brokenDown, ctx)}
            more={
              <Link href="/casuistiek" className="utrecht-link">
                {t('toView', { view: t('navCasuistiek') })}
              </Link>
            }
          >
            {(summaryId) => {
              const { data: bars, apart } = caseMarks(brokenDown, 'absolute', ctx);
              return (
                <BarChart
                  compact
                  label={t('chartCasesTitle', { date: snapshotDate(brokenDown, ctx) })}
                  describedBy={summaryId}
                  data={bars}
                  apart={apart}
                  unselectable={[UNSPECIFIED_KEY]}
                  onSelect={onSelect}
                  formatTick={(v) => formatInteger(v, lang)}
                />
              );
            }}
          </ChartFrame>
        ) : null}
        <ChartFrame
          indicator="RUNNING_CASES"
          compact
          title={t('chartTrendShortTitle')}
          summary={trendSummary(snapshots, ctx)}
          sources={snapshots.map((s) => s.source)}
          table={trendTable(snapshots, ctx)}
          more={
            <Link href="/casuistiek" className="utrecht-link">
              {t('toView', { view: t('navCasuistiek') })}
            </Link>
          }
        >
          {(summaryId) => (
            <LineChart
              compact
              label={t('chartTrendTitle')}
              describedBy={summaryId}
              points={trendPoints(snapshots, ctx)}
              sparseNote={snapshots.length < 3 ? t('chartTrendSparse') : undefined}
              gapNote={t('chartTrendGap')}
              formatTick={(v) => formatInteger(v, lang)}
            />
          )}
        </ChartFrame>
        {contributions ? (
          <ChartFrame
            indicator="CONTRIBUTIONS"
            compact
            title={t('chartContribShortTitle', { year: contributions.year })}
            summary={contributionSummary(contributions, ctx)}
            sources={[contributions.source]}
            table={contributionTable([contributions], ctx)}
            more={
              <Link href="/financien" className="utrecht-link">
                {t('toView', { view: t('navFinancien') })}
              </Link>
            }
          >
            {(summaryId) => (
              <BarChart
                compact
                label={t('chartContribTitle', { years: String(contributions.year) })}
                describedBy={summaryId}
                data={contributions.byMunicipality.map((c) => {
                  const amount = formatEuro(c.amountEur, lang);
                  return {
                    key: c.municipality.code,
                    label: c.municipality.name,
                    value: c.amountEur,
                    valueText: amount,
                    ariaLabel: t('contribAria', { name: c.municipality.name, year: contributions.year, amount }),
                  };
                })}
                onSelect={onSelect}
                formatTick={(v) => formatEuro(v, lang)}
              />
            )}
          </ChartFrame>
        ) : null}
      </div>
    </div>
  );
}
