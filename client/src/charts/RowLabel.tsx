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
  lines = [label],
  lineHeight = 0,
  fontSize,
  onClick,
  highlighted = false,
}: {
  label: string;
  x: number;
  y: number;
  /** Where x is: the name's end (beside the row), or its start (above the row, on a narrow screen). */
  anchor?: 'start' | 'end';
  /** The name wrapped (above the row, on a narrow screen), lineHeight apart. */
  lines?: string[];
  lineHeight?: number;
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
      {lines.length === 1
        ? label
        : lines.map((line, i) => (
            // The first line keeps the text's own dy; each next one a line lower.
            <tspan key={i} x={x} dy={i === 0 ? undefined : lineHeight}>
              {line}
            </tspan>
          ))}
    </text>
  );
}
