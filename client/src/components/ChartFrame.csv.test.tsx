import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { TextDecoder } from 'node:util';
import { LanguageProvider } from '../i18n/LanguageContext';
import { caseMarks, caseTable, trendTable } from '../models/caseload';
import { contributionTable, perInhabitantRows, shareRows, shareTable } from '../models/finance';
import { contributions2023, contributions2024, feb2023, jan2022, textContext } from '../test-support/fixtures';
import { ChartFrame, csvFileName, type TableData } from './ChartFrame';
import { nodeText, tableCsv, type Row } from './DataTable';

const nl = textContext('nl');
const TITLE = 'Lopende casussen per gemeente, 1 februari 2023';

/** The bytes of a Blob (jsdom's Blob has no arrayBuffer(); its FileReader reads it). */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** The CSV's lines without the BOM, split into cells (none of these cells is quoted). */
const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .map((line) => line.split(';'));

describe('the CSV of a table', () => {
  it('holds exactly the numbers of the cases chart, unrounded: Zaanstad 45 (45/87 of the assigned cases), the unspecified 9, total 96', () => {
    const csv = tableCsv(caseTable(feb2023, nl));
    expect(csv.startsWith('\uFEFFGemeente;Casussen;Aandeel casussen (fractie);Per 10.000 inwoners;Inwoners (jaar)\r\n')).toBe(true);
    const byName = new Map(lines(csv).map((cells) => [cells[0], cells.slice(1)]));
    // Shares as fractions and per-10.000 figures unrounded (at most 6 decimals), years as numbers.
    expect(byName.get('Zaanstad')).toEqual(['45', '0,517241', '2,863215', '2022']);
    expect(byName.get('Niet gespecificeerd')).toEqual(['9', '', '', '']);
    expect(byName.get('Totaal')).toEqual(['96', '', '2,818911', '']);
    const { data, apart } = caseMarks(feb2023, 'absolute', nl);
    for (const mark of [...data, ...apart]) expect(byName.get(mark.label)?.[0]).toBe(String(mark.value));
    expect(lines(csv)).toHaveLength(1 + 7 + 1 + 1);
  });

  it('writes money in whole euros and changes as fractions, without thousands separators', () => {
    const contributions = lines(tableCsv(contributionTable([contributions2023, contributions2024], nl)));
    expect(contributions[0]).toEqual(['Gemeente', '2023', '2024', 'Verandering 2023–2024 (fractie)']);
    expect(contributions.find((c) => c[0] === 'Zaanstad')).toEqual(['Zaanstad', '131804', '137949', '0,046622']);
    expect(contributions.at(-1)).toEqual(['Totaal', '285499', '298809', '0,04662']);

    const perInhabitant = lines(tableCsv(perInhabitantRows(contributions2023, feb2023.byMunicipality, nl)));
    expect(perInhabitant.find((c) => c[0] === 'Zaanstad')).toEqual(['Zaanstad', '131804', '157166', '2022', '0,838629', '2928,977778']);

    const shares = lines(tableCsv(shareTable(shareRows(contributions2023, feb2023.byMunicipality), nl)));
    expect(shares.find((c) => c[0] === 'Zaanstad')?.[3]).toBe('0,517241'); // 45 of the 87 assigned cases

    const trend = lines(tableCsv(trendTable([jan2022, feb2023], nl)));
    expect(trend).toEqual([
      ['Peildatum', 'Totaal', 'Verandering (fractie)', 'Dagen sinds vorige telling', 'Niet gespecificeerd (fractie)'],
      // January 2022 gave no split by municipality; in February 2023, 9 of the 96 were assigned to none.
      ['januari 2022', '44', '', '', ''],
      ['1 februari 2023', '96', '1,181818', '396', '0,09375'],
    ]);
  });

  it('falls back to the text on screen where a row has no raw value, and neutralises formulas', () => {
    const rows: Row[] = [
      { key: 'a', header: '=2+3', cells: { note: <abbr title="ongeveer">ca. 5</abbr>, value: '–' } },
      { key: 'b', header: 'Gewoon', cells: { note: '@SUM(A1)' }, raw: { note: '-1+1', value: -4.7 } },
    ];
    const csv = tableCsv({
      columns: [
        { key: 'name', label: 'Naam' },
        { key: 'note', label: 'Noot' },
        { key: 'value', label: 'Waarde', numeric: true },
      ],
      rows,
    });
    expect(csv).toBe("\uFEFFNaam;Noot;Waarde\r\n'=2+3;ca. 5;\r\nGewoon;'-1+1;-4,7");
    expect(
      nodeText(
        <span>
          € 131.804 <b>(2023)</b>
        </span>,
      ),
    ).toBe('€ 131.804 (2023)');
  });

  it('names the file after the title', () => {
    expect(csvFileName(TITLE)).toBe('lopende-casussen-per-gemeente-1-februari-2023.csv');
    expect(csvFileName('Casuïstiek: aandeel (%) — 2023/2024')).toBe('casuistiek-aandeel-2023-2024.csv');
    expect(csvFileName('…')).toBe('tabel.csv');
  });
});

describe('the "CSV downloaden" button of a chart', () => {
  let blobs: Blob[];
  let clicked: HTMLAnchorElement[];
  const originalCreate = URL.createObjectURL;
  const originalRevoke = URL.revokeObjectURL;

  beforeEach(() => {
    blobs = [];
    clicked = [];
    // jsdom has no object URLs and does not navigate: record what would be downloaded.
    URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), `blob:test/${blobs.length}`);
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
  });
  afterEach(() => {
    URL.createObjectURL = originalCreate;
    URL.revokeObjectURL = originalRevoke;
    jest.restoreAllMocks();
  });

  function renderChart(table: TableData = caseTable(feb2023, nl)) {
    render(
      <LanguageProvider lang="nl">
        <ChartFrame
          title={TITLE}
          summary="Zaanstad heeft 45 van de 96 lopende casussen (47%)."
          sources={[{ document: '003_8a1aa5aa1d12b1c5.txt' }]}
          table={table}
        >
          {() => <svg />}
        </ChartFrame>
      </LanguageProvider>,
    );
  }

  it('downloads the table as CSV named after the title, with the chart numbers, and leaves the table on screen as it was', async () => {
    renderChart();
    const button = screen.getByRole('button', { name: 'CSV downloaden' });
    expect(button).toHaveAccessibleDescription(TITLE);
    fireEvent.click(button);

    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('lopende-casussen-per-gemeente-1-februari-2023.csv');
    expect(clicked[0]!.href).toBe('blob:test/1');
    expect(clicked[0]!.isConnected).toBe(false); // the temporary link is gone again
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = await blobBytes(blobs[0]!);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const csv = new TextDecoder().decode(bytes.slice(3));
    expect(csv).toContain('\r\nZaanstad;45;0,517241;2,863215;2022\r\n');
    expect(csv).toMatch(/\r\nTotaal;96;;2,818911;$/);

    fireEvent.click(screen.getByRole('button', { name: 'Tabel tonen' }));
    const row = within(screen.getByRole('table', { name: TITLE })).getByRole('row', { name: /^Zaanstad/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['45', '51,7%', '2,9', '2022']);
  });

  it('shows just "CSV" in a compact frame (the overview), keeping the name "CSV downloaden"', () => {
    render(
      <LanguageProvider lang="nl">
        <ChartFrame compact title={TITLE} summary="…" sources={[]} table={caseTable(feb2023, nl)}>
          {() => <svg />}
        </ChartFrame>
      </LanguageProvider>,
    );
    const button = screen.getByRole('button', { name: 'CSV downloaden' });
    expect(button).toHaveTextContent(/^↓CSV$/);
    fireEvent.click(button);
    expect(clicked[0]!.download).toBe('lopende-casussen-per-gemeente-1-februari-2023.csv');
  });

  it('neutralises a cell like =2+3 in the download', async () => {
    renderChart({
      columns: [
        { key: 'name', label: 'Naam' },
        { key: 'v', label: 'Waarde' },
      ],
      rows: [{ key: 'x', header: 'Zaanstad', cells: { v: '=2+3' } }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'CSV downloaden' }));
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobBytes(blobs[0]!));
    expect(csv).toBe("\uFEFFNaam;Waarde\r\nZaanstad;'=2+3");
  });
});
