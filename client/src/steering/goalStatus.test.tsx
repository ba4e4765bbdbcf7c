import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { LanguageProvider, translator } from '../i18n/LanguageContext';
import { attentionItems, latestText, targetText } from './goalModel';
import { goalCounts, GoalStatusBadge, sortGoals } from './goalStatus';
import { en } from '../i18n/messagesEn';

const goals = [
  { id: '1', status: 'STALE' as const, title: 'a' },
  { id: '2', status: 'ON_TRACK' as const, title: 'b' },
  { id: '3', status: 'OFF_TRACK' as const, title: 'c' },
  { id: '4', status: 'NO_DATA' as const, title: 'd' },
  { id: '5', status: 'AT_RISK' as const, title: 'e' },
];

describe('one steering vocabulary', () => {
  it('orders and counts goals worst first, the same everywhere', () => {
    expect(sortGoals(goals).map((g) => g.title)).toEqual(['c', 'e', 'a', 'd', 'b']);
    expect(goalCounts(goals).map((c) => c.status)).toEqual(['OFF_TRACK', 'AT_RISK', 'STALE', 'NO_DATA', 'ON_TRACK']);
  });

  it('has one rule for what needs attention: goals off track, at risk or stale, with priorities at risk or off track', () => {
    const themes = [{ code: 't', number: 4, title: 'Mensenhandel', status: 'AT_RISK' as const }];
    expect(attentionItems(goals, themes).map((i) => i.title)).toEqual(['c', '4. Mensenhandel', 'e', 'a']);
  });

  it('shows a value the same way in a target and as the latest value', () => {
    const t = translator('nl');
    const goal = {
      indicator: 'UNSPECIFIED_SHARE' as const,
      direction: 'AT_MOST' as const,
      target: 0.25,
      targetUpper: null,
      latestValue: 0.273,
      latestValueDate: '2023-02-01',
    };
    expect(targetText(goal, t, 'nl')).toBe('hoogstens 25%');
    expect(latestText(goal, 'nl')).toBe('27,3% (1 februari 2023)');
  });

  it('gives a status an icon and a word in the page’s language', () => {
    render(
      <LanguageProvider lang="en">
        <GoalStatusBadge status="STALE" />
      </LanguageProvider>,
    );
    expect(screen.getByText(en.goalStatusSTALE)).toBeInTheDocument();
    expect(screen.getByText('⌛')).toHaveAttribute('aria-hidden', 'true');
  });
});
