import type { ReactNode } from 'react';

export interface Column {
  key: string;
  label: string;
  /** Numbers align right so their digits line up. */
  numeric?: boolean;
}

export interface Row {
  key: string;
  /** The header cell of the row (e.g. the municipality). */
  header: ReactNode;
  cells: Record<string, ReactNode>;
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
    <div className="utrecht-table-container zv-table-container">
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
              <th key={c.key} scope="col" className={`utrecht-table__header-cell${c.numeric ? ' utrecht-table__cell--numeric-column' : ''}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{rows.map((r) => renderRow(r, 'tbody'))}</tbody>
        {footer ? <tfoot className="utrecht-table__footer">{renderRow(footer, 'tfoot')}</tfoot> : null}
      </table>
    </div>
  );
}
