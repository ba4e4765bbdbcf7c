import { useQuery } from '@apollo/client/react';
import { ExplanationList } from '../../explanations/ExplanationList';
import { numberExplanations } from '../../explanations/explanationModel';
import { ExplanationsQuery } from '../../explanations/explanationQueries';
import type { TextContext } from '../../models/context';

/** At most this many on the one A4 page, each at most this long; the rest is on the dashboard. */
const FACTSHEET_EXPLANATIONS = 3;
const FACTSHEET_EXPLANATION_CHARS = 220;

/** `text` cut at the last word that fits in `max` characters, with "…"; as it is when it fits. */
function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const word = cut.lastIndexOf(' ');
  return `${(word > max / 2 ? cut.slice(0, word) : cut).trimEnd()}…`;
}

/**
 * The explanations of the municipality's own figures (decision 0021), newest count date first, at
 * most three and each shortened to 220 characters so that the factsheet stays one A4 page
 * (client/e2e/factsheet.e2e.test.ts); what is left out is said, and is on the dashboard, under the
 * same numbers as in the Gemeente view.
 */
export function FactsheetExplanations({ code, ctx }: { code: string; ctx: TextContext }) {
  const result = useQuery(ExplanationsQuery);
  const own = numberExplanations(result.data?.explanations ?? [], code);
  if (own.length === 0) return <p className="utrecht-paragraph zv-factsheet__empty">{ctx.t('factsheetExplanationsNone')}</p>;
  const newest = own.slice(-FACTSHEET_EXPLANATIONS).reverse();
  const shown = newest.map((item) => ({
    ...item,
    explanation: { ...item.explanation, text: shortened(item.explanation.text, FACTSHEET_EXPLANATION_CHARS) },
  }));
  const cut = shown.some((item, i) => item.explanation.text !== newest[i]?.explanation.text);
  return (
    <>
      <ExplanationList items={shown} ctx={ctx} className="zv-factsheet__explanation-list" />
      {own.length > shown.length || cut ? (
        <p className="utrecht-paragraph zv-factsheet__empty">
          {ctx.t('factsheetExplanationsMore', { count: own.length - shown.length, cut: cut ? 'yes' : 'no' })}
        </p>
      ) : null}
    </>
  );
}
