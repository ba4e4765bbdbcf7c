import type { ThemeStatus } from '../generated/graphql';
import { useLanguage } from '../i18n/LanguageContext';

/** Status with icon and word, never by colour alone. */
const ICON: Record<ThemeStatus, string> = {
  NOT_ASSESSED: '○',
  ON_TRACK: '✓',
  AT_RISK: '!',
  OFF_TRACK: '✕',
  DONE: '■',
};

export function StatusBadge({ status }: { status: ThemeStatus }) {
  const { t } = useLanguage();
  return (
    <span className={`zv-status zv-status--${status.toLowerCase().replace('_', '-')}`}>
      <span className="zv-status__icon" aria-hidden="true">
        {ICON[status]}
      </span>
      {t(`status${status}`)}
    </span>
  );
}
