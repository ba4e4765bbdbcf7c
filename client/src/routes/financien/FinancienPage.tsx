import { useQuery } from '@apollo/client/react';
import { useLocation } from 'wouter';
import { BarChart } from '../../charts/BarChart';
import { GroupedBarChart } from '../../charts/GroupedBarChart';
import { ChartFrame } from '../../components/ChartFrame';
import { PageHeader } from '../../components/PageHeader';
import { SharesFrame } from '../../components/SharesFrame';
import { QueryView } from '../../components/QueryView';
import { SelectFilter } from '../../components/SelectFilter';
import { formatEuro, formatEuroCents, formatList } from '../../format';
import type { FinanceQuery as FinanceData } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import { snapshotDate } from '../../models/caseload';
import type { TextContext } from '../../models/context';
import { contributionGroups, contributionSummary, contributionTable, perInhabitantMarks, perInhabitantRows } from '../../models/finance';
import { NotesPanel } from '../../steering/NotesPanel';
import { useUrlParam } from '../../url';
import { FundingSection } from './FundingSection';
import { FinanceQuery } from './financeQuery';

export default function FinancienPage() {
  const ctx = useLanguage();
  const result = useQuery(FinanceQuery);
  return <QueryView result={result}>{(data) => <Finance data={data} ctx={ctx} />}</QueryView>;
}

function Finance({ data, ctx }: { data: FinanceData; ctx: TextContext }) {
  const { t, lang } = ctx;
  const [, navigate] = useLocation();
  const onSelect = (code: string) => navigate(`/gemeente/${code}`);
  const years = data.contributionHistory;
  const latest = years.at(-1);
  const [yearParam, setYear] = useUrlParam('jaar', latest ? String(latest.year) : '');
  const year = years.find((y) => String(y.year) === yearParam) ?? latest;
  const cases = data.caseload?.byMunicipality ?? [];
  const caseDate = data.caseload ? snapshotDate(data.caseload, ctx) : '–';

  return (
    <>
      <PageHeader title={t('financeTitle')} intro={t('financeIntro')} meta={year ? `${t('year')}: ${year.year}` : undefined}>
        <div className="zv-filters">
          <SelectFilter
            label={t('year')}
            value={year ? String(year.year) : ''}
            options={[...years].reverse().map((y) => ({ value: String(y.year), label: String(y.year) }))}
            onChange={setYear}
          />
        </div>
      </PageHeader>
      {!year ? (
        <p className="utrecht-paragraph" role="status">
          {t('empty')}
        </p>
      ) : (
        <>
          <div className="zv-headline">
            <p className="zv-headline__label">{t('tileContributions', { year: year.year })}</p>
            <p className="zv-headline__value">{formatEuro(year.totalEur, lang)}</p>
            {year.source.note ? (
              <p className="zv-headline__note" lang="nl">
                {year.source.note}
              </p>
            ) : null}
          </div>
          <div className="zv-grid zv-grid--2">
            <ChartFrame
              indicator="CONTRIBUTIONS"
              title={t('chartContribTitle', {
                years: formatList(
                  years.map((y) => String(y.year)),
                  lang,
                ),
              })}
              summary={contributionSummary(year, ctx)}
              sources={years.map((y) => y.source)}
              table={contributionTable(years, ctx)}
            >
              {(summaryId) => {
                const { series, groups } = contributionGroups(years, ctx);
                return (
                  <GroupedBarChart
                    label={t('chartContribTitle', {
                      years: formatList(
                        years.map((y) => String(y.year)),
                        lang,
                      ),
                    })}
                    describedBy={summaryId}
                    series={series}
                    groups={groups}
                    onSelect={onSelect}
                    formatTick={(v) => formatEuro(v, lang)}
                  />
                );
              }}
            </ChartFrame>
            <SharesFrame
              year={year}
              cases={data.caseload ? { byMunicipality: cases, date: caseDate, source: data.caseload.source } : null}
              onSelect={onSelect}
              ctx={ctx}
            />
          </div>
          <div className="zv-grid zv-grid--2">
            <ChartFrame
              indicator="CONTRIBUTION_PER_INHABITANT"
              alsoAbout={[{ code: 'CONTRIBUTION_PER_CASE', label: t('aboutPerCase') }]}
              title={t('chartPerInhabitantTitle', { year: year.year })}
              summary={perInhabitantSummary(year, ctx)}
              sources={[year.source]}
              note={t('perCaseBasis', { year: year.year, date: caseDate })}
              table={perInhabitantRows(year, cases, ctx)}
            >
              {(summaryId) => (
                <BarChart
                  label={t('chartPerInhabitantTitle', { year: year.year })}
                  describedBy={summaryId}
                  data={perInhabitantMarks(year, ctx)}
                  onSelect={onSelect}
                  formatTick={(v) => formatEuroCents(v, lang)}
                />
              )}
            </ChartFrame>
            <FundingSection funding={data.fundingSources} capacity={data.capacity} ctx={ctx} />
          </div>
          <NotesPanel target="financien" className="zv-notes--view" />
        </>
      )}
    </>
  );
}

function perInhabitantSummary(year: FinanceData['contributionHistory'][number], ctx: TextContext): string {
  const values = year.byMunicipality.map((c) => c.perInhabitantEur).filter((v): v is number => v !== null);
  if (values.length === 0) return ctx.t('empty');
  return ctx.t('chartPerInhabitantSummary', {
    min: formatEuroCents(Math.min(...values), ctx.lang),
    max: formatEuroCents(Math.max(...values), ctx.lang),
    region: year.perInhabitantEur == null ? '–' : formatEuroCents(year.perInhabitantEur, ctx.lang),
  });
}
