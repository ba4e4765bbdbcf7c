import { TEXT_COLOR } from './palette';

/**
 * The name at the start of a row of marks. A mouse shortcut to the row's municipality only:
 * keyboard and screen-reader users reach it through the row's focusable marks.
 */
export function RowLabel({
  label,
  x,
  y,
  anchor = 'end',
  fontSize,
  onClick,
  highlighted = false,
}: {
  label: string;
  x: number;
  y: number;
  /** Where x is: the name's end (beside the row), or its start (above the row, on a narrow screen). */
  anchor?: 'start' | 'end';
  fontSize: number;
  onClick?: (() => void) | undefined;
  /** The row of the reader's own municipality (HighlightContext): its name in bold. */
  highlighted?: boolean;
}) {
  return (
    <text
      aria-hidden="true"
      className={onClick ? 'chart-group-label chart-group-label--link' : 'chart-group-label'}
      x={x}
      y={y}
      dy="0.35em"
      textAnchor={anchor}
      fontSize={fontSize}
      fontWeight={highlighted ? 700 : 400}
      fill={TEXT_COLOR}
      onClick={onClick}
    >
      {label}
    </text>
  );
}
