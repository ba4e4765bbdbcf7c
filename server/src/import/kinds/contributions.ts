import type { ContributionRecord } from '../types.js';
import {
  LIMITS,
  OncePerYearAndMunicipality,
  readMunicipalityOnly,
  readWhole,
  readYear,
  yearOf,
  type KindContext,
  type KindSpec,
  type RowValidator,
  type RowView,
} from './common.js';

/**
 * CONTRIBUTIONS: `jaar;gemeente;bedrag`, a municipality's contribution to the ZVH budget of a year
 * in whole euros (`€ 131.804`, `131.804`, `131804`, `131804,00`; cents are refused).
 * Only municipalities: the year's total is not a row (the store keeps the source's total apart).
 * Years from 2000 up to ten years ahead (budgets are set in advance). Each jaar + gemeente once.
 */
export const contributionsSpec: KindSpec = {
  kind: 'CONTRIBUTIONS',
  columns: [
    { name: 'jaar', role: 'year', required: true },
    { name: 'gemeente', role: 'municipality', required: true },
    { name: 'bedrag', role: 'amount', required: true },
  ],
  create: (context) => new ContributionsValidator(context),
};

class ContributionsValidator implements RowValidator {
  private readonly once = new OncePerYearAndMunicipality();

  constructor(private readonly context: KindContext) {}

  row(view: RowView): ContributionRecord | null {
    const { line } = view;
    const { report, reference } = this.context;
    const yearCell = view.cell('jaar');
    const placeCell = view.cell('gemeente');
    const amountCell = view.cell('bedrag');
    const year = yearCell ? readYear(yearCell, yearOf(reference.today) + LIMITS.yearsAhead, line, report) : null;
    const place = placeCell ? readMunicipalityOnly(placeCell, line, this.context) : null;
    const amount = amountCell ? readWhole(amountCell, 'amount', line, report) : null;
    if (year === null || place === null) return null;
    if (!this.once.accept(year, place, line, placeCell, report)) return null;
    if (amount === null) return null;
    return { kind: 'CONTRIBUTIONS', line, year, municipalityCode: place.code, amountEur: amount };
  }

  finish(): Record<string, never> {
    return {};
  }
}
