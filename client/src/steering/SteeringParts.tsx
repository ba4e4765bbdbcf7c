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
import type { SteeringT } from './texts';

export type Ctx = TextContext & { s: SteeringT };

const THEME_STATUS_ORDER: ThemeStatus[] = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK', 'DONE', 'NOT_ASSESSED'];

/** The headline figures: running cases and change, per 10.000, contributions and change, priorities and goals per status. */
export function HeadlineTiles({ data, ctx }: { data: SteeringData; ctx: Ctx }) {
  const { t, s, lang } = ctx;
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
            s('noGoals')
          ) : (
            <span className="zv-steering-counts">
              <span className="zv-steering-counts__label">{s('goalsPerStatus')}:</span>
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
  const { s, lang } = ctx;
  const themeNotes = notesFor(notes, `theme:${theme.code}`);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="zv-steering-theme">
      <dl className="zv-steering-facts">
        <div className="zv-steering-facts__row">
          <dt>{s('colStatus')}</dt>
          <dd>
            <StatusBadge status={theme.status} />
          </dd>
        </div>
        <div className="zv-steering-facts__row">
          <dt>{s('owner')}</dt>
          <dd>{theme.owner ?? s('noOwner')}</dd>
        </div>
        <div className="zv-steering-facts__row">
          <dt>{s('nextMilestone')}</dt>
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
              s('noMilestone')
            )}
          </dd>
        </div>
      </dl>
      {theme.progressNote ? (
        <div className="zv-steering-theme__text">
          <Heading className="zv-steering-theme__label">{s('progress')}</Heading>
          <p className="utrecht-paragraph">{theme.progressNote}</p>
        </div>
      ) : theme.summary ? (
        <div className="zv-steering-theme__text">
          <Heading className="zv-steering-theme__label">{s('summary')}</Heading>
          <p className="utrecht-paragraph" lang="nl">
            {theme.summary}
          </p>
        </div>
      ) : null}
      {themeNotes.length > 0 ? (
        <div className="zv-steering-theme__notes">
          <Heading className="zv-steering-theme__label">{s('notes')}</Heading>
          <ul className="zv-steering-notes">
            {themeNotes.map((n) => (
              <li key={n.id}>
                <span aria-hidden="true" className="zv-steering-notes__icon">
                  ▸
                </span>{' '}
                {n.text}
                <span className="zv-steering-notes__meta">
                  {' '}
                  ({s('noteBy', { author: n.author ?? '–', date: formatDate((n.peildatum ?? n.createdAt).slice(0, 10), lang) })})
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
}: {
  snapshots: Snapshots;
  ctx: Ctx;
  describedBy?: string;
  compact?: boolean;
}) {
  return (
    <LineChart
      compact={compact}
      label={ctx.t('chartTrendTitle')}
      describedBy={describedBy}
      points={trendPoints(snapshots, ctx)}
      sparseNote={snapshots.length < 3 ? ctx.t('chartTrendSparse') : undefined}
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
