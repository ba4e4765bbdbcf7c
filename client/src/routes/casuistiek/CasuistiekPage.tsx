import { useQuery } from '@apollo/client/react';
import { useLocation } from 'wouter';
import { BarChart } from '../../charts/BarChart';
import { LineChart } from '../../charts/LineChart';
import { RegionMap } from '../../charts/RegionMap';
import { ChartFrame } from '../../components/ChartFrame';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { formatDate, formatDecimal, formatInteger, formatPercent } from '../../format';
import type { CaseloadQuery as CaseloadData } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import {
  caseMarks,
  caseSummary,
  assignedCases,
  caseTable,
  per10kNote,
  shareBasisNote,
  shareMarks,
  snapshotDate,
  trendPoints,
  trendSummary,
  trendTable,
  type Measure,
  UNSPECIFIED_KEY,
} from '../../models/caseload';
import type { TextContext } from '../../models/context';
import { NotesPanel } from '../../steering/NotesPanel';
import { useUrlParam } from '../../url';
import { isIsoCalendarDate } from '@zv/shared';
import geojson from '../../../../shared/data/zaanstreek-waterland.geo.json';
import { CaseloadFilters } from './CaseloadFilters';
import { DomainSection } from '../../components/DomainSection';
import { CaseloadQuery } from './caseloadQuery';
import { ExplanationsPanel } from '../../explanations/ExplanationsPanel';
import { explainPoints, explainTable, numberExplanations, ofPlace } from '../../explanations/explanationModel';
import { ExplanationsQuery } from '../../explanations/explanationQueries';
import { FlowsSection } from '../../components/FlowsSection';

const features = geojson as unknown as Parameters<typeof RegionMap>[0]['features'];

export default function CasuistiekPage() {
  const ctx = useLanguage();
  const [peildatum] = useUrlParam('peildatum');
  // An address with a count date that is no date (a typo, an old link) shows the latest count and
  // says so, instead of the server's refusal.
  const asked = peildatum === '' || isIsoCalendarDate(peildatum) ? peildatum : null;
  const result = useQuery(CaseloadQuery, { variables: { peildatum: asked || null } });
  return (
    <QueryView result={result}>
      {(data) => <Caseload data={data} ctx={ctx} asked={asked ?? ''} notADate={asked === null ? peildatum : null} />}
    </QueryView>
  );
}

function Caseload({ data, ctx, asked, notADate }: { data: CaseloadData; ctx: TextContext; asked: string; notADate: string | null }) {
  const { t, lang } = ctx;
  const [, navigate] = useLocation();
  const [measureParam] = useUrlParam('maat', 'absoluut');
  const measure: Measure = measureParam === 'per10k' ? 'per10k' : 'absolute';
  const snapshot = data.caseload;
  const onSelect = (code: string) => navigate(`/gemeente/${code}`);
  const format = (v: number) => (measure === 'per10k' ? formatDecimal(v, 1, lang) : formatInteger(v, lang));
  // Numbered as listed under the charts; the region's trend marks the region's own.
  const explanations = numberExplanations(useQuery(ExplanationsQuery).data?.explanations ?? [], undefined);
  const regionExplanations = ofPlace(explanations, null);

  return (
    <>
      <PageHeader
        title={t('caseloadTitle')}
        intro={t('caseloadIntro')}
        meta={snapshot ? `${t('peildatum')}: ${snapshotDate(snapshot, ctx)}` : undefined}
      >
        <CaseloadFilters snapshots={data.caseloadSnapshots} selected={snapshot?.peildatum ?? asked} />
      </PageHeader>
      {notADate !== null ? (
        <p className="utrecht-paragraph zv-notice" role="status">
          {t('peildatumNotADate', { value: notADate.slice(0, 40) })}
        </p>
      ) : null}
      {!snapshot && asked && data.caseloadSnapshots.length > 0 ? (
        <p className="utrecht-paragraph zv-notice" role="status">
          {t('peildatumNoFigures', { date: formatDate(asked, lang) })}
        </p>
      ) : !snapshot ? (
        <p className="utrecht-paragraph" role="status">
          {t('empty')}
        </p>
      ) : snapshot.byMunicipality.length === 0 ? (
        <p className="utrecht-paragraph zv-notice" role="status">
          {t('noBreakdown', { date: snapshotDate(snapshot, ctx), total: formatInteger(snapshot.total, lang) })}
        </p>
      ) : (
        <div className="zv-grid zv-grid--2">
          <ChartFrame
            indicator={measure === 'per10k' ? 'CASES_PER_10K' : 'RUNNING_CASES'}
            title={t('chartMapTitle', {
              measure: t(measure === 'per10k' ? 'measurePer10k' : 'measureAbsolute').toLowerCase(),
              date: snapshotDate(snapshot, ctx),
            })}
            summary={t('chartMapSummary')}
            sources={[snapshot.source]}
            note={measure === 'per10k' ? per10kNote(snapshot, ctx) : undefined}
            table={caseTable(snapshot, ctx)}
          >
            {(summaryId) => (
              <RegionMap
                label={t('chartMapTitle', {
                  measure: t(measure === 'per10k' ? 'measurePer10k' : 'measureAbsolute').toLowerCase(),
                  date: snapshotDate(snapshot, ctx),
                })}
                describedBy={summaryId}
                features={features}
                data={caseMarks(snapshot, measure, ctx).data}
                legendTitle={t(measure === 'per10k' ? 'measurePer10k' : 'measureAbsolute')}
                formatTick={format}
                attribution={t('mapAttribution')}
                onSelect={onSelect}
              />
            )}
          </ChartFrame>
          <ChartFrame
            indicator={measure === 'per10k' ? 'CASES_PER_10K' : 'RUNNING_CASES'}
            alsoAbout={[{ code: 'UNSPECIFIED_CASES', label: t('aboutUnspecified') }]}
            title={t(measure === 'per10k' ? 'chartCasesPer10kTitle' : 'chartCasesTitle', { date: snapshotDate(snapshot, ctx) })}
            summary={caseSummary(snapshot, measure, ctx)}
            sources={[snapshot.source]}
            note={measure === 'per10k' ? per10kNote(snapshot, ctx) : undefined}
            table={caseTable(snapshot, ctx)}
          >
            {(summaryId) => {
              const { data: bars, apart } = caseMarks(snapshot, measure, ctx);
              return (
                <BarChart
                  label={t(measure === 'per10k' ? 'chartCasesPer10kTitle' : 'chartCasesTitle', { date: snapshotDate(snapshot, ctx) })}
                  describedBy={summaryId}
                  data={bars}
                  apart={apart}
                  unselectable={[UNSPECIFIED_KEY]}
                  onSelect={onSelect}
                  formatTick={format}
                />
              );
            }}
          </ChartFrame>
        </div>
      )}
      <div className="zv-grid zv-grid--2">
        <ChartFrame
          indicator="RUNNING_CASES"
          alsoAbout={[
            { code: 'CASES_CHANGE', label: t('aboutChange') },
            { code: 'UNSPECIFIED_SHARE', label: t('aboutUnspecifiedShare') },
          ]}
          title={t('chartTrendTitle')}
          summary={trendSummary(data.caseloadSnapshots, ctx)}
          sources={data.caseloadSnapshots.map((s) => s.source)}
          table={explainTable(trendTable(data.caseloadSnapshots, ctx), regionExplanations, ctx)}
        >
          {(summaryId) => (
            <LineChart
              label={t('chartTrendTitle')}
              describedBy={summaryId}
              points={explainPoints(trendPoints(data.caseloadSnapshots, ctx), regionExplanations, ctx)}
              sparseNote={data.caseloadSnapshots.length < 3 ? t('chartTrendSparse') : undefined}
              gapNote={t('chartTrendGap')}
              formatTick={(v) => formatInteger(v, lang)}
            />
          )}
        </ChartFrame>
        {snapshot && snapshot.byMunicipality.length > 0 ? (
          <ChartFrame
            indicator="SHARE_OF_REGION"
            title={t('chartShareTitle', { date: snapshotDate(snapshot, ctx) })}
            summary={shareSummary(snapshot, ctx)}
            sources={[snapshot.source]}
            note={shareBasisNote(snapshot, ctx)}
            table={caseTable(snapshot, ctx)}
          >
            {(summaryId) => (
              <BarChart
                label={t('chartShareTitle', { date: snapshotDate(snapshot, ctx) })}
                describedBy={summaryId}
                data={shareMarks(snapshot, ctx)}
                onSelect={onSelect}
                formatTick={(v) => formatPercent(v, 0, lang)}
              />
            )}
          </ChartFrame>
        ) : null}
      </div>
      <ExplanationsPanel
        countDates={data.caseloadSnapshots.map((s) => ({ peildatum: s.peildatum, label: snapshotDate(s, ctx) }))}
        municipalities={data.municipalities}
      />
      <FlowsSection />
      <NotesPanel target="casuistiek" peildatum={snapshot?.peildatum ?? null} className="zv-notes--view" />
      {snapshot ? (
        <DomainSection snapshot={snapshot} suppressBelow={data.suppressBelow} ctx={ctx} explanations={regionExplanations} />
      ) : null}
    </>
  );
}

function shareSummary(snapshot: NonNullable<CaseloadData['caseload']>, ctx: TextContext): string {
  const top = [...snapshot.byMunicipality].sort((a, b) => (b.shareOfAssigned ?? 0) - (a.shareOfAssigned ?? 0))[0];
  if (!top || top.shareOfAssigned === null) return ctx.t('empty');
  return ctx.t('chartShareSummary', {
    top: top.municipality.name,
    share: formatPercent(top.shareOfAssigned, 0, ctx.lang),
    count: formatInteger(top.count ?? 0, ctx.lang),
    assigned: formatInteger(assignedCases(snapshot), ctx.lang),
  });
}
