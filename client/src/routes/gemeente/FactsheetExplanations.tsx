import type { TextContext } from '../../models/context';

/**
 * THE SLOT FOR EXPLANATIONS on the factsheet (issue 18, "Explanations"): the short texts the ZVH or
 * the municipality attach to a count date and figure. Built by another part of issue 18; until it
 * is wired in here, the factsheet says that no explanations are given. Wire-in: query the
 * explanations of `code` (and the region's) and list them here — date, figure, text — keeping
 * them to a few lines so that the factsheet stays one A4 page (client/e2e/factsheet.e2e.test.ts).
 */
export function FactsheetExplanations({ ctx }: { code: string; ctx: TextContext }) {
  return <p className="utrecht-paragraph zv-factsheet__empty">{ctx.t('factsheetExplanationsNone')}</p>;
}
