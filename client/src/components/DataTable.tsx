import { isValidElement, type ReactNode } from 'react';
import { toCsv, type CsvCell } from '@zv/shared';
import { TableScroller } from './TableScroller';

export interface Column {
  key: string;
  label: string;
  /** Numbers align right so their digits line up. */
  numeric?: boolean;
  /** The column's heading in the CSV when it must say more than on screen, e.g. "Aandeel regio (fractie)". */
  csvLabel?: string;
}

export interface Row {
  key: string;
  /** The header cell of the row (e.g. the municipality). */
  header: ReactNode;
  cells: Record<string, ReactNode>;
  /**
   * The unformatted values for the CSV download, by column key (the first column's key for the
   * header cell): numbers as numbers (45, 0.46875, 131804), null for no value. A key left out
   * falls back to the text of the cell on screen. Not shown on screen.
   */
  raw?: Record<string, string | number | null>;
}

/** The dashboard's "no value" on screen; empty in the CSV. */
const NO_VALUE = '–';

/** The text a ReactNode shows (strings, numbers, elements' children), whitespace collapsed. */
export function nodeText(node: ReactNode): string {
  const text = (n: ReactNode): string => {
    if (n === null || n === undefined || typeof n === 'boolean') return '';
    if (typeof n === 'string' || typeof n === 'number' || typeof n === 'bigint') return String(n);
    if (Array.isArray(n)) return n.map(text).join('');
    if (isValidElement<{ children?: ReactNode }>(n)) return text(n.props.children);
    return '';
  };
  return text(node)
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/**
 * A table as CSV (see `toCsv` in @zv/shared: nl-NL numbers, `;`, BOM, formula injection
 * neutralised): the header line, the rows, then the footer. Per cell its `raw` value when the
 * row has one for that column, otherwise the cell's text ("–" and missing cells are empty).
 */
export function tableCsv({ columns, rows, footer }: { columns: Column[]; rows: Row[]; footer?: Row }): string {
  const [first, ...rest] = columns;
  const cell = (row: Row, key: string | undefined, shown: ReactNode): CsvCell => {
    if (key !== undefined && row.raw && key in row.raw) return row.raw[key] ?? null;
    const text = nodeText(shown);
    return text === '' || text === NO_VALUE ? null : text;
  };
  const line = (row: Row): CsvCell[] => [cell(row, first?.key, row.header), ...rest.map((c) => cell(row, c.key, row.cells[c.key]))];
  return toCsv(
    columns.map((c) => c.csvLabel ?? c.label),
    [...rows, ...(footer ? [footer] : [])].map(line),
  );
}

/**
 * The table alternative of a chart: the same numbers, as text. The caption names the table for
 * assistive technology; it is hidden from view where a heading right above says the same.
 */
export function DataTable({
  caption,
  columns,
  rows,
  footer,
  captionVisible = false,
}: {
  caption: string;
  columns: Column[];
  rows: Row[];
  footer?: Row;
  captionVisible?: boolean;
}) {
  const [first, ...rest] = columns;
  const renderRow = (row: Row, Section: 'tbody' | 'tfoot') => (
    <tr key={row.key} className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell">
        {row.header}
      </th>
      {rest.map((c) => (
        <td key={c.key} className={`utrecht-table__cell${c.numeric ? ' utrecht-table__cell--numeric-data' : ''}`} data-section={Section}>
          {row.cells[c.key] ?? '–'}
        </td>
      ))}
    </tr>
  );
  return (
    <TableScroller label={caption}>
      <table className="utrecht-table utrecht-table--html-table zv-table">
        <caption className={`utrecht-table__caption${captionVisible ? '' : ' zv-visually-hidden'}`}>{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {first ? (
              <th scope="col" className="utrecht-table__header-cell">
                {first.label}
              </th>
            ) : null}
            {rest.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`utrecht-table__header-cell${c.numeric ? ' utrecht-table__cell--numeric-column' : ''}`}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{rows.map((r) => renderRow(r, 'tbody'))}</tbody>
        {footer ? <tfoot className="utrecht-table__footer">{renderRow(footer, 'tfoot')}</tfoot> : null}
      </table>
    </TableScroller>
  );
}
