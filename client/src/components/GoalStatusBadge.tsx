import type { GoalStatus } from '../generated/graphql';
import { useLanguage } from '../i18n/LanguageContext';

/** A goal's status with icon and word, never by colour alone. */
export const GOAL_STATUS_ICON: Record<GoalStatus, string> = {
  ON_TRACK: '✓',
  AT_RISK: '!',
  OFF_TRACK: '✕',
  NO_DATA: '–',
  STALE: '⌛',
};

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
