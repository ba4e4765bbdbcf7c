import {
  goalSignal,
  median,
  medianAbsoluteDeviation,
  rangeRule,
  signalList,
  type FigureSeries,
  type GoalInput,
  type SeriesPoint,
} from './signals.js';

/** A monthly series from 2024-01-01 on. */
function monthly(values: readonly number[]): SeriesPoint[] {
  return values.map((value, i) => ({ date: `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, value }));
}

function region(values: readonly number[]): FigureSeries {
  return { figure: 'RUNNING_CASES', municipalityCode: null, domainCode: null, goalId: null, points: monthly(values) };
}

const TODAY = '2024-12-01';

function goal(fields: Partial<GoalInput>): GoalInput {
  return {
    id: 1,
    municipalityCode: null,
    direction: 'AT_MOST',
    target: 100,
    targetUpper: null,
    margin: 0.1,
    latest: null,
    previous: null,
    manual: false,
    staleAfterDays: 90,
    ...fields,
  };
}

describe('median and median absolute deviation', () => {
  test('the median of an even count is the mean of the middle two, of an odd count the middle one', () => {
    expect(median([14, 10, 12, 11, 13, 12])).toBe(12);
    expect(median([10, 20, 30, 40, 50, 60])).toBe(35);
    expect(median([3, 1, 2])).toBe(2);
  });

  test('MAD is the median of the distances to the median (10..14: distances 2,0,1,1,0,2 → 1)', () => {
    expect(medianAbsoluteDeviation([10, 12, 11, 13, 12, 14])).toBe(1);
    // Median 35, distances 25,15,5,5,15,25 → 15.
    expect(medianAbsoluteDeviation([10, 20, 30, 40, 50, 60])).toBe(15);
    expect(medianAbsoluteDeviation([20, 20, 20, 20, 21, 25])).toBe(0);
  });
});

describe('the range rule', () => {
  test('with fewer than seven counts it does not guess', () => {
    expect(rangeRule(monthly([1, 2, 3, 4, 5, 6]), 2)).toEqual({ kind: 'too-few', counts: 6, needed: 7 });
    expect(rangeRule([], 2)).toEqual({ kind: 'too-few', counts: 0, needed: 7 });
  });

  test('a value exactly 2 MAD from the median is in range; one more is a signal, above or below', () => {
    // Median 35, MAD 15: the range is 5..65.
    const window = [10, 20, 30, 40, 50, 60];
    expect(rangeRule(monthly([...window, 65]), 2)).toEqual({ kind: 'in-range', median: 35, mad: 15, low: 5, high: 65 });
    expect(rangeRule(monthly([...window, 5]), 2).kind).toBe('in-range');
    expect(rangeRule(monthly([...window, 66]), 2)).toMatchObject({ kind: 'signal', direction: 'ABOVE', median: 35, mad: 15 });
    expect(rangeRule(monthly([...window, 4]), 2)).toMatchObject({ kind: 'signal', direction: 'BELOW' });
  });

  test('the latest count is not part of the window it is compared with', () => {
    // The window is the six counts before 15 (median 12, MAD 1: range 10..14); the 1000 before them plays no part.
    expect(rangeRule(monthly([1000, 10, 12, 11, 13, 12, 14, 15]), 2)).toMatchObject({ kind: 'signal', median: 12, mad: 1 });
    // Were 15 in the window, the median would be 12,5 and MAD 1,5.
  });

  test('where 2 MAD is smaller than the minimum change, the range is the minimum change wide', () => {
    // 137, 136, 138, 137, 136, 137: median 137, distances 0,1,1,0,1,0 → MAD 0,5; 2 MAD = 1 < 2 cases,
    // so the range is 135..139: 139 is in it, 140 (3 cases up) is a signal.
    const window = [137, 136, 138, 137, 136, 137];
    expect(rangeRule(monthly([...window, 139]), 2)).toEqual({ kind: 'in-range', median: 137, mad: 0.5, low: 135, high: 139 });
    expect(rangeRule(monthly([...window, 140]), 2)).toMatchObject({ kind: 'signal', direction: 'ABOVE', low: 135, high: 139 });
    expect(rangeRule(monthly([...window, 134]), 2)).toMatchObject({ kind: 'signal', direction: 'BELOW' });
  });

  test('with MAD 0 a change from a constant series is a signal only from 3 cases on (more than the minimum of 2)', () => {
    const constant = [20, 20, 20, 20, 20, 20];
    expect(rangeRule(monthly([...constant, 20]), 2).kind).toBe('in-range');
    expect(rangeRule(monthly([...constant, 22]), 2)).toEqual({ kind: 'in-range', median: 20, mad: 0, low: 18, high: 22 });
    expect(rangeRule(monthly([...constant, 23]), 2)).toMatchObject({ kind: 'signal', direction: 'ABOVE', mad: 0, low: 18, high: 22 });
    expect(rangeRule(monthly([...constant, 17]), 2)).toMatchObject({ kind: 'signal', direction: 'BELOW' });
    // MAD 0 with some spread: 21 is one case from the median 20.
    expect(rangeRule(monthly([20, 20, 20, 20, 21, 25, 21]), 2).kind).toBe('in-range');
  });

  test('the range never goes below 0', () => {
    // 2, 2, 2, 2, 2, 2: the range is 0..4, not -0..4; 9 is a signal.
    expect(rangeRule(monthly([2, 2, 2, 2, 2, 2, 9]), 2)).toMatchObject({ kind: 'signal', low: 0, high: 4 });
  });

  test('rates use their own minimum (0,5 per 10.000), with floating-point values', () => {
    // Median 2,05, MAD 0,05: 2 MAD = 0,1 < 0,5, so the range is 1,55..2,55.
    const window = [2.0, 2.1, 2.0, 2.1, 2.0, 2.1];
    expect(rangeRule(monthly([...window, 2.5]), 0.5).kind).toBe('in-range');
    expect(rangeRule(monthly([...window, 2.6]), 0.5)).toMatchObject({ kind: 'signal', direction: 'ABOVE' });
  });
});

describe('a goal in its at-risk band or past it', () => {
  test('at most 100 with a margin of 10%: 100 is on track, 105 at risk, 111 off track', () => {
    expect(goalSignal(goal({ latest: { date: '2024-11-01', value: 100 } }), TODAY)).toBeNull();
    expect(goalSignal(goal({ latest: { date: '2024-11-01', value: 105 } }), TODAY)).toMatchObject({
      rule: 'GOAL_AT_RISK',
      severity: 'MEDIUM',
      direction: 'ABOVE',
      low: null,
      high: 100,
      goalStatus: 'AT_RISK',
      value: 105,
      date: '2024-11-01',
    });
    expect(goalSignal(goal({ latest: { date: '2024-11-01', value: 111 } }), TODAY)).toMatchObject({
      rule: 'GOAL_OFF_TRACK',
      severity: 'HIGH',
    });
  });

  test('at least 50 and between 10 and 20 signal below and above their band', () => {
    expect(goalSignal(goal({ direction: 'AT_LEAST', target: 50, latest: { date: '2024-11-01', value: 46 } }), TODAY)).toMatchObject({
      rule: 'GOAL_AT_RISK',
      direction: 'BELOW',
      low: 50,
      high: null,
    });
    const between = goal({ direction: 'BETWEEN', target: 10, targetUpper: 20, latest: { date: '2024-11-01', value: 20.5 } });
    expect(goalSignal(between, TODAY)).toMatchObject({ rule: 'GOAL_AT_RISK', direction: 'ABOVE', low: 10, high: 20 });
  });

  test('says since when a goal has crossed into its band: only when the value before was on track', () => {
    const latest = { date: '2024-11-01', value: 105 };
    expect(goalSignal(goal({ latest, previous: { date: '2024-10-01', value: 99 } }), TODAY)).toMatchObject({
      rule: 'GOAL_AT_RISK',
      crossedSince: '2024-10-01',
    });
    // Already at risk (104) or past it (120) the month before: no news.
    expect(goalSignal(goal({ latest, previous: { date: '2024-10-01', value: 104 } }), TODAY)).toMatchObject({ crossedSince: null });
    expect(
      goalSignal(goal({ latest: { date: '2024-11-01', value: 111 }, previous: { date: '2024-10-01', value: 120 } }), TODAY),
    ).toMatchObject({
      rule: 'GOAL_OFF_TRACK',
      crossedSince: null,
    });
    // At risk, then past its band: it crossed an edge, but not from on track.
    expect(
      goalSignal(goal({ latest: { date: '2024-11-01', value: 111 }, previous: { date: '2024-10-01', value: 104 } }), TODAY),
    ).toMatchObject({
      crossedSince: null,
    });
    expect(goalSignal(goal({ latest, previous: null }), TODAY)).toMatchObject({ crossedSince: null });
  });

  test('no value, or a stale reported value, is no signal', () => {
    expect(goalSignal(goal({ latest: null }), TODAY)).toBeNull();
    expect(goalSignal(goal({ manual: true, latest: { date: '2024-01-01', value: 150 } }), TODAY)).toBeNull();
  });
});

describe('the list', () => {
  test('when no series has seven counts, one statement says so for the whole list (the longest series counted)', () => {
    const list = signalList(
      [region([44, 96]), { figure: 'RUNNING_CASES', municipalityCode: 'GM0479', domainCode: null, goalId: null, points: monthly([45]) }],
      [],
      TODAY,
    );
    expect(list).toEqual({
      signals: [],
      shortfalls: [expect.objectContaining({ appliesToAll: true, counts: 2, needed: 7, rule: 'OUT_OF_RANGE' })],
    });
  });

  test('otherwise per figure, and signals come most severe first, then the region before municipalities', () => {
    const jump = [10, 12, 11, 13, 12, 14, 30];
    const list = signalList(
      [
        { figure: 'RUNNING_CASES', municipalityCode: 'GM0479', domainCode: null, goalId: null, points: monthly(jump) },
        region(jump),
        { figure: 'DOMAIN_CASES', municipalityCode: null, domainCode: 'cter', goalId: null, points: monthly([1, 2]) },
      ],
      [goal({ latest: { date: '2024-07-01', value: 130 } })],
      TODAY,
    );
    expect(list.signals.map((s) => [s.rule, s.municipalityCode])).toEqual([
      ['GOAL_OFF_TRACK', null],
      ['OUT_OF_RANGE', null],
      ['OUT_OF_RANGE', 'GM0479'],
    ]);
    expect(list.shortfalls).toEqual([expect.objectContaining({ domainCode: 'cter', counts: 2, appliesToAll: false })]);
  });
});
