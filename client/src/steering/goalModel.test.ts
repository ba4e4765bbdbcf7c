import { describe, expect, it } from '@jest/globals';
import { attentionItems, EMPTY_GOAL, latestText, parseNumber, targetText, toGoalInput, trendText, validateGoal } from './goalModel';
import { translator } from '../i18n/LanguageContext';

const t = translator('nl');

describe('goal model', () => {
  it('reads Dutch and English decimals, and refuses anything else', () => {
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber('2.5')).toBe(2.5);
    expect(parseNumber('1.000,5')).toBe(1000.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('veel')).toBeNull();
  });

  it('asks an upper bound above the lower one for BETWEEN', () => {
    const draft = { ...EMPTY_GOAL, title: 'Per 10.000', indicator: 'CASES_PER_10K' as const, direction: 'BETWEEN' as const, target: '2' };
    expect(validateGoal(draft)).toEqual({ targetUpper: 'errGoalUpper' });
    expect(validateGoal({ ...draft, targetUpper: '1,5' })).toEqual({ targetUpper: 'errGoalUpperOrder' });
    expect(validateGoal({ ...draft, targetUpper: '3' })).toEqual({});
  });

  it('sends the margin as a fraction, the upper bound only for BETWEEN, the days and the unit only for MANUAL', () => {
    const base = {
      ...EMPTY_GOAL,
      title: ' Lopende casussen ',
      indicator: 'RUNNING_CASES' as const,
      target: '100',
      targetUpper: '120',
      margin: '15',
    };
    expect(toGoalInput(base)).toEqual({
      title: 'Lopende casussen',
      indicator: 'RUNNING_CASES',
      direction: 'AT_MOST',
      target: 100,
      targetUpper: null,
      margin: 0.15,
      deadline: null,
      themeCode: null,
      municipalityCode: null,
      staleAfterDays: null,
      unit: null,
    });
    expect(toGoalInput({ ...base, direction: 'BETWEEN', margin: '' })).toMatchObject({ targetUpper: 120, margin: 0.1 });
    expect(toGoalInput({ ...base, indicator: 'MANUAL', staleAfterDays: '30', margin: '7,5', unit: ' dagen ' })).toMatchObject({
      staleAfterDays: 30,
      margin: 0.075,
      unit: 'dagen',
    });
    expect(toGoalInput({ ...base, unit: 'dagen' }).unit).toBeNull();
    expect(validateGoal({ ...base, indicator: 'MANUAL' })).toEqual({ unit: 'errGoalUnit' });
    expect(validateGoal({ ...base, margin: '150' })).toEqual({ margin: 'errGoalMargin' });
  });

  it("says a MANUAL goal's values with its unit, and the indicators' own units unchanged", () => {
    const manual = { indicator: 'MANUAL' as const, direction: 'AT_MOST' as const, target: 14, targetUpper: null };
    expect(targetText({ ...manual, unit: 'dagen' }, t, 'nl')).toBe('hoogstens 14 dagen');
    expect(targetText({ ...manual, target: 12.5, unit: '%' }, t, 'nl')).toBe('hoogstens 12,5%');
    expect(targetText({ ...manual, unit: null }, t, 'nl')).toBe('hoogstens 14');
    expect(latestText({ ...manual, latestValue: 3, latestValueDate: null, unit: 'per 10.000 inwoners' }, 'nl')).toBe(
      '3 per 10.000 inwoners',
    );
    expect(targetText({ indicator: 'RUNNING_CASES', direction: 'AT_MOST', target: 100, targetUpper: null, unit: 'x' }, t, 'nl')).toBe(
      'hoogstens 100',
    );
  });

  it('says the target and the trend in words', () => {
    expect(targetText({ indicator: 'RUNNING_CASES', direction: 'AT_MOST', target: 100, targetUpper: null }, t, 'nl')).toBe('hoogstens 100');
    expect(targetText({ indicator: 'CASES_PER_10K', direction: 'BETWEEN', target: 2, targetUpper: 3 }, t, 'nl')).toBe('tussen 2,0 en 3,0');
    expect(
      trendText(
        {
          indicator: 'RUNNING_CASES',
          history: [
            { __typename: 'GoalValue', value: 101, date: '2024-06-01' },
            { __typename: 'GoalValue', value: 96, date: '2023-02-01' },
          ],
        },
        'nl',
      ),
    ).toBe('96 → 101');
  });

  it('puts what needs attention first: off track, at risk, stale; priorities before goals', () => {
    const items = attentionItems(
      [
        { id: '1', title: 'Stale', status: 'STALE' },
        { id: '2', title: 'Fine', status: 'ON_TRACK' },
        { id: '3', title: 'Risky goal', status: 'AT_RISK' },
        { id: '4', title: 'Off', status: 'OFF_TRACK' },
      ],
      [
        { code: 'a', number: 1, title: 'Theme at risk', status: 'AT_RISK' },
        { code: 'b', number: 2, title: 'Not assessed', status: 'NOT_ASSESSED' },
      ],
    );
    expect(items.map((i) => i.title)).toEqual(['Off', '1. Theme at risk', 'Risky goal', 'Stale']);
    expect(items.map((i) => i.href)).toEqual(['/doelen', '/prioriteiten', '/doelen', '/doelen']);
  });
});
