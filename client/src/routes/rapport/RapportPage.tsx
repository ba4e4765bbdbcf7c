import { useQuery } from '@apollo/client/react';
import { ChartFrame } from '../../components/ChartFrame';
import { PageHeader } from '../../components/PageHeader';
import { Per10kFrame } from '../../components/Per10kFrame';
import { SharesFrame } from '../../components/SharesFrame';
import { QueryView } from '../../components/QueryView';
import { useNow } from '../../components/clientTime';
import { sourceHref, type SourceInfo } from '../../components/SourceLine';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, formatDateTime } from '../../format';
import { caseSummary, caseTable, snapshotDate, trendSummary, trendTable } from '../../models/caseload';
import { contributionSummary, contributionTable } from '../../models/finance';
import '../../styles/presentation.css';
import { latestText, targetText } from '../../steering/goalModel';
import { GoalStatusBadge, sortGoals } from '../../steering/goalStatus';
import type { SteeringData } from '../../steering/slides';
import { CasesBarChart, ContributionsBarChart, HeadlineTiles, ThemeDetail, TrendLineChart, type Ctx } from '../../steering/SteeringParts';
import { SteeringQuery } from '../../steering/steeringQuery';
import { useLanguage } from '../../i18n/LanguageContext';
import { TableScroller } from '../../components/TableScroller';
import { SignalList } from '../../signals/SignalList';
import { ExplanationList } from '../../explanations/ExplanationList';
import { explainTable, numberExplanations, ofPlace } from '../../explanations/explanationModel';

/** The views a note can belong to, by their target name. */
const VIEW_NAMES: Record<string, string> = { overzicht: 'Overzicht', casuistiek: 'Casuïstiek', financien: 'Financiën' };

export interface ReportSource {
  document: string;
  title: string | null;
  url: string | null;
  /** The sections used, in the order first used. */
  sections: string[];
}

/** Every document used, once, in the order first used, with the sections the figures come from. */
export function reportSources(sources: SourceInfo[]): ReportSource[] {
  const byDocument = new Map<string, ReportSource>();
  for (const src of sources) {
    let entry = byDocument.get(src.document);
    if (!entry) {
      entry = { document: src.document, title: src.title ?? null, url: src.url ?? null, sections: [] };
      byDocument.set(src.document, entry);
    }
    if (src.section && !entry.sections.includes(src.section)) entry.sections.push(src.section);
  }
  return [...byDocument.values()];
}

/** The board report: one page that prints as an A4 report of the current state. */
export default function RapportPage() {
  const ctx = useLanguage();
  const now = useNow();
  const result = useQuery(SteeringQuery);
  const { t, lang } = ctx;
  const latest = result.data?.caseloadSnapshots.at(-1);
  const meta = result.data ? (
    <>
      {t('boardReportRegion')}: {result.data.region.name}
      {latest ? (
        <>
          {' '}
          · {t('peildatum')}: {snapshotDate(latest, ctx)}
        </>
      ) : null}{' '}
      {/* In print the date stands in every page's margin (components/printMargins.ts). */}
      {now ? (
        <span className="zv-no-print">
          · {t('boardReportDate')}: {formatDateTime(now, lang)}
        </span>
      ) : null}
    </>
  ) : undefined;
  return (
    <div className="zv-report">
      <PageHeader title={t('boardReportTitle')} intro={t('boardReportIntro')} meta={meta}>
        <button type="button" className="utrecht-button utrecht-button--primary-action zv-report__print" onClick={() => window.print()}>
          {t('boardReportPrint')}
        </button>
      </PageHeader>
      <QueryView result={result}>{(data) => <Report data={data} ctx={ctx} />}</QueryView>
    </div>
  );
}

function Report({ data, ctx }: { data: SteeringData; ctx: Ctx }) {
  const { t, lang } = ctx;
  const snapshots = data.caseloadSnapshots;
  const brokenDown = data.caseloadBreakdown;
  const contributions = data.contributionHistory.at(-1);
  const goals = sortGoals(data.goals);
  const themes = [...data.themes].sort((a, b) => a.number - b.number);
  // Signals on views and figures ("rode draden"); those on themes stand with their theme.
  // Every explanation, numbered once; the trend of the region marks the region's.
  const explanations = numberExplanations(data.explanations, undefined);
  const regionExplanations = ofPlace(explanations, null);
  const viewNotes = data.notes.filter((n) => !n.target.startsWith('theme:')).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const sources = reportSources([
    ...snapshots.map((x) => x.source),
    ...data.contributionHistory.map((x) => x.source),
    ...themes.map((x) => x.source),
  ]);

  return (
    <>
      <section className="zv-report__section" aria-labelledby="rapport-cijfers">
        <h2 id="rapport-cijfers" className="utrecht-heading-2">
          {t('boardReportFigures')}
        </h2>
        <HeadlineTiles data={data} ctx={ctx} />
      </section>

      <section className="zv-report__section" aria-labelledby="rapport-doelen">
        <h2 id="rapport-doelen" className="utrecht-heading-2">
          {t('boardReportGoals')}
        </h2>
        {goals.length === 0 ? (
          <p className="utrecht-paragraph">{t('boardNoGoals')}</p>
        ) : (
          <TableScroller label={t('boardReportGoals')}>
            <table className="utrecht-table utrecht-table--html-table zv-table zv-report__table">
              <caption className="zv-visually-hidden">{t('boardReportGoals')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('boardColGoal')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('boardColAbout')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('boardColStatus')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell utrecht-table__cell--numeric-column">
                    {t('boardColLatest')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell utrecht-table__cell--numeric-column">
                    {t('boardColTarget')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('boardColDeadline')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {goals.map((goal) => (
                  <tr key={goal.id}>
                    <th scope="row" className="utrecht-table__header-cell">
                      {goal.title}
                    </th>
                    <td className="utrecht-table__cell">
                      {goal.theme ? <span lang="nl">{`${goal.theme.number}. ${goal.theme.title}`}</span> : null}
                      {goal.theme && goal.municipality ? ' · ' : null}
                      {goal.municipality?.name ?? (goal.theme ? null : t('boardRegion'))}
                    </td>
                    <td className="utrecht-table__cell">
                      <GoalStatusBadge status={goal.status} />
                    </td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{latestText(goal, lang)}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{targetText(goal, t, lang)}</td>
                    <td className="utrecht-table__cell">{goal.deadline ? formatDate(goal.deadline, lang) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        )}
      </section>

      <SignalList list={data.signals} ctx={ctx} className="zv-report__section" />

      <section className="zv-report__section" aria-labelledby="rapport-prioriteiten">
        <h2 id="rapport-prioriteiten" className="utrecht-heading-2">
          {t('boardReportThemes')}
        </h2>
        <ol className="zv-report__themes">
          {themes.map((theme) => (
            <li key={theme.code} className="zv-report__theme">
              <article aria-labelledby={`rapport-theme-${theme.code}`}>
                <div className="zv-theme__head">
                  <h3 id={`rapport-theme-${theme.code}`} className="utrecht-heading-3 zv-theme__title">
                    <span className="zv-theme__number">{theme.number}</span> <span lang="nl">{theme.title}</span>
                  </h3>
                  <StatusBadge status={theme.status} />
                </div>
                <ThemeDetail theme={theme} notes={data.notes} ctx={ctx} headingLevel={3} />
              </article>
            </li>
          ))}
        </ol>
      </section>

      {viewNotes.length > 0 ? (
        <section className="zv-report__section" aria-labelledby="rapport-signalen">
          <h2 id="rapport-signalen" className="utrecht-heading-2">
            {t('boardNotes')}
          </h2>
          <ul className="zv-steering-notes">
            {viewNotes.map((note) => (
              <li key={note.id}>
                <strong>{VIEW_NAMES[note.target] ?? note.target}</strong>
                {note.peildatum ? ` (${formatDate(note.peildatum, lang)})` : ''}: {note.text}
                {note.author ? <span className="zv-steering-notes__meta"> — {note.author}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {explanations.length > 0 ? (
        <section className="zv-report__section" aria-labelledby="rapport-toelichtingen">
          <h2 id="rapport-toelichtingen" className="utrecht-heading-2">
            {t('explanationsTitle')}
          </h2>
          <p className="utrecht-paragraph">{t('explanationsIntro')}</p>
          <ExplanationList items={explanations} ctx={ctx} />
        </section>
      ) : null}

      <section className="zv-report__section zv-report__section--break" aria-labelledby="rapport-grafieken">
        <h2 id="rapport-grafieken" className="utrecht-heading-2">
          {t('boardReportCharts')}
        </h2>
        <div className="zv-report__charts">
          {brokenDown ? (
            <ChartFrame
              indicator="RUNNING_CASES"
              level={3}
              title={t('chartCasesTitle', { date: snapshotDate(brokenDown, ctx) })}
              summary={caseSummary(brokenDown, 'absolute', ctx)}
              sources={[brokenDown.source]}
              table={caseTable(brokenDown, ctx)}
            >
              {(summaryId) => <CasesBarChart snapshot={brokenDown} ctx={ctx} describedBy={summaryId} />}
            </ChartFrame>
          ) : null}
          {brokenDown ? <Per10kFrame level={3} snapshot={brokenDown} ctx={ctx} /> : null}
          <ChartFrame
            indicator="RUNNING_CASES"
            className="zv-chart--wide"
            level={3}
            title={t('chartTrendTitle')}
            summary={trendSummary(snapshots, ctx)}
            sources={snapshots.map((x) => x.source)}
            table={explainTable(trendTable(snapshots, ctx), regionExplanations, ctx)}
          >
            {(summaryId) => <TrendLineChart snapshots={snapshots} ctx={ctx} describedBy={summaryId} explanations={regionExplanations} />}
          </ChartFrame>
          {contributions ? (
            <ChartFrame
              indicator="CONTRIBUTIONS"
              className="zv-chart--wide"
              level={3}
              title={t('chartContribTitle', { years: String(contributions.year) })}
              summary={contributionSummary(contributions, ctx)}
              sources={[contributions.source]}
              table={contributionTable(data.contributionHistory.slice(-2), ctx)}
            >
              {(summaryId) => <ContributionsBarChart year={contributions} ctx={ctx} describedBy={summaryId} />}
            </ChartFrame>
          ) : null}
          {contributions ? (
            // Contribution against use: what a board compares first.
            <SharesFrame
              className="zv-chart--wide"
              level={3}
              year={contributions}
              cases={
                brokenDown
                  ? { byMunicipality: brokenDown.byMunicipality, date: snapshotDate(brokenDown, ctx), source: brokenDown.source }
                  : null
              }
              ctx={ctx}
            />
          ) : null}
        </div>
      </section>

      <section className="zv-report__section" aria-labelledby="rapport-bronnen">
        <h2 id="rapport-bronnen" className="utrecht-heading-2">
          {t('boardReportSources')}
        </h2>
        <ol className="zv-report__sources">
          {sources.map((src) => (
            <li key={src.document} lang="nl">
              {/* The title, never a bare file name: the shipped copy opens from it on screen. */}
              {sourceHref(src) ? (
                <a className="utrecht-link zv-report__source-title" href={sourceHref(src) ?? undefined} rel="noreferrer">
                  {src.title ?? src.document}
                </a>
              ) : (
                <strong>{src.title ?? src.document}</strong>
              )}
              {/* On paper a link cannot be followed: a published document gives its address. */}
              {src.url ? <span className="zv-report__url"> ({src.url})</span> : null}
              {src.sections.length > 0 ? <span className="zv-report__sections">{src.sections.join('; ')}</span> : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
