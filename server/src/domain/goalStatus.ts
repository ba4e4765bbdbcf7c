export type TargetDirection = 'AT_MOST' | 'AT_LEAST' | 'BETWEEN';
export type GoalStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA' | 'STALE';

export const DEFAULT_MARGIN = 0.1;
export const DEFAULT_STALE_AFTER_DAYS = 90;

export interface Target {
  direction: TargetDirection;
  target: number;
  /** BETWEEN: the upper bound (target is the lower). */
  targetUpper: number | null;
  margin: number;
}

/**
 * A goal's status from its latest value, never typed in. AT_MOST T: on track at or below T, at
 * risk up to T×(1+margin), off track beyond; AT_LEAST mirrors it (at risk down to T×(1−margin));
 * BETWEEN: on track inside, at risk within margin×(upper−lower) outside. No value: NO_DATA. A
 * manually reported value older than `staleAfterDays`: STALE.
 */
export function goalStatus(
  target: Target,
  latest: { value: number; date: string } | null,
  options: { manual: boolean; staleAfterDays: number; today: string },
): GoalStatus {
  if (!latest) return 'NO_DATA';
  if (options.manual && daysBetween(latest.date, options.today) > options.staleAfterDays) return 'STALE';
  const { value } = latest;
  const { target: t, margin } = target;
  switch (target.direction) {
    case 'AT_MOST':
      return value <= t ? 'ON_TRACK' : value <= t * (1 + margin) ? 'AT_RISK' : 'OFF_TRACK';
    case 'AT_LEAST':
      return value >= t ? 'ON_TRACK' : value >= t * (1 - margin) ? 'AT_RISK' : 'OFF_TRACK';
    case 'BETWEEN': {
      const upper = target.targetUpper ?? t;
      const slack = margin * (upper - t);
      if (value >= t && value <= upper) return 'ON_TRACK';
      return value >= t - slack && value <= upper + slack ? 'AT_RISK' : 'OFF_TRACK';
    }
  }
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
