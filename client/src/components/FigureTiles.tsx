import { relativeChange } from '@zv/shared';
import { formatChange, formatDecimal, formatEuro, formatInteger } from '../format';
import { snapshotDate, type SnapshotTotalsLike } from '../models/caseload';
import type { TextContext } from '../models/context';
import { Tile } from './Tile';

type Snapshot = SnapshotTotalsLike & { changeFromPrevious: number | null; regionPopulation?: { years: number[] } | null };

/**
 * The three headline figures of the region — running cases and their change, cases per
 * 10.000 inhabitants, contributions and their change — as the overview, the presentation and
 * the board report show them. `snapshots` are the counts' totals (the latest and its change);
 * `brokenDown` is the latest count broken down by municipality (`caseloadBreakdown`), whose rate
 * the second tile shows.
 */
export function FigureTiles({
  snapshots,
  brokenDown,
  contributionHistory,
  ctx,
}: {
  snapshots: Snapshot[];
  brokenDown: Snapshot | null | undefined;
  contributionHistory: { year: number; totalEur: number; changeFromPreviousYear: number | null }[];
  ctx: TextContext;
}) {
  const { t, lang } = ctx;
  const latest = snapshots.at(-1);
  // A board compares with the same count a year earlier; without one, with the count before.
  const yearBefore = latest ? sameDateYearBefore(latest, snapshots) : undefined;
  const previous = yearBefore ?? snapshots.at(-2);
  const change = latest && previous ? (yearBefore ? relativeChange(latest.total, yearBefore.total) : latest.changeFromPrevious) : null;
  const contributions = contributionHistory.at(-1);
  const previousContributions = contributionHistory.at(-2);
  return (
    <>
      <Tile
        indicator={{ code: 'RUNNING_CASES', label: t('aboutFigure') }}
        label={t('tileCases')}
        value={latest ? formatInteger(latest.total, lang) : '–'}
        detail={
          latest && previous && change !== null
            ? t(yearBefore ? 'changeYearBefore' : 'changeSince', {
                change: formatChange(change, 0, lang),
                date: snapshotDate(previous, ctx),
                value: formatInteger(previous.total, lang),
              })
            : t('noPrevious')
        }
        basis={latest ? t('perDate', { date: snapshotDate(latest, ctx) }) : undefined}
      />
      <Tile
        indicator={{ code: 'CASES_PER_10K', label: t('aboutFigure') }}
        label={t('tileCasesPer10k')}
        value={brokenDown?.per10kInhabitants != null ? formatDecimal(brokenDown.per10kInhabitants, 1, lang) : '–'}
        detail={brokenDown ? t('perDate', { date: snapshotDate(brokenDown, ctx) }) : undefined}
        basis={brokenDown?.regionPopulation ? t('regionPer10kBasis', { years: brokenDown.regionPopulation.years.join(', ') }) : undefined}
      />
      <Tile
        indicator={{ code: 'CONTRIBUTIONS_TOTAL', label: t('aboutFigure') }}
        label={t('tileContributions', { year: contributions?.year ?? '' })}
        value={contributions ? formatEuro(contributions.totalEur, lang) : '–'}
        detail={
          contributions && previousContributions && contributions.changeFromPreviousYear !== null
            ? t('changeSince', {
                change: formatChange(contributions.changeFromPreviousYear, 1, lang),
                date: String(previousContributions.year),
                value: formatEuro(previousContributions.totalEur, lang),
              })
            : undefined
        }
      />
    </>
  );
}

/** The count on the same date (or, for a month's count, the same month) a year before `latest`, if there is one. */
export function sameDateYearBefore<S extends { peildatum: string }>(latest: S, snapshots: S[]): S | undefined {
  const year = Number(latest.peildatum.slice(0, 4));
  const wanted = `${String(year - 1).padStart(4, '0')}${latest.peildatum.slice(4)}`;
  return snapshots.find((s) => s.peildatum === wanted);
}
