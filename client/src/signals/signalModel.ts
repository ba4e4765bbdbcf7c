import { formatDate, formatDecimal, type Lang } from '../format';
import type { SignalListFieldsFragment } from '../generated/graphql';
import type { TextContext } from '../models/context';
import { formatIndicatorValue } from '../steering/goalModel';

export type SignalData = SignalListFieldsFragment['signals'][number];
export type ShortfallData = SignalListFieldsFragment['shortfalls'][number];

/**
 * Names as the sources and the people who typed them give them (knowledge domains, goal titles) are
 * Dutch whatever the page's language: texts carry them between these marks, and `SignalText`
 * shows them marked lang="nl".
 */
export const NAME_START = '\u0001';
export const NAME_END = '\u0002';
const named = (name: string) => `${NAME_START}${name}${NAME_END}`;

/** A text without the name marks (for CSV and labels). */
export function plainText(text: string): string {
  return text.replaceAll(NAME_START, '').replaceAll(NAME_END, '');
}

/** The change from the median a signal must exceed (as on the server: domain/signals.ts MIN_CHANGE). */
function minimumText(figure: SignalData['figure'], lang: Lang): string {
  return figure === 'CASES_PER_10K'
    ? lang === 'nl'
      ? '0,5 per 10.000 inwoners'
      : '0.5 per 10,000 inhabitants'
    : lang === 'nl'
      ? '2 casussen'
      : '2 cases';
}

/** The figure a signal or statement is about, in words. */
export function figureText(item: Pick<SignalData, 'figure' | 'municipality' | 'domain' | 'goal'>, { t }: TextContext): string {
  if (item.figure === 'DOMAIN_CASES') return t('signalsFigureDomain', { name: named(item.domain?.name ?? '–') });
  if (item.figure === 'GOAL') return named(item.goal?.title ?? '–');
  const name = item.municipality?.name;
  if (item.figure === 'CASES_PER_10K') return name ? t('signalsFigurePer10k', { name }) : t('signalsFigureRegionPer10k');
  return name ? t('signalsFigureCases', { name }) : t('signalsFigureRegionCases');
}

function valueText(signal: SignalData, value: number, lang: Lang): string {
  if (signal.goal) return formatIndicatorValue(signal.goal.indicator, value, lang, signal.goal.unit);
  return signal.figure === 'CASES_PER_10K' ? formatDecimal(value, 1, lang) : formatDecimal(value, Number.isInteger(value) ? 0 : 1, lang);
}

/** The rule a signal follows, in words. */
export function ruleText(signal: SignalData, { t, lang }: TextContext): string {
  if (signal.rule === 'OUT_OF_RANGE') return t('signalsRuleRange', { min: minimumText(signal.figure, lang) });
  return t(signal.rule === 'GOAL_OFF_TRACK' ? 'signalsRuleGoalOff' : 'signalsRuleGoal');
}

/**
 * One signal as a sentence: the figure, its date and value, the range or band it left. `short`:
 * without the median and the target (the overview's one line; the table and the report have them).
 */
export function signalSentence(signal: SignalData, ctx: TextContext, short = false): string {
  const { t, lang } = ctx;
  const value = valueText(signal, signal.value, lang);
  const date = formatDate(signal.date, lang);
  if (signal.rule === 'OUT_OF_RANGE') {
    return t(short ? 'signalsRangeShort' : 'signalsRange', {
      figure: figureText(signal, ctx),
      date,
      value,
      direction: signal.direction,
      low: valueText(signal, signal.low ?? 0, lang),
      high: valueText(signal, signal.high ?? 0, lang),
      median: valueText(signal, signal.median ?? 0, lang),
    });
  }
  const edge = signal.direction === 'ABOVE' ? signal.high : signal.low;
  const sentence = t(short ? 'signalsGoalShort' : 'signalsGoal', {
    goal: named(signal.goal?.title ?? '–'),
    date,
    value,
    status: signal.rule,
    direction: signal.direction,
    edge: edge === null ? '–' : valueText(signal, edge, lang),
  });
  if (!signal.crossedSince) return sentence;
  // Crossed since the value before: new, which the board has not seen yet.
  return `${sentence} ${t(short ? 'signalsCrossedShort' : 'signalsCrossed', { date: formatDate(signal.crossedSince, lang) })}`;
}

/** The statements where the range rule could not run, as sentences. */
export function shortfallSentences(shortfalls: readonly ShortfallData[], ctx: TextContext): string[] {
  return shortfalls.map((s) =>
    s.appliesToAll
      ? ctx.t('signalsTooFewAll', { counts: s.counts, needed: s.needed })
      : ctx.t('signalsTooFewOne', { figure: figureText({ ...s, goal: null }, ctx), counts: s.counts, needed: s.needed }),
  );
}

/** The table alternative: one row per signal. */
export function signalTable(signals: readonly SignalData[], ctx: TextContext) {
  const { t, lang } = ctx;
  return {
    columns: [
      { key: 'figure', label: t('signalsColFigure') },
      { key: 'severity', label: t('signalsColSeverity') },
      { key: 'date', label: t('signalsColDate') },
      { key: 'value', label: t('signalsColValue'), numeric: true },
      { key: 'range', label: t('signalsColRange') },
      { key: 'rule', label: t('signalsColRule') },
    ],
    rows: signals.map((s, i) => {
      const range =
        s.rule === 'OUT_OF_RANGE'
          ? `${valueText(s, s.low ?? 0, lang)} – ${valueText(s, s.high ?? 0, lang)}`
          : [s.low, s.high].map((v) => (v === null ? '…' : valueText(s, v, lang))).join(' – ');
      return {
        key: `${i}`,
        header: figureText(s, ctx),
        cells: {
          severity: t(`signalsSeverity${s.severity}`),
          date: formatDate(s.date, lang),
          value: valueText(s, s.value, lang),
          range,
          rule: s.rule === 'OUT_OF_RANGE' ? t('signalsRuleRangeShort') : ruleText(s, ctx),
        },
      };
    }),
  };
}
