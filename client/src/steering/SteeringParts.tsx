import { explainPoints, type Numbered } from '../explanations/explanationModel';
import { BarChart } from '../charts/BarChart';
import { LineChart } from '../charts/LineChart';
import type { Mark } from '../charts/types';
import { StatusBadge } from '../components/StatusBadge';
import { FigureTiles } from '../components/FigureTiles';
import { Tile } from '../components/Tile';
import { formatChange, formatDate, formatEuro, formatInteger } from '../format';
import type { ThemeStatus } from '../generated/graphql';
import { caseMarks, snapshotDate, trendPoints } from '../models/caseload';
import type { TextContext } from '../models/context';
import { goalCounts, GoalStatusBadge } from './goalStatus';
import { notesFor, type SteeringData, type SteeringNote, type SteeringTheme } from './slides';

export type Ctx = TextContext;

const THEME_STATUS_ORDER: ThemeStatus[] = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK', 'DONE', 'NOT_ASSESSED'];

/** The headline figures: running cases and change, per 10.000, contributions and change, priorities and goals per status. */
export function HeadlineTiles({ data, ctx }: { data: SteeringData; ctx: Ctx }) {
  const { t, lang } = ctx;
  const themeCounts = THEME_STATUS_ORDER.map((status) => ({
    status,
    count: data.themes.filter((th) => th.status === status).length,
  })).filter((c) => c.count > 0);
  const goals = goalCounts(data.goals);
  return (
    <div className="zv-tiles zv-steering-tiles">
      <FigureTiles
        snapshots={data.caseloadSnapshots}
        brokenDown={data.caseloadBreakdown}
        contributionHistory={data.contributionHistory}
        ctx={ctx}
      />
      <Tile
        indicator={{ code: 'PRIORITIES_BY_STATUS', label: t('aboutFigure') }}
        label={t('tilePriorities')}
        value={formatInteger(data.themes.length, lang)}
        detail={
          <span className="zv-steering-counts">
            {themeCounts.map((c) => (
              <span key={c.status} className="zv-steering-counts__item">
                <StatusBadge status={c.status} /> {c.count}
              </span>
            ))}
          </span>
        }
        basis={
          goals.length === 0 ? (
            t('boardNoGoals')
          ) : (
            <span className="zv-steering-counts">
              <span className="zv-steering-counts__label">{t('boardGoalsPerStatus')}:</span>
              {goals.map((c) => (
                <span key={c.status} className="zv-steering-counts__item">
                  <GoalStatusBadge status={c.status} /> {c.count}
                </span>
              ))}
            </span>
          )
        }
      />
    </div>
  );
}

/** Owner, progress note (or the source's summary), next milestone and the notes of one theme. */
export function ThemeDetail({
  theme,
  notes,
  ctx,
  headingLevel,
}: {
  theme: SteeringTheme;
  notes: SteeringNote[];
  ctx: Ctx;
  headingLevel: 2 | 3;
}) {
  const { t, lang } = ctx;
  const themeNotes = notesFor(notes, `theme:${theme.code}`);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="zv-steering-theme">
      <dl className="zv-steering-facts">
        <div className="zv-steering-facts__row">
          <dt>{t('boardColStatus')}</dt>
          <dd>
            <StatusBadge status={theme.status} />
          </dd>
        </div>
        <div className="zv-steering-facts__row">
          <dt>{t('boardOwner')}</dt>
          <dd>{theme.owner ?? t('boardNoOwner')}</dd>
        </div>
        <div className="zv-steering-facts__row">
          <dt>{t('boardNextMilestone')}</dt>
          <dd>
            {theme.nextMilestone ? (
              <>
                {theme.nextMilestone}
                {theme.nextMilestoneDate ? (
                  <>
                    {' '}
                    — <strong>{formatDate(theme.nextMilestoneDate, lang)}</strong>
                  </>
                ) : null}
              </>
            ) : theme.nextMilestoneDate ? (
              formatDate(theme.nextMilestoneDate, lang)
            ) : (
              t('boardNoMilestone')
            )}
          </dd>
        </div>
      </dl>
      {theme.progressNote ? (
        <div className="zv-steering-theme__text">
          <Heading className="zv-steering-theme__label">{t('boardProgress')}</Heading>
          <p className="utrecht-paragraph">{theme.progressNote}</p>
        </div>
      ) : theme.summary ? (
        <div className="zv-steering-theme__text">
          <Heading className="zv-steering-theme__label">{t('boardSummary')}</Heading>
          <p className="utrecht-paragraph" lang="nl">
            {theme.summary}
          </p>
        </div>
      ) : null}
      {themeNotes.length > 0 ? (
        <div className="zv-steering-theme__notes">
          <Heading className="zv-steering-theme__label">{t('boardNotes')}</Heading>
          <ul className="zv-steering-notes">
            {themeNotes.map((n) => (
              <li key={n.id}>
                <span aria-hidden="true" className="zv-steering-notes__icon">
                  ▸
                </span>{' '}
                {n.text}
                <span className="zv-steering-notes__meta">
                  {' '}
                  ({t('boardNoteBy', { author: n.author ?? '–', date: formatDate((n.peildatum ?? n.createdAt).slice(0, 10), lang) })})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

type Snapshots = SteeringData['caseloadSnapshots'];
type BrokenDownSnapshot = NonNullable<SteeringData['caseloadBreakdown']>;
type ContributionYear = SteeringData['contributionHistory'][number];

export function CasesBarChart({
  snapshot,
  ctx,
  describedBy,
  compact,
}: {
  snapshot: BrokenDownSnapshot;
  ctx: Ctx;
  describedBy?: string;
  compact?: boolean;
}) {
  const { data: bars, apart } = caseMarks(snapshot, 'absolute', ctx);
  return (
    <BarChart
      compact={compact}
      label={ctx.t('chartCasesTitle', { date: snapshotDate(snapshot, ctx) })}
      describedBy={describedBy}
      data={bars}
      apart={apart}
      formatTick={(v) => formatInteger(v, ctx.lang)}
    />
  );
}

export function TrendLineChart({
  snapshots,
  ctx,
  describedBy,
  compact,
  explanations = [],
}: {
  snapshots: Snapshots;
  ctx: Ctx;
  describedBy?: string;
  compact?: boolean;
  /** The region's numbered explanations: markers at their count dates. */
  explanations?: Numbered[];
}) {
  return (
    <LineChart
      compact={compact}
      label={ctx.t('chartTrendTitle')}
      describedBy={describedBy}
      points={explainPoints(trendPoints(snapshots, ctx), explanations, ctx)}
      sparseNote={snapshots.length < 3 ? ctx.t('chartTrendSparse') : undefined}
      gapNote={ctx.t('chartTrendGap')}
      formatTick={(v) => formatInteger(v, ctx.lang)}
    />
  );
}

/** Contributions per municipality for one year; the value labels carry the change from the previous year. */
export function ContributionsBarChart({
  year,
  ctx,
  describedBy,
  compact,
}: {
  year: ContributionYear;
  ctx: Ctx;
  describedBy?: string;
  compact?: boolean;
}) {
  const { t, lang } = ctx;
  const data: Mark[] = year.byMunicipality.map((c) => {
    const amount = formatEuro(c.amountEur, lang);
    const change = c.changeFromPreviousYear === null ? '' : ` (${formatChange(c.changeFromPreviousYear, 1, lang)})`;
    return {
      key: c.municipality.code,
      label: c.municipality.name,
      value: c.amountEur,
      valueText: `${amount}${change}`,
      ariaLabel: `${t('contribAria', { name: c.municipality.name, year: year.year, amount })}${change}`,
    };
  });
  return (
    <BarChart
      compact={compact}
      label={t('chartContribTitle', { years: String(year.year) })}
      describedBy={describedBy}
      data={data}
      formatTick={(v) => formatEuro(v, lang)}
    />
  );
}
