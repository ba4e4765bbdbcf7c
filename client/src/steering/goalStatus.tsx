import type { GoalStatus } from '../generated/graphql';
import { useLanguage } from '../i18n/LanguageContext';

/**
 * A goal's status, the same on every page (Doelen, Overzicht, presentation, report): one icon,
 * one word, one order and one rule for what needs the board's attention.
 */

/** Worst first: the order of every list and count of goals. */
export const GOAL_STATUS_ORDER: readonly GoalStatus[] = ['OFF_TRACK', 'AT_RISK', 'STALE', 'NO_DATA', 'ON_TRACK'];

/** Icon beside the word: never colour alone. */
export const GOAL_STATUS_ICON: Readonly<Record<GoalStatus, string>> = {
  ON_TRACK: '✓',
  AT_RISK: '!',
  OFF_TRACK: '✕',
  NO_DATA: '–',
  STALE: '⌛',
};

/** Goals with these statuses need the board's attention (with priorities at risk or off track: goalModel.attentionItems). */
export const NEEDS_ATTENTION: ReadonlySet<GoalStatus> = new Set<GoalStatus>(['OFF_TRACK', 'AT_RISK', 'STALE']);

const CLASS: Record<GoalStatus, string> = {
  ON_TRACK: 'on-track',
  AT_RISK: 'at-risk',
  OFF_TRACK: 'off-track',
  NO_DATA: 'not-assessed',
  STALE: 'stale',
};

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  const { t } = useLanguage();
  return (
    <span className={`zv-status zv-status--${CLASS[status]}`}>
      <span className="zv-status__icon" aria-hidden="true">
        {GOAL_STATUS_ICON[status]}
      </span>
      {t(`goalStatus${status}`)}
    </span>
  );
}

/** Every goal, worst status first, then by title. */
export function sortGoals<G extends { status: GoalStatus; title: string }>(goals: readonly G[]): G[] {
  return [...goals].sort(
    (a, b) => GOAL_STATUS_ORDER.indexOf(a.status) - GOAL_STATUS_ORDER.indexOf(b.status) || a.title.localeCompare(b.title, 'nl'),
  );
}

/** How many goals per status, worst first, statuses without goals left out. */
export function goalCounts(goals: readonly { status: GoalStatus }[]): { status: GoalStatus; count: number }[] {
  return GOAL_STATUS_ORDER.map((status) => ({ status, count: goals.filter((g) => g.status === status).length })).filter((c) => c.count > 0);
}
