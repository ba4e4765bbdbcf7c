import type { Mark } from '../charts/types';
import { formatInteger } from '../format';
import type { TextContext } from './context';

export interface DomainCountLike {
  domain: { code: string; name: string };
  count: number | null;
  suppressed: boolean;
}

/**
 * Marks for counts per knowledge domain. A suppressed count has no bar and reads "afgeschermd",
 * never a range: it may be a small count, or one hidden to protect a small count (0 or k and more);
 * a count that is simply unknown reads "–".
 */
export function domainMarks(counts: DomainCountLike[], suppressBelow: number, ctx: TextContext): Mark[] {
  const { t, lang } = ctx;
  return counts.map((d) => {
    const value = d.suppressed ? null : d.count;
    const valueText = d.suppressed ? t('suppressedValue') : d.count === null ? '–' : formatInteger(d.count, lang);
    const spoken = d.suppressed ? t('suppressedAria') : valueText;
    // The domains are named as the source names them: Dutch, whatever the page's language.
    return { key: d.domain.code, label: d.domain.name, value, valueText, ariaLabel: `${d.domain.name} ${spoken}`, lang: 'nl' };
  });
}

/** The note under a chart with suppressed counts; null when nothing is suppressed. */
export function suppressionNote(counts: DomainCountLike[], suppressBelow: number, ctx: TextContext): string | null {
  return counts.some((d) => d.suppressed) ? ctx.t('suppressedNote', { max: suppressBelow - 1, k: suppressBelow }) : null;
}
