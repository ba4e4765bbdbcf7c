import { formatDate, formatDecimal, formatEuro, formatInteger, formatPercent, type Lang } from '../format';
import { NEEDS_ATTENTION } from './goalStatus';
import type { GoalFieldsFragment, GoalInput, GoalStatus, Indicator, TargetDirection, ThemeStatus } from '../generated/graphql';
import type { IndicatorCode } from '@zv/shared';
import type { MessageKey } from '../i18n/messages';

export const INDICATORS: Indicator[] = ['RUNNING_CASES', 'CASES_PER_10K', 'UNSPECIFIED_SHARE', 'CONTRIBUTIONS_TOTAL', 'MANUAL'];
/** The defined figure (Over de cijfers) a goal's indicator measures; a value the ZVH reports itself has none. */
export const GOAL_FIGURE: Record<Indicator, IndicatorCode | null> = {
  RUNNING_CASES: 'RUNNING_CASES',
  CASES_PER_10K: 'CASES_PER_10K',
  UNSPECIFIED_SHARE: 'UNSPECIFIED_SHARE',
  CONTRIBUTIONS_TOTAL: 'CONTRIBUTIONS_TOTAL',
  MANUAL: null,
};
export const DIRECTIONS: TargetDirection[] = ['AT_MOST', 'AT_LEAST', 'BETWEEN'];
export const DEFAULT_MARGIN = 0.1;
export const DEFAULT_STALE_AFTER_DAYS = 90;

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Decimals needed to show `value` (0, 1 or 2): 96, 2,5, 0,25. */
function digits(value: number): number {
  if (Number.isInteger(value)) return 0;
  return Number.isInteger(Math.round(value * 1e6) / 1e5) ? 1 : 2;
}

/** Units offered for a goal entered by hand; any other (up to UNIT_MAX_LENGTH characters) may be typed. */
export const UNIT_SUGGESTIONS: Record<Lang, string[]> = {
  nl: ['casussen', '%', 'dagen', 'per 10.000 inwoners', 'meldingen', 'trainingen'],
  en: ['cases', '%', 'days', 'per 10,000 inhabitants', 'reports', 'trainings'],
};
export const UNIT_MAX_LENGTH = 40;

/** A goal's value with its unit: the indicator's own format, or a MANUAL goal's number and unit ("14 dagen", "25%"). */
export function formatIndicatorValue(indicator: Indicator, value: number, lang: Lang, unit?: string | null): string {
  if (indicator === 'MANUAL' && unit) {
    const number = formatDecimal(value, digits(value), lang);
    return unit === '%' ? `${number}%` : `${number} ${unit}`;
  }
  return formatIndicatorOnly(indicator, value, lang);
}

function formatIndicatorOnly(indicator: Indicator, value: number, lang: Lang): string {
  switch (indicator) {
    case 'RUNNING_CASES':
      return formatInteger(value, lang);
    case 'CASES_PER_10K':
      return formatDecimal(value, 1, lang);
    case 'UNSPECIFIED_SHARE':
      return formatPercent(value, Number.isInteger(Math.round(value * 1e6) / 1e4) ? 0 : 1, lang);
    case 'CONTRIBUTIONS_TOTAL':
      return formatEuro(value, lang);
    default:
      return formatDecimal(value, digits(value), lang);
  }
}

/** The latest value with its date ("92 (1 februari 2024)"), or "–". */
export function latestText(
  goal: { indicator: Indicator; latestValue: number | null; latestValueDate: string | null; unit?: string | null },
  lang: Lang,
): string {
  if (goal.latestValue === null) return '–';
  const value = formatIndicatorValue(goal.indicator, goal.latestValue, lang, goal.unit);
  return goal.latestValueDate ? `${value} (${formatDate(goal.latestValueDate, lang)})` : value;
}

/**
 * Where the latest value comes from, in the reader's language: the count, the year's
 * contributions, or a value reported by hand. (The API's `basis` is a Dutch sentence with an ISO
 * date, for API users; the page says the date itself.)
 */
export function basisText(goal: { indicator: Indicator; latestValueDate: string | null }, t: T): string | null {
  if (!goal.latestValueDate) return null;
  if (goal.indicator === 'MANUAL') return t('basisReported');
  if (goal.indicator === 'CONTRIBUTIONS_TOTAL') return t('basisContributions', { year: goal.latestValueDate.slice(0, 4) });
  return t('basisCount');
}

/** "hoogstens 100", "minstens 3", "tussen 2,0 en 3,0". */
export function targetText(
  goal: Pick<GoalFieldsFragment, 'indicator' | 'direction' | 'target' | 'targetUpper'> & { unit?: string | null },
  t: T,
  lang: Lang,
): string {
  const format = (v: number) => formatIndicatorValue(goal.indicator, v, lang, goal.unit);
  return t(`target${goal.direction}`, { target: format(goal.target), upper: goal.targetUpper == null ? '–' : format(goal.targetUpper) });
}

/** The values over time, e.g. "96 → 101" (the last four). */
export function trendText(goal: Pick<GoalFieldsFragment, 'indicator' | 'history'> & { unit?: string | null }, lang: Lang): string {
  const values = [...goal.history].sort((a, b) => a.date.localeCompare(b.date)).slice(-4);
  if (values.length === 0) return '–';
  // The unit once, after the last value: "17 → 12 dagen".
  const numbers = values.map((v) => formatIndicatorValue(goal.indicator, v.value, lang));
  const last = formatIndicatorValue(goal.indicator, values.at(-1)!.value, lang, goal.unit);
  return [...numbers.slice(0, -1), last].join(' → ');
}

/** "12,5" or "12.5" → 12.5; anything else (or empty) → null. A dot with a comma is a thousands separator. */
export function parseNumber(text: string): number | null {
  let s = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!s) return null;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  if (!/^[-+−]?\d*\.?\d+$/.test(s)) return null;
  const value = Number(s.replace('−', '-'));
  return Number.isFinite(value) ? value : null;
}

/** A number as the form shows it again (nl: comma). */
export function numberText(value: number | null | undefined, lang: Lang = 'nl'): string {
  if (value == null) return '';
  const text = String(Math.round(value * 1e9) / 1e9);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

export interface GoalDraft {
  title: string;
  indicator: Indicator | '';
  direction: TargetDirection;
  target: string;
  targetUpper: string;
  /** Percent, e.g. "10". */
  margin: string;
  deadline: string;
  themeCode: string;
  municipalityCode: string;
  staleAfterDays: string;
  /** MANUAL goals: "casussen", "%", "dagen". */
  unit: string;
}

export type GoalDraftErrors = Partial<Record<keyof GoalDraft, MessageKey>>;

export const EMPTY_GOAL: GoalDraft = {
  title: '',
  indicator: '',
  direction: 'AT_MOST',
  target: '',
  targetUpper: '',
  margin: '10',
  deadline: '',
  themeCode: '',
  municipalityCode: '',
  staleAfterDays: String(DEFAULT_STALE_AFTER_DAYS),
  unit: '',
};

export function draftFromGoal(goal: GoalFieldsFragment, lang: Lang = 'nl'): GoalDraft {
  return {
    title: goal.title,
    indicator: goal.indicator,
    direction: goal.direction,
    target: numberText(goal.target, lang),
    targetUpper: numberText(goal.targetUpper, lang),
    margin: numberText(Math.round(goal.margin * 1e6) / 1e4, lang),
    deadline: goal.deadline ?? '',
    themeCode: goal.theme?.code ?? '',
    municipalityCode: goal.municipality?.code ?? '',
    staleAfterDays: String(goal.staleAfterDays),
    unit: goal.unit ?? '',
  };
}

export const isIsoDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));

/** What is wrong with the form, per field; empty when it may be sent. */
export function validateGoal(draft: GoalDraft): GoalDraftErrors {
  const errors: GoalDraftErrors = {};
  if (!draft.title.trim()) errors.title = 'errGoalTitle';
  if (!draft.indicator) errors.indicator = 'errGoalIndicator';
  const target = parseNumber(draft.target);
  if (target === null) errors.target = 'errGoalTarget';
  if (draft.direction === 'BETWEEN') {
    const upper = parseNumber(draft.targetUpper);
    if (upper === null) errors.targetUpper = 'errGoalUpper';
    else if (target !== null && upper <= target) errors.targetUpper = 'errGoalUpperOrder';
  }
  if (draft.margin.trim()) {
    const margin = parseNumber(draft.margin);
    if (margin === null || margin < 0 || margin > 100) errors.margin = 'errGoalMargin';
  }
  if (draft.deadline && !isIsoDate(draft.deadline)) errors.deadline = 'errGoalDate';
  if (draft.indicator === 'MANUAL' && draft.staleAfterDays.trim()) {
    const days = Number(draft.staleAfterDays.trim());
    if (!Number.isInteger(days) || days <= 0) errors.staleAfterDays = 'errGoalStale';
  }
  if (draft.indicator === 'MANUAL') {
    const unit = draft.unit.trim();
    if (!unit) errors.unit = 'errGoalUnit';
    else if (unit.length > UNIT_MAX_LENGTH) errors.unit = 'errGoalUnitLong';
  }
  return errors;
}

/** The mutation's input: margin percent → fraction; targetUpper only for BETWEEN; staleAfterDays and unit only for MANUAL. */
export function toGoalInput(draft: GoalDraft): GoalInput {
  if (!draft.indicator) throw new Error('toGoalInput: no indicator');
  const margin = draft.margin.trim() ? parseNumber(draft.margin) : null;
  return {
    title: draft.title.trim(),
    indicator: draft.indicator,
    direction: draft.direction,
    target: parseNumber(draft.target) ?? 0,
    targetUpper: draft.direction === 'BETWEEN' ? parseNumber(draft.targetUpper) : null,
    margin: margin === null ? DEFAULT_MARGIN : Math.round(margin * 1e4) / 1e6,
    deadline: draft.deadline || null,
    themeCode: draft.themeCode || null,
    municipalityCode: draft.municipalityCode || null,
    staleAfterDays: draft.indicator === 'MANUAL' && draft.staleAfterDays.trim() ? Number(draft.staleAfterDays.trim()) : null,
    unit: draft.indicator === 'MANUAL' ? draft.unit.trim() : null,
  };
}

export interface AttentionItem {
  kind: 'goal' | 'theme';
  key: string;
  title: string;
  status: 'OFF_TRACK' | 'AT_RISK' | 'STALE';
  href: string;
}

const SEVERITY = { OFF_TRACK: 0, AT_RISK: 1, STALE: 2 } as const;

/**
 * What needs the board's attention, most serious first: goals off track, at risk or out of date,
 * and priorities at risk or off track. At equal severity the priorities come first.
 */
export function attentionItems(
  goals: { id: string; title: string; status: GoalStatus }[],
  themes: { code: string; number: number; title: string; status: ThemeStatus }[],
): AttentionItem[] {
  const items: AttentionItem[] = [
    ...themes
      .filter((th) => th.status === 'OFF_TRACK' || th.status === 'AT_RISK')
      .map((th) => ({
        kind: 'theme' as const,
        key: `theme:${th.code}`,
        title: `${th.number}. ${th.title}`,
        status: th.status as 'OFF_TRACK' | 'AT_RISK',
        href: '/prioriteiten',
      })),
    ...goals
      .filter((g) => NEEDS_ATTENTION.has(g.status))
      .map((g) => ({
        kind: 'goal' as const,
        key: `goal:${g.id}`,
        title: g.title,
        status: g.status as 'OFF_TRACK' | 'AT_RISK' | 'STALE',
        href: '/doelen',
      })),
  ];
  // Array.prototype.sort is stable: themes stay before goals at equal severity.
  return items.sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status]);
}
