import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useSearch } from 'wouter';
import { DemonstrationBanner } from '../../components/DemonstrationBanner';
import { QueryView } from '../../components/QueryView';
import { StatusBadge } from '../../components/StatusBadge';
import { formatChange, formatDate, formatEuro } from '../../format';
import { caseSummary, snapshotDate, trendSummary } from '../../models/caseload';
import { contributionSummary } from '../../models/finance';
import '../../styles/presentation.css';
import {
  buildSlides,
  nextSlide,
  returnPath,
  slideFromSearch,
  type Slide,
  type SteeringData,
  type SteeringTheme,
  threadOf,
} from '../../steering/slides';
import { CasesBarChart, ContributionsBarChart, HeadlineTiles, TrendLineChart, type Ctx } from '../../steering/SteeringParts';
import { exitFullscreen, requestFullscreen, useFullscreenEnabled } from '../../steering/fullscreen';
import { latestText, targetText } from '../../steering/goalModel';
import { GoalStatusBadge, goalCounts } from '../../steering/goalStatus';
import { SteeringQuery } from '../../steering/steeringQuery';
import { useLanguage } from '../../i18n/LanguageContext';
import { SignalSlide } from '../../signals/SignalList';
import { onRegionTrend, numberExplanations } from '../../explanations/explanationModel';
import { SlideExplanations } from '../../explanations/SlideExplanations';

/**
 * Presentation mode for board meetings on a projector (1280×720 to 3840×2160; the type grows with
 * the screen, see presentation.css): one slide at a time, large type,
 * no navigation chrome; a clicker's PageDown/PageUp, arrows, Space, Home/End; Escape leaves.
 */
export default function PresentatiePage() {
  const ctx = useLanguage();
  const result = useQuery(SteeringQuery);
  const regionName = result.data?.region.name ?? '';
  const search = useSearch();
  const [, navigate] = useLocation();
  const leave = useCallback(() => {
    exitFullscreen();
    navigate(returnPath(search), { replace: true });
  }, [navigate, search]);

  // No header, navigation or footer while presenting.
  useEffect(() => {
    document.documentElement.classList.add('zv-presenting');
    document.title = [ctx.t('boardPresentTitle'), ctx.t('appTitle'), regionName].filter(Boolean).join(' — ');
    return () => document.documentElement.classList.remove('zv-presenting');
  }, [ctx, regionName]);

  // Full screen on start when the browser allows it (right after the click on "Presentatie").
  useEffect(() => {
    if (navigator.userActivation?.isActive) requestFullscreen();
  }, []);

  return (
    <div className="zv-present" role="region" aria-label={ctx.t('boardPresentLabel')}>
      <DemonstrationBanner slide />
      <QueryView result={result}>{(data) => <Slides data={data} ctx={ctx} search={search} leave={leave} />}</QueryView>
    </div>
  );
}

export function Slides({ data, ctx, search, leave }: { data: SteeringData; ctx: Ctx; search: string; leave: () => void }) {
  const { t } = ctx;
  const [, navigate] = useLocation();
  const canFullscreen = useFullscreenEnabled();
  const slides = useMemo(() => buildSlides(data, t), [data, t]);
  const index = slideFromSearch(search, slides.length);
  const slide = slides[index] ?? slides[0]!;
  const go = useCallback(
    (to: number) => {
      const params = new URLSearchParams(search);
      params.set('dia', String(to + 1));
      navigate(`/presentatie?${params.toString()}`, { replace: true });
    },
    [navigate, search],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      // Space and Enter on a button or link are that control's own.
      if ((event.key === ' ' || event.key === 'Enter') && target?.closest('button, a, input, select, textarea, [role="link"]')) return;
      const move = nextSlide(index, event.key, slides.length);
      if (move === null) return;
      event.preventDefault();
      if (move === 'exit') leave();
      else if (move.to !== index) go(move.to);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, slides.length, go, leave]);

  // Leaving full screen (the browser's own Escape) leaves the presentation too.
  const wasFullscreen = useRef(false);
  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement) wasFullscreen.current = true;
      else if (wasFullscreen.current) leave();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [leave]);

  const n = index + 1;
  const count = slides.length;
  return (
    <>
      <section className={`zv-slide zv-slide--${slide.kind}`} aria-labelledby="zv-slide-title" key={slide.key}>
        <header className="zv-slide__header">
          <h1 id="zv-slide-title" className="zv-slide__title">
            {slide.title}
          </h1>
          <p className="zv-slide__meta">
            {ctx.t('appTitle')} · {data.region.name}
          </p>
        </header>
        <div className="zv-slide__body">
          <SlideBody slide={slide} data={data} ctx={ctx} />
        </div>
      </section>
      <footer className="zv-present__bar">
        <div className="zv-present__buttons">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => go(index - 1)}
            disabled={index === 0}
          >
            <span aria-hidden="true">← </span>
            {t('boardPrevious')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => go(index + 1)}
            disabled={index === count - 1}
          >
            {t('boardNext')}
            <span aria-hidden="true"> →</span>
          </button>
          {canFullscreen ? (
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={requestFullscreen}>
              {t('boardFullscreen')}
            </button>
          ) : null}
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={leave}>
            <span aria-hidden="true">✕ </span>
            {t('boardExit')}
          </button>
        </div>
        <p className="zv-present__hint">{t('boardKeysHint')}</p>
        <p className="zv-present__counter" aria-label={t('boardSlideCounterLabel', { n, count })} data-testid="slide-counter">
          {t('boardSlideCounter', { n, count })}
        </p>
      </footer>
      <p className="zv-visually-hidden" aria-live="polite" aria-atomic="true">
        {t('boardSlideAnnounce', { n, count, title: slide.title })}
      </p>
    </>
  );
}

function SlideBody({ slide, data, ctx }: { slide: Slide; data: SteeringData; ctx: Ctx }) {
  const { t, lang } = ctx;
  switch (slide.kind) {
    case 'overview':
      return <HeadlineTiles data={data} ctx={ctx} />;
    case 'attention': {
      // The same rule as the overview's points of attention: priorities at risk or off track, and
      // goals off track, at risk or out of date, most serious first.
      const items = slide.items;
      if (items.length === 0) {
        return (
          <div className="zv-slide__empty">
            <p className="zv-slide__empty-title">
              <span aria-hidden="true">✓ </span>
              {t('boardNoAttention')}
            </p>
            <p>{data.goals.length === 0 ? t('boardNoGoals') : t('boardNoAttentionDetail')}</p>
          </div>
        );
      }
      const goals = new Map(data.goals.map((g) => [`goal:${g.id}`, g]));
      const themes = new Map(data.themes.map((th) => [`theme:${th.code}`, th]));
      return (
        <ul className="zv-slide-goals">
          {items.map((item) => {
            const goal = goals.get(item.key);
            const theme = themes.get(item.key);
            return (
              <li key={item.key} className="zv-slide-goals__item">
                {goal ? <GoalStatusBadge status={goal.status} /> : theme ? <StatusBadge status={theme.status} /> : null}
                <span className="zv-slide-goals__title">{item.title}</span>
                {goal ? (
                  <span className="zv-slide-goals__figures">
                    {t('boardLatestValue')}: {latestText(goal, lang)} · {t('boardTarget')}: {targetText(goal, t, lang)}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      );
    }
    case 'signals':
      return <SignalSlide signals={slide.signals} shortfalls={slide.shortfalls} ctx={ctx} />;
    case 'priorities':
      return <PrioritiesTable themes={slide.themes} data={data} ctx={ctx} />;
    case 'caseload': {
      const snapshots = data.caseloadSnapshots;
      const brokenDown = data.caseloadBreakdown;
      // Those of what the slide shows: the region's figures at the trend's count dates, numbered as
      // on its markers; listed the latest first, as many as fit.
      const explanations = numberExplanations(onRegionTrend(data.explanations, snapshots), null);
      return (
        <div className="zv-slide__charts">
          {brokenDown ? (
            <figure className="zv-slide__chart">
              <figcaption>
                <strong>{t('chartCasesTitle', { date: snapshotDate(brokenDown, ctx) })}</strong>
                <span id="zv-slide-cases-summary" className="zv-slide__chart-summary">
                  {caseSummary(brokenDown, 'absolute', ctx)}
                </span>
              </figcaption>
              <CasesBarChart snapshot={brokenDown} ctx={ctx} describedBy="zv-slide-cases-summary" />
            </figure>
          ) : null}
          <figure className="zv-slide__chart">
            <figcaption>
              <strong>{t('chartTrendTitle')}</strong>
              <span id="zv-slide-trend-summary" className="zv-slide__chart-summary">
                {trendSummary(snapshots, ctx)}
              </span>
            </figcaption>
            <TrendLineChart snapshots={snapshots} ctx={ctx} describedBy="zv-slide-trend-summary" explanations={explanations} />
            {explanations.length > 0 ? <SlideExplanations items={[...explanations].reverse()} ctx={ctx} /> : null}
          </figure>
        </div>
      );
    }
    case 'money': {
      const year = data.contributionHistory.at(-1);
      const previous = data.contributionHistory.at(-2);
      if (!year) return <p>{t('empty')}</p>;
      return (
        <div className="zv-slide__charts zv-slide__charts--money">
          <div className="zv-slide__money-figures">
            <p className="zv-slide__big-label">{t('boardMoneyTotal', { year: year.year })}</p>
            <p className="zv-slide__big">{formatEuro(year.totalEur, lang)}</p>
            {previous && year.changeFromPreviousYear !== null ? (
              <p className="zv-slide__big-detail">
                {t('boardChangeYear', { year: previous.year })}: <strong>{formatChange(year.changeFromPreviousYear, 1, lang)}</strong> (
                {formatEuro(previous.totalEur, lang)})
              </p>
            ) : null}
          </div>
          <figure className="zv-slide__chart">
            <figcaption>
              <strong>{t('chartContribTitle', { years: String(year.year) })}</strong>
              <span id="zv-slide-money-summary" className="zv-slide__chart-summary">
                {contributionSummary(year, ctx)}
              </span>
            </figcaption>
            <ContributionsBarChart year={year} ctx={ctx} describedBy="zv-slide-money-summary" />
          </figure>
        </div>
      );
    }
  }
}

/**
 * The priorities at a glance: status (icon + word), their goals per status, and the latest common
 * thread ("rode draad"; else the progress note). One row per priority, by number.
 */
function PrioritiesTable({ themes, data, ctx }: { themes: SteeringTheme[]; data: SteeringData; ctx: Ctx }) {
  const { t, lang } = ctx;
  return (
    <table className="zv-slide-table">
      <thead>
        <tr>
          <th scope="col">{t('boardColPriority')}</th>
          <th scope="col">{t('boardColStatus')}</th>
          <th scope="col">{t('boardColGoals')}</th>
          <th scope="col">{t('boardColThread')}</th>
        </tr>
      </thead>
      <tbody>
        {themes.map((theme) => {
          const goals = goalCounts(data.goals.filter((g) => g.theme?.code === theme.code));
          const { note, text } = threadOf(theme, data.notes);
          return (
            <tr key={theme.code}>
              <th scope="row" className="zv-slide-table__theme">
                <span className="zv-theme__number">{theme.number}</span> {theme.title}
              </th>
              <td>
                <StatusBadge status={theme.status} />
              </td>
              <td>
                {goals.length === 0 ? (
                  <span className="zv-slide-table__none">{t('boardNoThemeGoals')}</span>
                ) : (
                  <span className="zv-steering-counts">
                    {goals.map((c) => (
                      <span key={c.status} className="zv-steering-counts__item">
                        <GoalStatusBadge status={c.status} /> {c.count}
                      </span>
                    ))}
                  </span>
                )}
              </td>
              <td>
                {note ? (
                  <>
                    <span className="zv-slide-table__meta">
                      {t('boardNoteBy', {
                        author: note.author ?? '–',
                        date: formatDate((note.peildatum ?? note.createdAt).slice(0, 10), lang),
                      })}
                    </span>
                    <span className="zv-slide-table__thread">{note.text}</span>
                  </>
                ) : text ? (
                  <span className="zv-slide-table__thread">{text}</span>
                ) : (
                  <span className="zv-slide-table__none">{t('boardNoThread')}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
