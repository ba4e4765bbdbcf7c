import type { SteeringQuery } from '../generated/graphql';
import type { TextContext } from '../models/context';

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
export function buildSlides(data: Pick<SteeringData, 'themes'>, t: TextContext['t']): Slide[] {
  const themes = [...data.themes].sort((a, b) => a.number - b.number);
  return [
    { key: 'overzicht', kind: 'overview', title: t('boardSlideOverview') },
    { key: 'aandacht', kind: 'attention', title: t('boardSlideAttention') },
    ...themes.map((theme): Slide => ({
      key: `theme:${theme.code}`,
      kind: 'theme',
      title: t('boardSlideTheme', { number: theme.number, title: theme.title }),
      theme,
    })),
    { key: 'casuistiek', kind: 'caseload', title: t('boardSlideCaseload') },
    { key: 'financien', kind: 'money', title: t('boardSlideMoney') },
  ];
}

/** Notes of one target ("theme:mensenhandel"), newest first. */
export function notesFor(notes: SteeringNote[], target: string): SteeringNote[] {
  return notes.filter((n) => n.target === target).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
