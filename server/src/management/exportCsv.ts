import { toCsv, type CsvCell } from '@zv/shared';
import { municipalityTotals, previousSnapshot, unspecifiedTotal } from '../domain/caseload.js';
import { populationAtDate, sumPopulation } from '../domain/population.js';
import { per10k, regionPer10k, relativeChange, share } from '../domain/ratios.js';
import { badUserInput } from '../errors.js';
import type { Store } from '../store/index.js';

export type ExportDataset = 'CASELOAD' | 'CASELOAD_TOTALS' | 'CONTRIBUTIONS' | 'POPULATION';

export interface CsvExport {
  fileName: string;
  content: string;
  rows: number;
}

export const DEMONSTRATION_COLUMN = 'gegevens';
export const DEMONSTRATION_VALUE = 'Demonstratiegegevens';

const csvFile = (fileName: string, header: string[], rows: CsvCell[][]): CsvExport => ({
  fileName,
  content: toCsv(header, rows),
  rows: rows.length,
});

/**
 * The dashboard's tables as CSV through the API: the same figures and the same derived values
 * (shares and rates unrounded, as fractions), from the same domain functions as the GraphQL types.
 */
export async function exportCsv(
  store: Store,
  dataset: ExportDataset,
  peildatum: string | null,
  { demonstration = false }: { demonstration?: boolean } = {},
): Promise<CsvExport> {
  // The demonstration's files say so on every row, in a last column (decision 0023; as the dashboard's own CSV).
  const file = (fileName: string, header: string[], rows: CsvCell[][]): CsvExport =>
    demonstration
      ? csvFile(
          fileName,
          [...header, DEMONSTRATION_COLUMN],
          rows.map((row) => [...row, DEMONSTRATION_VALUE]),
        )
      : csvFile(fileName, header, rows);
  const municipalities = await store.listMunicipalities();
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  const population = await store.populationByMunicipality(municipalities.map((m) => m.code));
  const snapshots = await store.listCaseloadSnapshots();

  switch (dataset) {
    case 'CASELOAD': {
      const snapshot = peildatum ? snapshots.find((s) => s.peildatum === peildatum) : snapshots.at(-1);
      if (!snapshot) {
        throw badUserInput({
          nl: `Er is geen telling op peildatum ${peildatum}; kies een peildatum uit caseloadSnapshots.`,
          en: `There is no count on the count date ${peildatum}; choose a count date from caseloadSnapshots.`,
        });
      }
      const [counts = []] = await store.caseCountsBySnapshot([snapshot.peildatum]);
      const rows: CsvCell[][] = municipalityTotals(counts).map(({ municipalityCode, count }) => {
        const index = municipalities.findIndex((m) => m.code === municipalityCode);
        const inhabitants = populationAtDate(population[index] ?? [], snapshot.peildatum);
        return [
          names.get(municipalityCode) ?? municipalityCode,
          municipalityCode,
          count,
          share(count, snapshot.total),
          per10k(count, inhabitants?.inhabitants),
          inhabitants?.year ?? null,
        ];
      });
      rows.sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'nl'));
      const unspecified = unspecifiedTotal(counts);
      if (unspecified !== null) rows.push(['Niet gespecificeerd', null, unspecified, share(unspecified, snapshot.total), null, null]);
      const region = sumPopulation(population.map((rows) => populationAtDate(rows, snapshot.peildatum)));
      rows.push(['Totaal', null, snapshot.total, 1, regionPer10k(snapshot.total, region), null]);
      return file(
        `casussen-per-gemeente-${snapshot.peildatum}.csv`,
        ['Gemeente', 'CBS-code', 'Casussen', 'Aandeel regio (fractie)', 'Per 10.000 inwoners', 'Inwoners (jaar)'],
        rows,
      );
    }
    case 'CASELOAD_TOTALS':
      return file(
        'casussen-per-peildatum.csv',
        ['Peildatum', 'Nauwkeurigheid', 'Totaal', 'Verandering (fractie)'],
        snapshots.map((s) => [
          s.peildatum,
          s.precision === 'MONTH' ? 'maand' : 'dag',
          s.total,
          relativeChange(s.total, previousSnapshot(snapshots, s.peildatum)?.total),
        ]),
      );
    case 'CONTRIBUTIONS': {
      const years = await store.listContributionYears();
      const amounts = await store.contributionsByYear(years.map((y) => y.year));
      const rows: CsvCell[][] = municipalities.map((m) => [
        m.name,
        m.code,
        ...amounts.map((list) => list.find((c) => c.municipalityCode === m.code)?.amountEur ?? null),
      ]);
      rows.push(['Totaal (zoals vermeld in de bron)', null, ...years.map((y) => y.totalEur)]);
      return file('gemeentelijke-bijdragen.csv', ['Gemeente', 'CBS-code', ...years.map((y) => String(y.year))], rows);
    }
    case 'POPULATION': {
      const sources = await store.getSources([...new Set(population.flat().map((p) => p.sourceId))]);
      const document = new Map(sources.filter((s) => s !== undefined).map((s) => [s.id, s.document]));
      const rows: CsvCell[][] = municipalities.flatMap((m, i) =>
        (population[i] ?? []).map((p) => [m.name, m.code, p.year, p.inhabitants, document.get(p.sourceId) ?? null]),
      );
      return file('inwoners.csv', ['Gemeente', 'CBS-code', 'Jaar', 'Inwoners', 'Bron'], rows);
    }
  }
}
