import type { FundingRecord } from '../types.js';
import { normaliseName } from '../values.js';
import { LIMITS, readWhole, readYear, yearOf, type KindContext, type KindSpec, type RowValidator, type RowView } from './common.js';
import { checkText } from './text.js';

/**
 * FUNDING: `jaar;bron;bedrag`, the money from one source of funding in a year, in whole euros.
 * `bron` names the source: when `ReferenceData.fundingSources` is given it must be one of them
 * (code or name, closest suggested) and the record holds its code; otherwise the text is kept
 * (one line, at most 100 characters, no formula). Each jaar + bron once (bron compared without
 * case, accents or spacing). Years from 2000 up to ten years ahead.
 */
export const fundingSpec: KindSpec = {
  kind: 'FUNDING',
  columns: [
    { name: 'jaar', role: 'year', required: true },
    { name: 'bron', role: 'fundingSource', required: true },
    { name: 'bedrag', role: 'amount', required: true },
  ],
  create: (context) => new FundingValidator(context),
};

const MAX_SOURCE_CHARS = 100;

class FundingValidator implements RowValidator {
  private readonly firstLine = new Map<string, number>();

  constructor(private readonly context: KindContext) {}

  row(view: RowView): FundingRecord | null {
    const { line } = view;
    const { report, reference, lookup, guard } = this.context;
    const yearCell = view.cell('jaar');
    const sourceCell = view.cell('bron');
    const amountCell = view.cell('bedrag');
    const year = yearCell ? readYear(yearCell, yearOf(reference.today) + LIMITS.yearsAhead, line, report) : null;
    let source: string | null = null;
    let shown = '';
    if (sourceCell) {
      const text = checkText(sourceCell, line, report, "Bron ontbreekt; noem de geldbron, bijv. 'Rijksbijdrage ZVH'.", MAX_SOURCE_CHARS);
      if (text !== null && reference.fundingSources) {
        const index = lookup.matchFundingSource(text);
        if (index === null) {
          guard.noteUnknown(sourceCell.index, normaliseName(text), line);
          report(line, sourceCell.column, lookup.unknownFundingSource(text));
        } else {
          const known = reference.fundingSources[index] as { code: string; name: string };
          source = known.code;
          shown = known.name;
        }
      } else if (text !== null) {
        source = text;
        shown = text;
      }
    }
    const amount = amountCell ? readWhole(amountCell, 'amount', line, report) : null;
    if (year === null || source === null) return null;
    const key = `${year}|${normaliseName(source)}`;
    const first = this.firstLine.get(key);
    if (first !== undefined) {
      // A known source by its name; free text is never repeated (it is what the file says, not ours).
      const name = reference.fundingSources ? `bron '${shown}'` : 'dezelfde bron';
      report(
        line,
        sourceCell?.column ?? null,
        `Dubbele regel: jaar ${year}, ${name} staat ook op regel ${first}; elke bron mag per jaar één keer voorkomen.`,
      );
      return null;
    }
    this.firstLine.set(key, line);
    if (amount === null) return null;
    return { kind: 'FUNDING', line, year, source, amountEur: amount };
  }

  finish(): Record<string, never> {
    return {};
  }
}
