import { formatDate, formatDecimal, formatEuro, formatInteger, formatPercent, type Lang } from '../format';
import type { GoalStatus, Indicator, SteeringQuery, TargetDirection } from '../generated/graphql';
import type { SteeringT } from './texts';

export type SteeringData = SteeringQuery;
export type SteeringTheme = SteeringData['themes'][number];
export type SteeringGoal = SteeringData['goals'][number];
export type SteeringNote = SteeringData['notes'][number];

export type Slide =
  | { key: 'overzicht'; kind: 'overview'; title: string }
  | { key: 'aandacht'; kind: 'attention'; title: string }
  | { key: string; kind: 'theme'; title: string; theme: SteeringTheme }
  | { key: 'casuistiek'; kind: 'caseload'; title: string }
  | { key: 'financien'; kind: 'money'; title: string };

/** What a key press does: go to a slide, leave the presentation, or nothing. */
export type SlideMove = { to: number } | 'exit' | null;

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * The slide a key leads to from `index` (0-based) of `count` slides: what a presenter's clicker
 * sends (PageDown/PageUp), arrows and Space; Home/End; Escape leaves. It stops at the ends.
 */
export function nextSlide(index: number, key: string, count: number): SlideMove {
  if (key === 'Escape' || key === 'Esc') return 'exit';
  if (count <= 0) return null;
  const last = count - 1;
  const current = Math.min(Math.max(index, 0), last);
  let to: number;
  if (NEXT_KEYS.has(key)) to = Math.min(current + 1, last);
  else if (PREVIOUS_KEYS.has(key)) to = Math.max(current - 1, 0);
  else if (key === 'Home') to = 0;
  else if (key === 'End') to = last;
  else return null;
  return { to };
}

/** `?dia=3` → index 2; anything else (missing, not a number, out of range) → the nearest valid slide. */
export function slideFromSearch(search: string, count: number): number {
  const raw = new URLSearchParams(search).get('dia');
  const n = raw === null ? 1 : Number.parseInt(raw, 10);
  if (!Number.isFinite(n) || count <= 0) return 0;
  return Math.min(Math.max(n, 1), count) - 1;
}

/** Where Escape returns to: `?van=/casuistiek` when it is a path of this site, else `/`. */
export function returnPath(search: string): string {
  const from = new URLSearchParams(search).get('van');
  return from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/presentatie') ? from : '/';
}

/** Overview, goals needing attention, one slide per theme (by number), caseload, money. */
export function buildSlides(data: Pick<SteeringData, 'themes'>, s: SteeringT): Slide[] {
  const themes = [...data.themes].sort((a, b) => a.number - b.number);
  return [
    { key: 'overzicht', kind: 'overview', title: s('slideOverview') },
    { key: 'aandacht', kind: 'attention', title: s('slideAttention') },
    ...themes.map((theme): Slide => ({
      key: `theme:${theme.code}`,
      kind: 'theme',
      title: s('slideTheme', { number: theme.number, title: theme.title }),
      theme,
    })),
    { key: 'casuistiek', kind: 'caseload', title: s('slideCaseload') },
    { key: 'financien', kind: 'money', title: s('slideMoney') },
  ];
}

export const GOAL_STATUS_ORDER: GoalStatus[] = ['OFF_TRACK', 'AT_RISK', 'STALE', 'NO_DATA', 'ON_TRACK'];
export const GOAL_ICON: Record<GoalStatus, string> = { ON_TRACK: '✓', AT_RISK: '!', OFF_TRACK: '✕', NO_DATA: '–', STALE: '⌛' };
const ATTENTION: GoalStatus[] = ['OFF_TRACK', 'AT_RISK', 'STALE'];

/** Goals that are off track, at risk or stale, in that order (then by title). */
export function goalsNeedingAttention<G extends { status: GoalStatus; title: string }>(goals: G[]): G[] {
  return sortGoals(goals.filter((g) => ATTENTION.includes(g.status)));
}

/** Every goal, worst status first. */
export function sortGoals<G extends { status: GoalStatus; title: string }>(goals: G[]): G[] {
  return [...goals].sort(
    (a, b) => GOAL_STATUS_ORDER.indexOf(a.status) - GOAL_STATUS_ORDER.indexOf(b.status) || a.title.localeCompare(b.title, 'nl'),
  );
}

/** How many goals per status, in GOAL_STATUS_ORDER, statuses without goals left out. */
export function goalCounts(goals: { status: GoalStatus }[]): { status: GoalStatus; count: number }[] {
  return GOAL_STATUS_ORDER.map((status) => ({ status, count: goals.filter((g) => g.status === status).length })).filter((c) => c.count > 0);
}

/** Notes of one target ("theme:mensenhandel"), newest first. */
export function notesFor(notes: SteeringNote[], target: string): SteeringNote[] {
  return notes.filter((n) => n.target === target).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** A goal's value in its indicator's unit. */
export function formatGoalValue(indicator: Indicator, value: number, lang: Lang): string {
  switch (indicator) {
    case 'RUNNING_CASES':
      return formatInteger(value, lang);
    case 'CASES_PER_10K':
      return formatDecimal(value, 1, lang);
    case 'UNSPECIFIED_SHARE':
      return value <= 1 ? formatPercent(value, 0, lang) : `${formatDecimal(value, 0, lang)}%`;
    case 'CONTRIBUTIONS_TOTAL':
      return formatEuro(value, lang);
    default:
      return Number.isInteger(value) ? formatInteger(value, lang) : formatDecimal(value, 1, lang);
  }
}

/** "≤ 90", "≥ 2,5", "80 – 100". */
export function formatTarget(
  goal: { indicator: Indicator; direction: TargetDirection; target: number; targetUpper: number | null },
  lang: Lang,
): string {
  const v = (x: number) => formatGoalValue(goal.indicator, x, lang);
  if (goal.direction === 'AT_MOST') return `≤ ${v(goal.target)}`;
  if (goal.direction === 'AT_LEAST') return `≥ ${v(goal.target)}`;
  return `${v(goal.target)} – ${v(goal.targetUpper ?? goal.target)}`;
}

/** The latest value with its date, or "–". */
export function formatLatest(goal: Pick<SteeringGoal, 'indicator' | 'latestValue' | 'latestValueDate'>, lang: Lang): string {
  if (goal.latestValue === null) return '–';
  const value = formatGoalValue(goal.indicator, goal.latestValue, lang);
  return goal.latestValueDate ? `${value} (${formatDate(goal.latestValueDate, lang)})` : value;
}
