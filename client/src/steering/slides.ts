import type { SteeringQuery } from '../generated/graphql';
import type { TextContext } from '../models/context';
import { attentionItems, type AttentionItem } from './goalModel';
import type { ShortfallData, SignalData } from '../signals/signalModel';

export type SteeringData = SteeringQuery;
export type SteeringTheme = SteeringData['themes'][number];
export type SteeringGoal = SteeringData['goals'][number];
export type SteeringNote = SteeringData['notes'][number];

export type Slide =
  | { key: 'overzicht'; kind: 'overview'; title: string }
  | { key: string; kind: 'attention'; title: string; items: AttentionItem[] }
  | { key: string; kind: 'signals'; title: string; signals: SignalData[]; shortfalls: ShortfallData[] }
  | { key: string; kind: 'priorities'; title: string; themes: SteeringTheme[] }
  | { key: 'casuistiek'; kind: 'caseload'; title: string }
  | { key: 'financien'; kind: 'money'; title: string };

/**
 * At most this many points of attention on one slide: at the slides' type size (2,5 % of the
 * screen height) more would not fit. More continue on the next slide.
 */
export const ATTENTION_PER_SLIDE = 6;

/** Signals on one slide: each is a sentence of up to three lines at the slides' type size. */
export const SIGNALS_PER_SLIDE = 4;

/**
 * The status table's room on a slide, in lines of text, and the characters on a line of its
 * priority and common-thread columns (presentation.css: 34 % and 40 % of a 16:9 slide at 1rem).
 */
const TABLE_LINES = 23;
const THEME_CHARS = 34;
const THREAD_CHARS = 46;
/**
 * A common thread takes at most this many lines in the table, under a line with its author and
 * date (the whole text is on /prioriteiten).
 */
export const THREAD_LINES = 3;

/** What the status table shows of a priority's common thread: the latest note, else the progress note. */
export function threadOf(theme: SteeringTheme, notes: SteeringNote[]): { note: SteeringNote | null; text: string | null } {
  const note = notesFor(notes, `theme:${theme.code}`)[0] ?? null;
  return { note, text: note?.text ?? theme.progressNote ?? null };
}

/** Lines of text a priority's row takes in the status table (estimated from its texts' lengths), plus its padding. */
export function priorityRowLines(theme: SteeringTheme, notes: SteeringNote[]): number {
  const thread = threadOf(theme, notes);
  const threadLines = Math.min(THREAD_LINES, Math.ceil((thread.text?.length ?? 0) / THREAD_CHARS)) + (thread.note ? 1 : 0);
  const lines = Math.max(1, Math.ceil((theme.title.length + 3) / THEME_CHARS), threadLines);
  return lines + 0.6;
}

/**
 * The priorities in as few table slides as fit at the slides' type size (9 short ones on one,
 * 9 with long common threads on two), the parts as even as possible: never smaller type.
 */
export function splitPriorities(themes: SteeringTheme[], notes: SteeringNote[]): SteeringTheme[][] {
  const lines = new Map(themes.map((theme) => [theme.code, priorityRowLines(theme, notes)]));
  const fits = (part: SteeringTheme[]) => part.reduce((sum, theme) => sum + (lines.get(theme.code) ?? 1), 0) <= TABLE_LINES;
  for (let parts = 1; parts < themes.length; parts++) {
    const split = splitEvenly(themes, Math.ceil(themes.length / parts));
    if (split.every(fits)) return split;
  }
  return themes.map((theme) => [theme]);
}

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

/** `items` in as few parts of at most `size` as possible, as even as possible (9 by 5: 5 and 4). */
export function splitEvenly<T>(items: readonly T[], size: number): T[][] {
  const parts = Math.max(1, Math.ceil(items.length / size));
  const per = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * per, (i + 1) * per));
}

/**
 * Overview; what needs attention (every item, over as many slides as needed); the priorities'
 * status table (by number, over two slides when they do not fit on one); caseload; money; the
 * signals to watch (every one, over as many slides as needed; one slide saying there are none, or
 * too few counts to tell).
 */
export function buildSlides(data: Pick<SteeringData, 'themes' | 'goals' | 'notes' | 'signals'>, t: TextContext['t']): Slide[] {
  const themes = [...data.themes].sort((a, b) => a.number - b.number);
  const titled = (title: string, i: number, count: number) => (count > 1 ? t('boardSlidePart', { title, n: i + 1, count }) : title);
  const attention = splitEvenly(attentionItems(data.goals, data.themes), ATTENTION_PER_SLIDE);
  const priorities = themes.length ? splitPriorities(themes, data.notes) : [];
  const signals = splitEvenly(data.signals.signals, SIGNALS_PER_SLIDE);
  return [
    { key: 'overzicht', kind: 'overview', title: t('boardSlideOverview') },
    ...attention.map((items, i): Slide => ({
      key: i === 0 ? 'aandacht' : `aandacht-${i + 1}`,
      kind: 'attention',
      title: titled(t('boardSlideAttention'), i, attention.length),
      items,
    })),
    ...priorities.map((part, i): Slide => ({
      key: i === 0 ? 'prioriteiten' : `prioriteiten-${i + 1}`,
      kind: 'priorities',
      title: titled(t('boardSlidePriorities'), i, priorities.length),
      themes: part,
    })),
    { key: 'casuistiek', kind: 'caseload', title: t('boardSlideCaseload') },
    { key: 'financien', kind: 'money', title: t('boardSlideMoney') },
    ...signals.map((part, i): Slide => ({
      key: i === 0 ? 'signalen' : `signalen-${i + 1}`,
      kind: 'signals',
      title: titled(t('signalsSlide'), i, signals.length),
      signals: part,
      shortfalls: i === 0 ? data.signals.shortfalls : [],
    })),
  ];
}

/** Notes of one target ("theme:mensenhandel"), newest first. */
export function notesFor(notes: SteeringNote[], target: string): SteeringNote[] {
  return notes.filter((n) => n.target === target).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
