import type { ReactNode } from 'react';
import type { Column } from './DataTable';
import { TableScroller } from './TableScroller';

/**
 * A table of rows a person works with (sessions, passkeys, users, versions, goals) under one line
 * of column headings, in its TableScroller, with a caption for screen readers (the section's
 * heading says it for everyone else). The rows, with their actions, are the children; the tables
 * of figures are DataTable.
 */
export function RowsTable({
  caption,
  columns,
  className,
  children,
}: {
  caption: string;
  columns: readonly Pick<Column, 'key' | 'label' | 'numeric'>[];
  /** Further classes of the table, e.g. "zv-users". */
  className?: string;
  children: ReactNode;
}) {
  return (
    <TableScroller label={caption}>
      <table className={`utrecht-table utrecht-table--html-table zv-table${className ? ` ${className}` : ''}`}>
        <caption className="utrecht-table__caption zv-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`utrecht-table__header-cell${column.numeric ? ' utrecht-table__header-cell--numeric-column utrecht-table__cell--numeric-column' : ''}`}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </TableScroller>
  );
}
