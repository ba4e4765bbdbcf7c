import type { signalsNl } from './signalMessages';

/** Texts of the early-warning list ("Signals"), in English. */
export const signalsEn: Record<keyof typeof signalsNl, string> = {
  signalsTitle: 'Signals',
  signalsNone: 'No signals: every figure lies within its recent range and no goal is in its at-risk band.',
  signalsNoneShort: 'No signals',
  signalsTooFewAll: 'Too few count dates to signal: {counts} of the {needed} needed.',
  signalsTooFewOne: '{figure}: too few count dates: {counts} of the {needed} needed.',
  signalsRuleRange:
    'Rule: the latest count lies more than 2 median absolute deviations (MAD) from the median of the six counts before it, and more than {min} away from it.',
  signalsRuleRangeShort: 'outside its recent range',
  signalsRuleGoal: 'in the goal’s at-risk band',
  signalsRuleGoalOff: 'past the goal’s at-risk band',
  signalsRulesExplained:
    'A signal: a figure more than 2 median absolute deviations from the median of the six counts before it (and more than 2 cases or 0.5 per 10,000 inhabitants), or a goal in or past its at-risk band.',
  signalsRange:
    '{figure} is {value} on {date}: {direction, select, ABOVE {above} other {below}} its recent range ({low} to {high}; median {median} of the six counts before).',
  signalsGoal:
    'Goal “{goal}” is {value} on {date}: {status, select, GOAL_OFF_TRACK {past its at-risk band} other {in its at-risk band}} ({direction, select, ABOVE {above the target of {edge}} other {below the target of {edge}}}).',
  signalsRangeShort: '{figure}: {value} on {date}, {direction, select, ABOVE {above} other {below}} its recent range ({low} to {high})',
  signalsCrossed: 'On {date} it was still on track.',
  signalsCrossedShort: '(new)',
  signalsGoalShort:
    'Goal “{goal}”: {value} on {date}, {status, select, GOAL_OFF_TRACK {past its at-risk band} other {in its at-risk band}}',
  signalsFigureRegionCases: 'Running cases in the region',
  signalsFigureRegionPer10k: 'Cases per 10,000 inhabitants in the region',
  signalsFigureCases: 'Running cases in {name}',
  signalsFigurePer10k: 'Cases per 10,000 inhabitants in {name}',
  signalsFigureDomain: 'Running cases in the knowledge domain {name}',
  signalsSeverityHIGH: 'High',
  signalsSeverityMEDIUM: 'Attention',
  signalsColFigure: 'Figure',
  signalsColRule: 'Rule',
  signalsColDate: 'Count date',
  signalsColValue: 'Value',
  signalsColRange: 'Range or target',
  signalsColSeverity: 'Severity',
  signalsTableCaption: 'Signals',
  signalsMore: '{count, plural, one {and # other signal} other {and # other signals}}',
  signalsSlide: 'Signals',
};
