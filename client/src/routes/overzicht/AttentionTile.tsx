import { useId } from 'react';
import { Link } from 'wouter';
import { AboutFigureLink } from '../../components/AboutFigureLink';
import { GOAL_STATUS_ICON } from '../../steering/goalStatus';
import type { GoalStatus, ThemeStatus } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import { attentionItems } from '../../steering/goalModel';

const SHOWN = 3;
const CLASS: Record<GoalStatus, string> = {
  OFF_TRACK: 'off-track',
  AT_RISK: 'at-risk',
  STALE: 'stale',
  ON_TRACK: 'on-track',
  NO_DATA: 'no-data',
};

/**
 * "Doelen en aandachtspunten": the goals and priorities that need the board's attention, most
 * serious first, each with icon and word — small enough for the overview's one projector screen.
 */
export function AttentionTile({
  goals,
  themes,
}: {
  goals: { id: string; title: string; status: GoalStatus }[];
  themes: { code: string; number: number; title: string; status: ThemeStatus }[];
}) {
  const { t } = useLanguage();
  const titleId = useId();
  const attention = attentionItems(goals, themes);
  // Everything that needs attention is shown, however many; lines left over are filled with the
  // other goals, so the board sees those too. Only those other goals may stand behind "en N meer".
  const room = attention.length === 0 ? SHOWN - 1 : Math.max(SHOWN, attention.length);
  const others = goals.filter((g) => !attention.some((a) => a.key === `goal:${g.id}`));
  const lines = [
    ...attention.map((a) => ({
      ...a,
      word: a.kind === 'goal' ? t(`goalStatus${a.status}`) : t(`status${a.status as 'AT_RISK' | 'OFF_TRACK'}`),
      icon: GOAL_STATUS_ICON[a.status],
    })),
    ...others.map((g) => ({
      kind: 'goal' as const,
      key: `goal:${g.id}`,
      title: g.title,
      status: g.status,
      href: '/doelen',
      word: t(`goalStatus${g.status}`),
      icon: GOAL_STATUS_ICON[g.status],
    })),
  ];
  const rest = lines.length - room;
  return (
    <section className="zv-tile zv-tile--about zv-attention" aria-labelledby={titleId}>
      <h2 id={titleId} className="zv-tile__label zv-attention__title">
        {t('attentionTitle')}
      </h2>
      {attention.length === 0 ? <p className="zv-tile__detail zv-attention__none">{t('attentionNone')}</p> : null}
      {lines.length > 0 ? (
        <ol className="zv-attention__list">
          {lines.slice(0, room).map((line) => (
            <li key={line.key} className="zv-attention__item">
              <Link href={line.href} className="utrecht-link zv-attention__link">
                <span className={`zv-attention__status zv-attention__status--${CLASS[line.status]}`}>
                  <span aria-hidden="true" className="zv-attention__icon">
                    {line.icon}
                  </span>
                  {line.word}
                </span>{' '}
                <span className="zv-attention__kind">{t(line.kind === 'goal' ? 'attentionGoal' : 'attentionTheme')}:</span> {line.title}
              </Link>
            </li>
          ))}
        </ol>
      ) : null}
      <p className="zv-tile__basis zv-attention__footer">
        {rest > 0 ? (
          <>
            <Link href="/doelen" className="utrecht-link">
              {t('attentionMoreGoals', { count: rest })}
            </Link>
            {' · '}
          </>
        ) : null}
        {t('attentionCounts', { goals: goals.length, themes: themes.length })}
        {' · '}
        <Link href="/doelen" className="utrecht-link">
          {t('toView', { view: t('navDoelen') })}
        </Link>
      </p>
      <p className="zv-tile__about">
        <AboutFigureLink code="GOALS_BY_STATUS" label={t('aboutFigure')} describedBy={titleId} iconOnly />
      </p>
    </section>
  );
}
