import type { PopulationRecord } from '../types.js';
import {
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
import { checkText } from './text.js';

/**
 * POPULATION: `jaar;gemeente;inwoners;bron`, a municipality's inhabitants in a year and where the
 * figure comes from (free text, required, one line, at most 300 characters, no formula).
 * Years from 2000 up to the current year. Each jaar + gemeente once.
 */
export const populationSpec: KindSpec = {
  kind: 'POPULATION',
  columns: [
    { name: 'jaar', role: 'year', required: true },
    { name: 'gemeente', role: 'municipality', required: true },
    { name: 'inwoners', role: 'count', required: true },
    { name: 'bron', role: 'text', required: true },
  ],
  create: (context) => new PopulationValidator(context),
};

class PopulationValidator implements RowValidator {
  private readonly once = new OncePerYearAndMunicipality();

  constructor(private readonly context: KindContext) {}

  row(view: RowView): PopulationRecord | null {
    const { line } = view;
    const { report, reference } = this.context;
    const yearCell = view.cell('jaar');
    const placeCell = view.cell('gemeente');
    const inhabitantsCell = view.cell('inwoners');
    const sourceCell = view.cell('bron');
    const year = yearCell ? readYear(yearCell, yearOf(reference.today), line, report) : null;
    const place = placeCell ? readMunicipalityOnly(placeCell, line, this.context) : null;
    const inhabitants = inhabitantsCell ? readWhole(inhabitantsCell, 'inhabitants', line, report) : null;
    const source = sourceCell
      ? checkText(
          sourceCell,
          line,
          report,
          "Bron ontbreekt; noem waar het aantal inwoners vandaan komt, bijv. 'CBS, bevolking per 1 januari 2023'.",
        )
      : null;
    if (year === null || place === null) return null;
    if (!this.once.accept(year, place, line, placeCell, report)) return null;
    if (inhabitants === null || source === null) return null;
    return { kind: 'POPULATION', line, year, municipalityCode: place.code, inhabitants, source };
  }

  finish(): Record<string, never> {
    return {};
  }
}
